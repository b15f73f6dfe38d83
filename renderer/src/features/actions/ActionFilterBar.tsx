import { Button, Group, Pill, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useIsFetching, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../../shared/domain/enums';
import { isPartialDate } from '../../../../shared/domain/partialDate';
import { checkDateRange } from '../../../../shared/domain/trackingRules';
import type { ActionFacets } from '../../../../shared/schemas/actions';
import { SearchBox } from '../../components/SearchBox';
import { useFormat } from '../../i18n/useFormat';
import { agreementQueries } from '../agreements/agreementQueries';
import { actionKeys, actionQueries } from './actionQueries';
import { useThemeOptions } from './useThemeOptions';
import { translateIssue } from '../../lib/fieldErrors';
import { useDebouncedText } from '../../lib/useDebouncedText';
import type { useActionFilters } from './useActionFilters';
import { hasActiveFilters, type ActionFilters } from './useActionFilters';

interface Props {
  /** The list's filters in the URL. */
  url: ReturnType<typeof useActionFilters>;
  facets: ActionFacets | undefined;
  /**
   * Whether the list's first rows are in: the filters' own lists (cities, themes) are asked
   * after them, so that at start the rows do not wait behind them in main's queue.
   */
  ready: boolean;
}

/** Search, filters and a date range over the actions list; main does the filtering. */
export function ActionFilterBar({ url, facets, ready }: Props) {
  const { t } = useTranslation();
  const { filters, setFilters: onChange, clearFilters: onClear } = url;
  const format = useFormat();
  const sendText = useMemo(() => (text: string) => onChange({ text }), [onChange]);
  // The search goes at the first key; while the list loads, only the latest text waits for it.
  const listLoading = useIsFetching({ queryKey: actionKeys.lists() }) > 0;
  const [text, setText] = useDebouncedText(filters.text, sendText, listLoading);
  const sendFrom = useMemo(
    () => (from: string) => onChange({ from: isPartialDate(from.trim()) ? from.trim() : null }),
    [onChange],
  );
  const sendTo = useMemo(
    () => (to: string) => onChange({ to: isPartialDate(to.trim()) ? to.trim() : null }),
    [onChange],
  );
  const [from, setFrom] = useDebouncedText(filters.from ?? '', sendFrom);
  const [to, setTo] = useDebouncedText(filters.to ?? '', sendTo);

  const cities = useQuery({ ...actionQueries.cities(), enabled: ready });
  const agreement = useQuery({
    ...agreementQueries.detail(filters.agreementId ?? ''),
    enabled: filters.agreementId !== null,
  });

  const all = t('tracking.list.all');
  const themeOptions = useThemeOptions(ready);
  const cityOptions = useMemo(
    () =>
      (cities.data ?? []).map((city) => ({
        value: city.id,
        label: `${city.name} (${format.country(city.country)})`,
      })),
    [cities.data, format],
  );
  const departments = useMemo(
    () => (facets?.departments ?? []).map((value) => ({ value, label: value })),
    [facets],
  );

  const dateError = (value: string) =>
    value.trim() && !isPartialDate(value.trim())
      ? translateIssue(t, { path: '', key: 'errors.partialDate' }, format.language)
      : undefined;
  const rangeIssue = checkDateRange(filters.from ?? undefined, filters.to ?? undefined)[0];

  return (
    <Group
      gap="sm"
      align="flex-start"
      wrap="wrap"
      role="search"
      aria-label={t('tracking.list.filtersLabel')}
    >
      <SearchBox
        label={t('tracking.list.search')}
        placeholder={t('tracking.list.searchPlaceholder')}
        value={text}
        onChange={setText}
        w={220}
      />
      {filters.agreementId && (
        <Stack gap={4}>
          <Text fz="sm" fw={500} id="action-agreement-filter">
            {t('tracking.list.agreement')}
          </Text>
          <Pill
            withRemoveButton
            size="lg"
            aria-labelledby="action-agreement-filter"
            onRemove={() => onChange({ agreementId: null })}
            removeButtonProps={{ 'aria-label': t('tracking.list.removeAgreement') }}
          >
            {agreement.data
              ? `${agreement.data.cityName} · ${format.partialDate(agreement.data.signedOn, 'short')}`
              : '…'}
          </Pill>
        </Stack>
      )}
      <Select
        label={t('tracking.list.city')}
        placeholder={all}
        data={cityOptions}
        value={filters.cityId}
        onChange={(cityId) => onChange({ cityId })}
        searchable
        clearable
        limit={50}
        nothingFoundMessage={t('common.nothingFound')}
        w={200}
      />
      <Select
        label={t('tracking.list.theme')}
        placeholder={all}
        data={themeOptions}
        value={filters.themeId}
        onChange={(themeId) => onChange({ themeId })}
        searchable
        clearable
        w={190}
      />
      <Select
        label={t('tracking.list.kind')}
        placeholder={all}
        data={ACTION_KINDS.map((kind) => ({ value: kind, label: t(`enums.actionKind.${kind}`) }))}
        value={filters.kind}
        onChange={(kind) => onChange({ kind: kind as ActionFilters['kind'] })}
        clearable
        w={190}
      />
      <Select
        label={t('tracking.list.status')}
        placeholder={all}
        data={ACTION_STATUSES.map((status) => ({
          value: status,
          label: t(`enums.actionStatus.${status}`),
        }))}
        value={filters.status}
        onChange={(status) => onChange({ status: status as ActionFilters['status'] })}
        clearable
        w={140}
      />
      <Select
        label={t('tracking.list.department')}
        placeholder={all}
        data={departments}
        value={filters.department}
        onChange={(department) => onChange({ department })}
        searchable
        clearable
        w={190}
      />
      <TextInput
        label={t('tracking.list.from')}
        placeholder={t('tracking.list.datePlaceholder')}
        value={from}
        onChange={(event) => setFrom(event.currentTarget.value)}
        error={dateError(from)}
        w={150}
      />
      <TextInput
        label={t('tracking.list.to')}
        placeholder={t('tracking.list.datePlaceholder')}
        value={to}
        onChange={(event) => setTo(event.currentTarget.value)}
        error={
          dateError(to) ?? (rangeIssue ? translateIssue(t, rangeIssue, format.language) : undefined)
        }
        w={150}
      />
      {hasActiveFilters(filters) && (
        <Button
          variant="subtle"
          mt={25}
          leftSection={<IconFilterOff size={16} aria-hidden="true" />}
          onClick={onClear}
        >
          {t('tracking.list.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
