import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../../shared/domain/enums';
import type { AgreementFacets } from '../../../../shared/schemas/agreements';
import { CountrySelect } from '../../components/CountrySelect';
import { SearchBox } from '../../components/SearchBox';
import { useDebouncedText } from '../../lib/useDebouncedText';
import type { useRegisterFilters } from './useRegisterFilters';
import { hasActiveFilters, type RegisterFilters } from './useRegisterFilters';

interface Props {
  /** The register's filters in the URL. */
  url: ReturnType<typeof useRegisterFilters>;
  facets: AgreementFacets | undefined;
}

/** One search box and four filters over the register; main does the filtering. */
export function RegisterFilterBar({ url, facets }: Props) {
  const { t } = useTranslation();
  const { filters, setFilters: onChange, clearFilters: onClear } = url;
  const sendText = useCallback((text: string) => onChange({ text }), [onChange]);
  const [text, setText] = useDebouncedText(filters.text, sendText);

  const decades = useMemo(
    () =>
      (facets?.decades ?? []).map((decade) => ({
        value: String(decade),
        label: t('register.decadeOption', { decade: String(decade) }),
      })),
    [facets, t],
  );
  const kinds = AGREEMENT_KINDS.map((kind) => ({
    value: kind,
    label: t(`enums.agreementKind.${kind}`),
  }));
  const statuses = AGREEMENT_STATUSES.map((status) => ({
    value: status,
    label: t(`enums.agreementStatus.${status}`),
  }));

  return (
    <Group
      gap="sm"
      align="flex-end"
      wrap="wrap"
      role="search"
      aria-label={t('register.filtersLabel')}
    >
      <SearchBox
        label={t('register.search')}
        placeholder={t('register.searchPlaceholder')}
        value={text}
        onChange={setText}
        flex="1 1 220px"
        miw={200}
      />
      <CountrySelect
        label={t('register.country')}
        placeholder={t('register.allCountries')}
        codes={facets?.countries ?? []}
        value={filters.country}
        onChange={(country) => onChange({ country })}
        clearable
        w={200}
      />
      <Select
        label={t('register.decade')}
        placeholder={t('register.allDecades')}
        data={decades}
        value={filters.decade === null ? null : String(filters.decade)}
        onChange={(value) => onChange({ decade: value === null ? null : Number(value) })}
        clearable
        w={150}
      />
      <Select
        label={t('register.kind')}
        placeholder={t('register.allKinds')}
        data={kinds}
        value={filters.kind}
        onChange={(value) => onChange({ kind: value as RegisterFilters['kind'] })}
        clearable
        w={240}
      />
      <Select
        label={t('register.status')}
        placeholder={t('register.allStatuses')}
        data={statuses}
        value={filters.status}
        onChange={(value) => onChange({ status: value as RegisterFilters['status'] })}
        clearable
        w={140}
      />
      <Button
        variant="default"
        leftSection={<IconFilterOff size={16} aria-hidden="true" />}
        disabled={!hasActiveFilters({ ...filters, text })}
        onClick={() => {
          setText('');
          onClear();
        }}
      >
        {t('register.clearFilters')}
      </Button>
    </Group>
  );
}
