import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ActionRow, ActionSortField } from '../../../../shared/schemas/actions';
import type { Column } from '../../components/VirtualTable';
import type { useFormat } from '../../i18n/useFormat';
import { ActionStatusBadge } from './ActionBadges';

type Format = ReturnType<typeof useFormat>;

/** "March 2019 – June 2019", "2019", or nothing. */
export function actionDates(row: Pick<ActionRow, 'startOn' | 'endOn'>, format: Format): string {
  // An action of one day (or month) reads once, not "March 2005 – March 2005".
  const end = row.endOn === row.startOn ? null : row.endOn;
  return [row.startOn, end]
    .filter((date): date is string => date !== null)
    .map((date) => format.partialDate(date, 'short'))
    .join(' – ');
}

/** The actions list's columns; those main can sort by have a sort key. */
export function actionColumns(t: TFunction, format: Format): Column<ActionRow, ActionSortField>[] {
  return [
    {
      id: 'title',
      header: t('tracking.list.columns.title'),
      width: '25%',
      sortKey: 'title',
      render: (row) => (
        <Text fz="sm" fw={600} truncate="end">
          {row.title}
        </Text>
      ),
    },
    {
      id: 'partner',
      header: t('tracking.list.columns.partner'),
      width: '15%',
      render: (row) => (
        <Text fz="sm" truncate="end">
          {row.cityName}
          <Text component="span" c="dimmed" fz="xs">
            {' · '}
            {format.country(row.country)}
          </Text>
        </Text>
      ),
    },
    {
      id: 'kind',
      header: t('tracking.list.columns.kind'),
      width: '13%',
      sortKey: 'kind',
      render: (row) => (
        <Text fz="sm" truncate="end">
          {t(`enums.actionKind.${row.kind}`)}
        </Text>
      ),
    },
    {
      id: 'status',
      header: t('tracking.list.columns.status'),
      width: '10%',
      sortKey: 'status',
      render: (row) => <ActionStatusBadge status={row.status} />,
    },
    {
      id: 'dates',
      header: t('tracking.list.columns.dates'),
      width: '17%',
      sortKey: 'startOn',
      render: (row) => (
        <Text fz="sm" className="tabular" truncate="end">
          {actionDates(row, format)}
        </Text>
      ),
    },
    {
      id: 'department',
      header: t('tracking.list.columns.department'),
      render: (row) => (
        <Text fz="sm" truncate="end">
          {row.leadDepartment}
        </Text>
      ),
    },
    {
      id: 'followUp',
      header: t('tracking.list.columns.followUp'),
      width: '10%',
      sortKey: 'followUpOn',
      render: (row) => (
        <Text fz="sm" className="tabular" truncate="end">
          {row.followUpOn ? format.partialDate(row.followUpOn, 'short') : ''}
        </Text>
      ),
    },
  ];
}
