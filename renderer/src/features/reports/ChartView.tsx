import { Box } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartSection } from '../../../../shared/reports/document';
import { useFormat } from '../../i18n/useFormat';
import {
  CATEGORY_KEY,
  categoryAxisWidth,
  chartHeight,
  chartRows,
  chartTable,
  chartTickFormatter,
  chartValueFormatter,
  seriesColor,
  seriesKey,
} from './chartData';
import { DataDisclosure } from './DataDisclosure';
import { ReportTable } from './ReportTable';

const AXIS_TICK = { fontSize: 12, fill: '#495057' };

/** A bar or line chart of a report, with its numbers in a table below for who needs them. */
export function ChartView({
  section,
  withData = true,
}: {
  section: ChartSection;
  withData?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const rows = useMemo(() => chartRows(section), [section]);
  const table = useMemo(() => chartTable(section), [section]);
  const format = useMemo(() => chartValueFormatter(section, language), [section, language]);
  const tick = useMemo(() => chartTickFormatter(section, language), [section, language]);
  const height = chartHeight(section);
  const horizontal = section.chart === 'bar' && section.orientation === 'horizontal';
  const withLegend = section.series.length > 1;

  const valueAxis = {
    tickFormatter: tick,
    tick: AXIS_TICK,
    allowDecimals: section.valueKind !== 'integer',
    width: horizontal ? undefined : 64,
  };
  const categoryAxis = { dataKey: CATEGORY_KEY, tick: AXIS_TICK, interval: 0 as const };
  const tooltip = (
    <Tooltip formatter={(value) => (typeof value === 'number' ? format(value) : String(value))} />
  );
  const legend = withLegend ? <Legend wrapperStyle={{ fontSize: 13 }} /> : null;

  return (
    <>
      <Box h={height} role="img" aria-label={section.title}>
        <ResponsiveContainer width="100%" height="100%">
          {section.chart === 'line' ? (
            <LineChart
              accessibilityLayer={false}
              data={rows}
              margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis {...categoryAxis} interval="preserveStartEnd" />
              <YAxis {...valueAxis} />
              {tooltip}
              {legend}
              {section.series.map((series, index) => (
                <Line
                  key={series.key}
                  dataKey={seriesKey(index)}
                  name={series.label}
                  stroke={seriesColor(index)}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          ) : (
            <BarChart
              accessibilityLayer={false}
              data={rows}
              layout={horizontal ? 'vertical' : 'horizontal'}
              margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
              {horizontal ? (
                <>
                  <XAxis type="number" {...valueAxis} />
                  <YAxis
                    type="category"
                    {...categoryAxis}
                    width={categoryAxisWidth(section.categories)}
                  />
                </>
              ) : (
                <>
                  <XAxis type="category" {...categoryAxis} interval="preserveStartEnd" />
                  <YAxis type="number" {...valueAxis} />
                </>
              )}
              {tooltip}
              {legend}
              {section.series.map((series, index) => (
                <Bar
                  key={series.key}
                  dataKey={seriesKey(index)}
                  name={series.label}
                  fill={seriesColor(index)}
                  maxBarSize={36}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </Box>
      {withData && (
        <DataDisclosure summary={t('reports.view.showData')}>
          <ReportTable
            label={t('reports.view.dataOf', { title: section.title })}
            columns={table.columns}
            rows={table.rows}
          />
        </DataDisclosure>
      )}
    </>
  );
}
