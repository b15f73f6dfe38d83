import { Group, NumberInput, Paper, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind } from '../../../../shared/reports/requests';
import { useFormat } from '../../i18n/useFormat';
import { accentInsensitiveFilter } from '../../lib/searchFilter';
import { themeLabel } from '../actions/ActionBadges';
import { cityQueries } from '../cities/cityQueries';
import { themeQueries } from '../themes/themeQueries';
import { PeriodControls, YearSelect } from './PeriodControls';
import { DEFAULT_DORMANT_YEARS, PERIOD_REPORTS, readDormantYears } from './reportParams';
import type { ReportParamsState } from './useReportParams';

interface Props {
  kind: ReportKind;
  params: ReportParamsState;
}

/** The parameters of one report, each a labelled control writing to the URL. */
export function ReportControls({ kind, params }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="sm" p="sm" role="group" aria-label={t('reports.params.label')}>
      <Group gap="lg" align="flex-start" wrap="wrap">
        {kind === 'partner' && <PartnerSelect params={params} />}
        {kind === 'theme' && <ThemeSelect params={params} />}
        {PERIOD_REPORTS.includes(kind) && <PeriodControls kind={kind} params={params} />}
        {kind === 'timeline' && <TimelineYears params={params} />}
        {kind === 'dormant' && <DormantYears params={params} />}
        {kind === 'anniversaries' && (
          <YearSelect
            label={t('reports.params.year')}
            value={params.get('year') || String(params.currentYear)}
            onChange={(year) => params.set({ year })}
            currentYear={params.currentYear}
          />
        )}
      </Group>
    </Paper>
  );
}

function PartnerSelect({ params }: { params: ReportParamsState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cities = useQuery(cityQueries.list());
  const data = useMemo(
    () =>
      (cities.data ?? [])
        .map((city) => ({
          value: city.id,
          label: `${city.name} (${format.country(city.country)})`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, format.language)),
    [cities.data, format],
  );
  return (
    <Select
      label={t('reports.params.partner')}
      placeholder={t('reports.params.choosePartner')}
      data={data}
      value={params.get('city') || null}
      onChange={(city) => params.set({ city })}
      searchable
      filter={accentInsensitiveFilter}
      nothingFoundMessage={t('common.nothingFound')}
      limit={200}
      w={300}
      disabled={cities.isPending}
    />
  );
}

function ThemeSelect({ params }: { params: ReportParamsState }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const themes = useQuery(themeQueries.list());
  const data = useMemo(
    () =>
      (themes.data ?? [])
        .map((theme) => ({ value: theme.id, label: themeLabel(theme, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [themes.data, language],
  );
  return (
    <Select
      label={t('reports.params.theme')}
      placeholder={t('reports.params.chooseTheme')}
      data={data}
      value={params.get('theme') || null}
      onChange={(theme) => params.set({ theme })}
      searchable
      filter={accentInsensitiveFilter}
      nothingFoundMessage={t('common.nothingFound')}
      w={300}
      disabled={themes.isPending}
    />
  );
}

function TimelineYears({ params }: { params: ReportParamsState }) {
  const { t } = useTranslation();
  return (
    <>
      <YearSelect
        label={t('reports.params.fromYear')}
        value={params.get('since') || null}
        onChange={(since) => params.set({ since })}
        currentYear={params.currentYear}
        placeholder={t('reports.params.anyYear')}
      />
      <YearSelect
        label={t('reports.params.toYear')}
        value={params.get('until') || null}
        onChange={(until) => params.set({ until })}
        currentYear={params.currentYear}
        placeholder={t('reports.params.anyYear')}
      />
    </>
  );
}

/** The number of quiet years; sent once it is a whole number from 1 to 100. */
function DormantYears({ params }: { params: ReportParamsState }) {
  const { t } = useTranslation();
  const years = readDormantYears(params.get('years') || null);
  const [text, setText] = useState<string | number>(years);
  // The URL changed from elsewhere (back button): the box follows it.
  const [shown, setShown] = useState(years);
  if (shown !== years) {
    setShown(years);
    setText(years);
  }
  const valid = typeof text === 'number' && Number.isInteger(text) && text >= 1 && text <= 100;
  return (
    <NumberInput
      label={t('reports.params.dormantYears')}
      description={t('reports.params.dormantYearsHint')}
      value={text}
      onChange={(value) => {
        setText(value);
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100) {
          params.set({ years: value === DEFAULT_DORMANT_YEARS ? null : String(value) });
        }
      }}
      min={1}
      max={100}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      error={valid ? undefined : t('reports.params.dormantYearsHint')}
      w={220}
    />
  );
}
