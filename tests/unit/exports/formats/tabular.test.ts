import { describe, expect, it } from 'vitest';
import { sheetNamer } from '../../../../electron/exports/formats/sheetNames';
import { labelsFor } from '../../../../electron/exports/formats/labels';
import {
  chartIsHeld,
  documentBlocks,
  tableHoldsChart,
} from '../../../../electron/exports/formats/tabular';
import type { ChartSection, TableSection } from '../../../../shared/reports/document';
import { richDocument } from './fixtures';

describe('sheet names', () => {
  it('drops the characters Excel refuses, keeps 31 characters and never repeats a name', () => {
    const name = sheetNamer();
    expect(name('Budget [2026]: planned/spent?')).toBe('Budget 2026 planned spent');
    const long = 'Actions by partner city and by theme, 2020–2026';
    const first = name(long);
    const second = name(long);
    const third = name(long.toUpperCase());
    expect(first).toBe('Actions by partner city');
    expect(second).toMatch(/ \(2\)$/);
    expect(third).toMatch(/ \(3\)$/);
    for (const n of [first, second, third]) expect(n.length).toBeLessThanOrEqual(31);
    expect(name("'quoted'")).toBe('quoted');
    expect(name('***')).toBe('Sheet');
  });
});

describe('tables a spreadsheet writes', () => {
  const document = richDocument('en');
  const table = document.sections.find((s): s is TableSection => s.id === 'themes');
  const chart = (id: string) => document.sections.find((s): s is ChartSection => s.id === id);

  it('knows when a table already holds a chart', () => {
    expect(table && chart('themes-chart') && tableHoldsChart(table, chart('themes-chart')!)).toBe(
      true,
    );
    expect(chartIsHeld(document, chart('budget-chart')!)).toBe(false);
    // The same categories with other values are not the same data.
    const changed = {
      ...chart('themes-chart')!,
      series: [{ key: 'a', label: 'A', values: [7, 4, 3, 1] }],
    };
    expect(chartIsHeld(document, changed)).toBe(false);
  });

  it('puts the key figures first and keeps the document order after them', () => {
    const blocks = documentBlocks(document, labelsFor('en'));
    expect(blocks.map((b) => b.id)).toEqual([
      'figures',
      'agreements',
      'themes',
      'budget-chart',
      'partners-chart',
      'trend-chart',
      'map',
      'outcomes',
      'follow-ups',
    ]);
  });
});
