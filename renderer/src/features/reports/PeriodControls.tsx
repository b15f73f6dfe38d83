import { Group, Input, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isPartialDate } from '../../../../shared/domain/partialDate';
import { checkDateRange } from '../../../../shared/domain/trackingRules';
import { useDebouncedText } from '../../lib/useDebouncedText';
import type { ReportKind } from '../../../../shared/reports/requests';
import {
  defaultPeriodMode,
  periodModes,
  readPeriodMode,
  yearChoices,
  type PeriodMode,
} from './reportParams';
import type { ReportParamsState } from './useReportParams';

/** A year chosen from a list (typing filters it). */
export function YearSelect({
  label,
  value,
  onChange,
  currentYear,
  placeholder,
}: {
  label: string;
  value: string | null;
  onChange: (year: string | null) => void;
  currentYear: number;
  /** Set for an optional year: the list can be cleared back to it. */
  placeholder?: string;
}) {
  const years = useMemo(() => yearChoices(currentYear), [currentYear]);
  return (
    <Select
      label={label}
      data={years}
      value={value}
      onChange={onChange}
      searchable
      clearable={placeholder !== undefined}
      placeholder={placeholder}
      allowDeselect={false}
      w={150}
      limit={200}
    />
  );
}

function dateError(text: string, t: (key: string) => string): string | undefined {
  const value = text.trim();
  return value && !isPartialDate(value) ? t('reports.params.dateInvalid') : undefined;
}

/** One year, or a range of partial dates: the period of the annual, theme and map reports. */
export function PeriodControls({ kind, params }: { kind: ReportKind; params: ReportParamsState }) {
  const { t } = useTranslation();
  const labelId = useId();
  const { get, set, currentYear, search } = params;
  const mode = readPeriodMode(kind, search);
  const range = mode === 'range';
  const year = get('year') || String(currentYear);

  const sendFrom = useCallback((from: string) => set({ from: from.trim() }), [set]);
  const sendTo = useCallback((to: string) => set({ to: to.trim() }), [set]);
  const [from, setFrom] = useDebouncedText(get('from'), sendFrom);
  const [to, setTo] = useDebouncedText(get('to'), sendTo);
  const reversed =
    isPartialDate(from.trim()) &&
    isPartialDate(to.trim()) &&
    checkDateRange(from.trim(), to.trim()).length > 0;

  return (
    <Group gap="md" align="flex-start" wrap="wrap">
      <Stack gap={4}>
        <Input.Label labelElement="div" id={labelId}>
          {t('reports.params.period')}
        </Input.Label>
        <SegmentedControl
          aria-labelledby={labelId}
          value={mode}
          onChange={(value) => {
            const next = value as PeriodMode;
            const period = next === defaultPeriodMode(kind) ? null : next;
            // A new range starts as the year chosen, ready to be widened.
            if (next === 'range') set({ period, from: get('from') || year, to: get('to') || year });
            else set({ period });
          }}
          data={periodModes(kind).map((value) => ({
            value,
            label: t(`reports.params.mode.${value}`),
          }))}
        />
      </Stack>
      {mode === 'all' ? null : range ? (
        <>
          <TextInput
            label={t('reports.params.from')}
            placeholder={t('reports.params.datePlaceholder')}
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
            error={dateError(from, t)}
            w={170}
          />
          <TextInput
            label={t('reports.params.to')}
            placeholder={t('reports.params.datePlaceholder')}
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
            error={dateError(to, t) ?? (reversed ? t('reports.params.rangeOrder') : undefined)}
            w={170}
          />
        </>
      ) : (
        <YearSelect
          label={t('reports.params.year')}
          value={year}
          onChange={(value) => set({ year: value })}
          currentYear={currentYear}
        />
      )}
    </Group>
  );
}
