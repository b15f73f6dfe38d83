import { describe, expect, it } from 'vitest';
import type { ChartSection } from '../../../../shared/reports/document';
import {
  CATEGORY_KEY,
  chartHeight,
  chartRows,
  chartTable,
  chartTickFormatter,
  chartValueFormatter,
  isSmallChart,
} from './chartData';
import { gridSmallCharts, isEmptyChart, layoutSections } from './sectionLayout';

const chart = (over: Partial<ChartSection> = {}): ChartSection => ({
  type: 'chart',
  id: 'by-theme-chart',
  title: 'Actions by theme',
  chart: 'bar',
  categories: ['Cycling', 'Housing'],
  series: [
    { key: 'planned', label: 'Planned', values: [2, 0] },
    { key: 'done', label: 'Done', values: [1, 3] },
  ],
  valueKind: 'integer',
  categoryLabel: 'Theme',
  valueLabel: 'Actions',
  ...over,
});

describe('chart data', () => {
  it('makes one row per category with one plain key per series', () => {
    expect(chartRows(chart())).toEqual([
      { [CATEGORY_KEY]: 'Cycling', s0: 2, s1: 1 },
      { [CATEGORY_KEY]: 'Housing', s0: 0, s1: 3 },
    ]);
  });

  it('gives the same numbers as a table, amounts headed by their currency', () => {
    const money = chartTable(chart({ valueKind: 'money', currency: 'EUR' }));
    expect(money.columns.map((c) => c.label)).toEqual(['Theme', 'Planned (EUR)', 'Done (EUR)']);
    expect(money.rows).toEqual([
      ['Cycling', 2, 1],
      ['Housing', 0, 3],
    ]);
  });

  it('formats values in the reader language, amounts with their currency', () => {
    expect(chartValueFormatter({ valueKind: 'integer' }, 'en')(12500)).toBe('12,500');
    expect(chartValueFormatter({ valueKind: 'money', currency: 'EUR' }, 'fr')(12500)).toMatch(
      /12\s500\s€/,
    );
    expect(chartTickFormatter({ valueKind: 'money', currency: 'CAD' }, 'en')(10_000_000)).toBe(
      'CA$10M',
    );
  });

  it('grows horizontal bars with their categories; a few vertical bars stay small', () => {
    const many = chart({
      orientation: 'horizontal',
      categories: Array.from({ length: 30 }, (_, i) => `T${i}`),
    });
    expect(chartHeight(many)).toBeGreaterThan(chartHeight(chart({ orientation: 'horizontal' })));
    expect(isSmallChart(chart())).toBe(true);
    expect(chartHeight(chart())).toBeLessThan(chartHeight(chart({ chart: 'line' })));
  });
});

describe('section layout', () => {
  const table = {
    type: 'table' as const,
    id: 'by-theme',
    title: 'Actions by theme',
    columns: [],
    rows: [],
  };

  it('puts a chart under the heading of its table, in either order', () => {
    expect(layoutSections([table, chart()])).toEqual([{ section: table, chart: chart() }]);
    expect(layoutSections([chart(), table])).toEqual([{ section: table, chart: chart() }]);
  });

  it('leaves out a chart with nothing to draw', () => {
    const empty = chart({ series: [{ key: 'n', label: 'N', values: [0, 0] }] });
    expect(isEmptyChart(empty)).toBe(true);
    expect(isEmptyChart(chart({ categories: [] }))).toBe(true);
    expect(layoutSections([table, empty])).toEqual([{ section: table }]);
  });

  it('gathers a run of small standalone charts into one grid', () => {
    const eur = chart({ id: 'eur', title: 'EUR' });
    const cad = chart({ id: 'cad', title: 'CAD' });
    expect(gridSmallCharts(layoutSections([table, eur, cad]))).toEqual([
      { section: table },
      { grid: [eur, cad] },
    ]);
    expect(gridSmallCharts(layoutSections([eur, table]))).toEqual([
      { section: eur },
      { section: table },
    ]);
  });
});
