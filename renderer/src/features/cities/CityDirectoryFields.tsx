import { TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { FieldErrors } from '../../lib/fieldErrors';
import type { CityFormValues } from './cityForm';
import { translateIssue } from '../../lib/fieldErrors';

interface Props {
  values: CityFormValues;
  errors: FieldErrors;
  onChange: <K extends keyof CityFormValues>(field: K, value: CityFormValues[K]) => void;
}

/** What the directory knows beyond a name and a place: region, languages, website. */
export function CityDirectoryFields({ values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const error = (field: 'region' | 'languages' | 'website') => {
    const issue = errors[field];
    return issue ? translateIssue(t, issue, language) : undefined;
  };
  return (
    <>
      <TextInput
        label={t('partners.city.region')}
        value={values.region}
        onChange={(event) => onChange('region', event.currentTarget.value)}
        error={error('region')}
        maxLength={120}
      />
      <TagsInput
        label={t('partners.city.languages')}
        description={t('partners.city.languagesHint')}
        value={values.languages}
        onChange={(languages) => onChange('languages', languages)}
        error={error('languages')}
        maxTags={20}
        clearable
      />
      <TextInput
        label={t('partners.city.website')}
        value={values.website}
        onChange={(event) => onChange('website', event.currentTarget.value)}
        error={error('website')}
        placeholder="www.example.org"
        maxLength={300}
        type="url"
      />
    </>
  );
}
