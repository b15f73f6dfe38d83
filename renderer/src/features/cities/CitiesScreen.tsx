import { ScreenHeader } from '../../components/ScreenHeader';
import { Alert, CloseButton, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { City } from '../../../../shared/schemas/cities';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { CityFormModal, type CityFormTarget } from './CityFormModal';
import { cityQueries } from './cityQueries';
import classes from '../../components/Screen.module.css';

/** The directory of partner cities: search, add, edit, delete. */
export function CitiesScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 250);
  const [target, setTarget] = useState<CityFormTarget | null>(null);
  const navigate = useNavigate();
  useDocumentTitle(t('cities.title'));
  const cities = useQuery({
    ...cityQueries.list(search ? { text: search } : {}),
    placeholderData: keepPreviousData,
  });
  const rows = cities.data ?? [];

  const columns = useMemo<Column<City>[]>(
    () => [
      {
        id: 'name',
        header: t('cities.columns.name'),
        render: (city) => (
          <Text component="span" fz="sm" fw={600}>
            {city.name}
          </Text>
        ),
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
    ],
    [t, format],
  );

  return (
    <Stack gap="sm" className={classes.screen}>
      <ScreenHeader
        title={t('cities.title')}
        count={cities.data ? t('cities.count', { count: rows.length }) : ''}
        newLabel={t('cities.new')}
        onNew={() => setTarget({ mode: 'create' })}
      />
      <TextInput
        label={t('cities.search')}
        placeholder={t('cities.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={
          text ? (
            <CloseButton
              size="sm"
              aria-label={t('register.clearSearch')}
              onClick={() => setText('')}
            />
          ) : null
        }
        maw={420}
      />
      <Paper withBorder radius="sm" className={classes.tablePaper}>
        {cities.isError ? (
          <Alert color="red" m="md" role="alert">
            {errorMessage(cities.error)}
          </Alert>
        ) : cities.data && rows.length === 0 ? (
          <Text c="dimmed" p="lg" ta="center">
            {search ? t('cities.noMatch') : t('cities.empty')}
          </Text>
        ) : (
          <VirtualTable<City>
            label={t('cities.tableLabel')}
            columns={columns}
            rows={rows}
            total={rows.length}
            rowKey={(city) => city.id}
            resetKey={search}
            onOpen={(city) => void navigate(`/cities/${city.id}`)}
          />
        )}
      </Paper>
      <CityFormModal target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}
