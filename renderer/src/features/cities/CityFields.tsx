import { Group, NumberInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/CountrySelect';
import { translateIssue, type FieldErrors } from '../../lib/fieldErrors';
import { useFormat } from '../../i18n/useFormat';
import type { CityFormValues } from './cityForm';
import { CityNameFields } from './CityNameFields';

interface Props {
  values: CityFormValues;
  errors: FieldErrors;
  onChange: <K extends keyof CityFormValues>(field: K, value: CityFormValues[K]) => void;
  autoFocus?: boolean;
  /** The city's name in French and in English, and its other spellings (the full city form). */
  bilingual?: boolean;
}

/** Name, country and optional coordinates of a partner city, each with its own error. */
export function CityFields({ values, errors, onChange, autoFocus, bilingual }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const error = (field: keyof CityFormValues) => {
    const issue = errors[field];
    return issue ? translateIssue(t, issue, language) : undefined;
  };
  return (
    <>
      {bilingual && <CityNameFields values={values} error={error} onChange={onChange} autoFocus={autoFocus} />}
      <Group gap="sm" align="flex-start" grow>
        {!bilingual && (
          <TextInput
            label={t('city.name')}
            value={values.name}
            onChange={(event) => onChange('name', event.currentTarget.value)}
            error={error('name')}
            withAsterisk
            autoFocus={autoFocus}
            maxLength={120}
          />
        )}
        <CountrySelect
          label={t('city.country')}
          value={values.country}
          onChange={(country) => onChange('country', country)}
          error={error('country')}
          withAsterisk
        />
      </Group>
      <Group gap="sm" align="flex-start" grow>
        <NumberInput
          label={t('city.latitude')}
          value={values.latitude}
          onChange={(value) => onChange('latitude', value)}
          error={error('latitude')}
          decimalScale={6}
          decimalSeparator={language === 'fr' ? ',' : '.'}
          min={-90}
          max={90}
          clampBehavior="none"
          hideControls
        />
        <NumberInput
          label={t('city.longitude')}
          value={values.longitude}
          onChange={(value) => onChange('longitude', value)}
          error={error('longitude')}
          decimalScale={6}
          decimalSeparator={language === 'fr' ? ',' : '.'}
          min={-180}
          max={180}
          clampBehavior="none"
          hideControls
        />
      </Group>
      <Text fz="xs" c="dimmed" mt={-6}>
        {t('city.coordinatesHint')}
      </Text>
    </>
  );
}
