import type { ChartSection, ReportColumn, Cell } from '../../../../shared/reports/document';
import { formatNumber } from '../../../../shared/format/intl';

/** recharts reads values by key path: rows use plain keys, `category` and `s0`, `s1`… per series. */
export const CATEGORY_KEY = 'category';
export const seriesKey = (index: number) => `s${index}`;

/** Series colours: distinct, dark enough on white (WCAG non-text contrast), colour-blind safe order. */
export const SERIES_COLORS = ['#3b5bdb', '#e8590c', '#0c8599', '#9c36b5', '#2f9e44', '#c92a2a'];

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}

/** recharts' rows: one per category, one number per series. */
export function chartRows(section: ChartSection): Record<string, string | number>[] {
  return section.categories.map((category, index) => {
    const row: Record<string, string | number> = { [CATEGORY_KEY]: category };
    section.series.forEach((series, i) => (row[seriesKey(i)] = series.values[index] ?? 0));
    return row;
  });
}

/** How a chart's values read in the reader's language: "1,234" or "€12,500". */
export function chartValueFormatter(
  section: Pick<ChartSection, 'valueKind' | 'currency'>,
  language: string,
): (value: number) => string {
  if (section.valueKind === 'money' && section.currency) {
    const money = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: section.currency,
      maximumFractionDigits: 0,
    });
    return (value) => money.format(value);
  }
  return (value) => formatNumber(value, language);
}

/** Axis ticks: short ("€12M", "15K") so the axis never crowds out the bars; exact values are in the tooltip. */
export function chartTickFormatter(
  section: Pick<ChartSection, 'valueKind' | 'currency'>,
  language: string,
): (value: number) => string {
  const compact = new Intl.NumberFormat(language, {
    notation: 'compact',
    // A currency brings two decimals of its own: "CA$10M", not "CA$10.0M".
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
    ...(section.valueKind === 'money' && section.currency
      ? { style: 'currency', currency: section.currency }
      : {}),
  });
  return (value) => compact.format(value);
}

/** A chart of a few bars (a budget per currency) is small; several sit side by side. */
export function isSmallChart(section: ChartSection): boolean {
  return (
    section.chart === 'bar' &&
    section.orientation !== 'horizontal' &&
    section.categories.length <= 4
  );
}

/** Room for a chart: horizontal bars grow with their categories so long names stay readable. */
export function chartHeight(section: ChartSection): number {
  if (section.chart === 'bar' && section.orientation === 'horizontal') {
    const perCategory = Math.max(1, section.series.length) * 16 + 14;
    return Math.max(180, section.categories.length * perCategory + 70);
  }
  return isSmallChart(section) ? 220 : 320;
}

/** The width the category axis of horizontal bars needs for its longest name, in pixels. */
export function categoryAxisWidth(categories: readonly string[]): number {
  const longest = categories.reduce((max, name) => Math.max(max, name.length), 0);
  return Math.min(260, Math.max(80, longest * 7 + 16));
}

/** A chart's data as a table, for screen readers and for who wants the exact numbers. */
export function chartTable(section: ChartSection): { columns: ReportColumn[]; rows: Cell[][] } {
  const columns: ReportColumn[] = [
    { key: CATEGORY_KEY, label: section.categoryLabel, kind: 'text' },
    ...section.series.map((series) => ({
      key: series.key,
      // Amounts are in major units here, not Money cells: the currency goes in the header.
      label:
        section.valueKind === 'money' && section.currency
          ? `${series.label} (${section.currency})`
          : series.label,
      kind: section.valueKind === 'money' ? ('number' as const) : ('integer' as const),
    })),
  ];
  const rows = section.categories.map((category, index) => [
    category,
    ...section.series.map((series) => series.values[index] ?? null),
  ]);
  return { columns, rows };
}
