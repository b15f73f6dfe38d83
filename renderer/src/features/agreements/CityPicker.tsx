import { Button, Group, Paper, Select, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../../../../shared/schemas/cities';
import { useFormat } from '../../i18n/useFormat';
import { pickFields } from '../../lib/fieldErrors';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { accentInsensitiveFilter } from '../../lib/searchFilter';
import { useFormState } from '../../lib/useFormState';
import { CityFields } from '../cities/CityFields';
import { CITY_FIELDS, emptyCityValues, validateCity } from '../cities/cityForm';
import { cityQueries, useCreateCity } from '../cities/cityQueries';

interface Props {
  value: string | null;
  onChange: (cityId: string | null) => void;
  error: string | undefined;
}

/** Chooses the partner city from the directory, or adds a new one without leaving the form. */
export function CityPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const cities = useQuery(cityQueries.list());
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<City | null>(null);

  const data = useMemo(() => {
    const list = cities.data ?? [];
    const all = created && !list.some((city) => city.id === created.id) ? [...list, created] : list;
    return all.map((city) => ({
      value: city.id,
      label: `${city.name} (${format.country(city.country)})`,
    }));
  }, [cities.data, created, format]);

  return (
    <Stack gap={6}>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <Select
          label={t('agreement.partnerCity')}
          placeholder={t('form.chooseCity')}
          data={data}
          value={value}
          onChange={onChange}
          searchable
          filter={accentInsensitiveFilter}
          nothingFoundMessage={t('common.nothingFound')}
          limit={200}
          error={error}
          withAsterisk
          flex={1}
          disabled={cities.isPending}
        />
        {!adding && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => setAdding(true)}
            mb={error ? 22 : 0}
          >
            {t('form.newCity')}
          </Button>
        )}
      </Group>
      {adding && (
        <NewCityPanel
          onCancel={() => setAdding(false)}
          onCreated={(city) => {
            setCreated(city);
            onChange(city.id);
            setAdding(false);
          }}
        />
      )}
    </Stack>
  );
}

/** The few fields a new city needs; its own errors under its own fields. */
function NewCityPanel({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (city: City) => void;
}) {
  const { t } = useTranslation();
  const form = useFormState(emptyCityValues, CITY_FIELDS);
  const create = useCreateCity();

  const submit = () => {
    const input = form.check(validateCity(form.values));
    if (!input) return;
    create.mutate(pickFields(input, CITY_FIELDS), { onSuccess: onCreated, onError: form.fail });
  };

  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      bg="gray.0"
      role="group"
      aria-labelledby="new-city-heading"
    >
      <Stack gap="sm">
        <Title order={3} id="new-city-heading" fz="sm">
          {t('form.newCityTitle')}
        </Title>
        <FormFailureAlert failure={form.formError} />
        <div
          onKeyDown={(event) => {
            // Enter adds the city instead of submitting the agreement around it.
            if (
              event.key === 'Enter' &&
              event.target instanceof HTMLInputElement &&
              !event.defaultPrevented
            ) {
              event.preventDefault();
              submit();
            }
          }}
        >
          <Stack gap="sm">
            <CityFields
              values={form.values}
              errors={form.errors}
              onChange={form.setField}
              autoFocus
            />
          </Stack>
        </div>
        <Group gap="sm" justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending}>
            {t('form.addCity')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
