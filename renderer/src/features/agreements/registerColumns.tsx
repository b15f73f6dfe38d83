import type { TFunction } from 'i18next';
import type { AgreementRow, AgreementSortField } from '../../../../shared/schemas/agreements';
import { LeadCell } from '../../components/LeadCell';
import type { Column } from '../../components/VirtualTable';
import type { useFormat } from '../../i18n/useFormat';
import { KindLabel, StatusBadge } from './AgreementBadges';

/** The register's columns; the sortable ones name the field main sorts by. */
export function registerColumns(
  t: TFunction,
  format: ReturnType<typeof useFormat>,
): Column<AgreementRow, AgreementSortField>[] {
  return [
    {
      id: 'signed',
      header: t('register.columns.signed'),
      width: '12%',
      sortKey: 'signedOn',
      render: (row) => format.partialDate(row.signedOn),
    },
    {
      id: 'city',
      header: t('register.columns.city'),
      sortKey: 'city',
      render: (row) => <LeadCell>{row.cityName}</LeadCell>,
    },
    {
      id: 'country',
      header: t('register.columns.country'),
      width: '16%',
      sortKey: 'country',
      render: (row) => format.country(row.country),
    },
    {
      id: 'kind',
      header: t('register.columns.kind'),
      width: '24%',
      sortKey: 'kind',
      render: (row) => <KindLabel kind={row.kind} exclusive={row.exclusive} />,
    },
    {
      id: 'status',
      header: t('register.columns.status'),
      width: '11%',
      sortKey: 'status',
      render: (row) => <StatusBadge status={row.status} />,
    },
    {
      id: 'actions',
      header: t('register.columns.actions'),
      width: '9%',
      align: 'right',
      render: (row) => format.number(row.actionCount),
    },
  ];
}
