import { Group, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { CityFormValues } from './cityForm';

interface Props {
  values: CityFormValues;
  error: (field: keyof CityFormValues) => string | undefined;
  onChange: <K extends keyof CityFormValues>(field: K, value: CityFormValues[K]) => void;
  autoFocus?: boolean | undefined;
}

/**
 * A city's name in French and in English (Copenhague / Copenhagen) and the other spellings it is
 * found by. The reader's language comes first and is required: it is the name the user types; the
 * other one may stay empty, main fills it from its table of well-known names.
 */
export function CityNameFields({ values, error, onChange, autoFocus }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const own = language === 'fr' ? 'nameFr' : 'nameEn';
  const other = language === 'fr' ? 'nameEn' : 'nameFr';
  return (
    <>
      <Group gap="sm" align="flex-start" grow>
        <TextInput
          label={t(own === 'nameFr' ? 'city.nameFr' : 'city.nameEn')}
          value={values[own]}
          onChange={(event) => {
            // The name in the reader's language is the name the city is saved under.
            onChange(own, event.currentTarget.value);
            onChange('name', event.currentTarget.value);
          }}
          error={error('name') ?? error(own)}
          withAsterisk
          autoFocus={autoFocus}
          maxLength={120}
        />
        <TextInput
          label={t(other === 'nameFr' ? 'city.nameFr' : 'city.nameEn')}
          description={t('city.otherNameHint')}
          value={values[other]}
          onChange={(event) => onChange(other, event.currentTarget.value)}
          error={error(other)}
          maxLength={120}
        />
      </Group>
      <TagsInput
        label={t('city.aliases')}
        description={t('city.aliasesHint')}
        value={values.aliases}
        onChange={(aliases) => onChange('aliases', aliases)}
        error={error('aliases')}
        maxTags={30}
        splitChars={[',', ';']}
        clearable
      />
    </>
  );
}
