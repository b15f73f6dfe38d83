import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFormat } from '../../i18n/useFormat';
import { agreementQueries } from '../agreements/agreementQueries';

interface Props {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
}

/** Picks an agreement by its partner city; main searches, so thousands of agreements are fine. */
export function AgreementSelect({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const current = useQuery({ ...agreementQueries.detail(value ?? ''), enabled: value !== null });
  const found = useQuery({
    queryKey: ['agreements', 'picker', debounced, format.language] as const,
    queryFn: () =>
      call('agreements:list', {
        ...(debounced.trim() ? { text: debounced.trim() } : {}),
        sort: 'city',
        direction: 'asc',
        lang: format.language,
        limit: 50,
        offset: 0,
      }),
    placeholderData: (previous) => previous,
  });

  const options = useMemo(() => {
    const label = (row: { cityName: string; signedOn: string }) =>
      t('tracking.form.agreementOption', {
        city: row.cityName,
        signed: format.partialDate(row.signedOn),
      });
    const list = (found.data?.rows ?? []).map((row) => ({ value: row.id, label: label(row) }));
    if (current.data && !list.some((option) => option.value === current.data.id)) {
      list.unshift({ value: current.data.id, label: label(current.data) });
    }
    return list;
  }, [found.data, current.data, t, format]);

  return (
    <Select
      label={t('tracking.field.agreement')}
      placeholder={t('tracking.form.chooseAgreement')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      filter={({ options: all }) => all}
      onSearchChange={(text) => {
        const selected = options.find((option) => option.value === value)?.label;
        setSearch(text === selected ? '' : text);
      }}
      nothingFoundMessage={t('common.nothingFound')}
      error={error}
      withAsterisk
      // Focused after a refused save, an open list would cover the other fields' errors.
      openOnFocus={false}
    />
  );
}
