import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../shared/domain/countries';
import { compareText } from '../i18n/format';
import { useFormat } from '../i18n/useFormat';
import { accentInsensitiveFilter } from '../lib/searchFilter';

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: string | null;
  onChange: (code: string | null) => void;
  /** The codes to offer; every country when left out. */
  codes?: readonly string[];
}

/** A searchable country list, names in the reader's language, sorted the reader's way. */
export function CountrySelect({ value, onChange, codes = COUNTRY_CODES, ...rest }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = useMemo(() => {
    const compare = compareText(format.language);
    return codes
      .map((code) => ({ value: code, label: format.country(code) }))
      .sort((a, b) => compare(a.label, b.label));
  }, [codes, format]);
  return (
    <Select
      searchable
      data={data}
      value={value}
      onChange={(next) => onChange(next)}
      filter={accentInsensitiveFilter}
      nothingFoundMessage={t('common.nothingFound')}
      limit={300}
      {...rest}
    />
  );
}
