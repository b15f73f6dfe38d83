import type { TFunction } from 'i18next';
import type { City } from '../../../../shared/schemas/cities';
import { LeadCell } from '../../components/LeadCell';
import type { Column } from '../../components/VirtualTable';
import type { useFormat } from '../../i18n/useFormat';

/** The partner-city directory's columns. */
export function cityColumns(t: TFunction, format: ReturnType<typeof useFormat>): Column<City>[] {
  return [
    {
      id: 'name',
      header: t('cities.columns.name'),
      render: (city) => <LeadCell>{city.name}</LeadCell>,
    },
    {
      id: 'country',
      header: t('cities.columns.country'),
      width: '20%',
      render: (city) => format.country(city.country),
    },
    {
      id: 'region',
      header: t('partners.city.columns.region'),
      width: '18%',
      render: (city) => city.region,
    },
    {
      id: 'languages',
      header: t('partners.city.columns.languages'),
      width: '18%',
      render: (city) => city.languages.join(', '),
    },
    {
      id: 'agreements',
      header: t('cities.columns.agreements'),
      width: '15%',
      align: 'right',
      render: (city) => format.number(city.agreementCount),
    },
  ];
}
