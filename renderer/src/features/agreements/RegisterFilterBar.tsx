import { Button, CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../../shared/domain/enums';
import type { AgreementFacets } from '../../../../shared/schemas/agreements';
import { CountrySelect } from '../../components/CountrySelect';
import { hasActiveFilters, type RegisterFilters } from './useRegisterFilters';

interface Props {
  filters: RegisterFilters;
  facets: AgreementFacets | undefined;
  onChange: (patch: Partial<RegisterFilters>) => void;
  onClear: () => void;
}

const SEARCH_DELAY_MS = 250;

/** One search box and four filters over the register; main does the filtering. */
export function RegisterFilterBar({ filters, facets, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.text);
  const [debounced] = useDebouncedValue(text, SEARCH_DELAY_MS);
  // The text last sent to the URL: tells our own echo from an outside change (clear filters).
  const sent = useRef(filters.text);

  useEffect(() => {
    if (debounced !== sent.current) {
      sent.current = debounced;
      onChange({ text: debounced });
    }
  }, [debounced, onChange]);

  useEffect(() => {
    if (filters.text !== sent.current) {
      sent.current = filters.text;
      setText(filters.text);
    }
  }, [filters.text]);

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
      <TextInput
        label={t('register.search')}
        placeholder={t('register.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Escape' && text && setText('')}
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
