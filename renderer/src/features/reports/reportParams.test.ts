import { describe, expect, it } from 'vitest';
import { reportRequestSchema } from '../../../../shared/reports/requests';
import {
  readDormantYears,
  readPeriod,
  readPeriodMode,
  readReportRequest,
  yearChoices,
} from './reportParams';

const ID = '0b5c7a8e-2f0d-4c3e-9a41-3f1f2a9b6c10';
const q = (query: string) => new URLSearchParams(query);

describe('report parameters from the URL', () => {
  it('gives the annual report the current year unless one is chosen', () => {
    expect(readReportRequest('annual', q(''), 2026).request).toEqual({
      report: 'annual',
      year: 2026,
    });
    expect(readReportRequest('annual', q('year=2019'), 2026).request).toEqual({
      report: 'annual',
      year: 2019,
    });
    expect(readReportRequest('annual', q('year=19'), 2026).request).toEqual({
      report: 'annual',
      year: 2026,
    });
  });

  it('looks at all years first on the theme report and the map, the annual report never', () => {
    expect(readPeriodMode('map', q(''))).toBe('all');
    expect(readPeriod('map', q(''), 2026)).toEqual({});
    expect(readPeriodMode('annual', q('period=all'))).toBe('year');
    expect(readPeriod('map', q('period=year&year=2020'), 2026)).toEqual({ year: 2020 });
  });

  it('sends a range of partial dates, dropping a reversed end and invalid bounds', () => {
    expect(readPeriod('annual', q('period=range&from=2020&to=2021-06'), 2026)).toEqual({
      from: '2020',
      to: '2021-06',
    });
    expect(readPeriod('annual', q('period=range&from=2022&to=2021'), 2026)).toEqual({
      from: '2022',
    });
    expect(readPeriod('annual', q('period=range&from=2021-02-30&to=2023'), 2026)).toEqual({
      to: '2023',
    });
    // Nothing valid yet: the report's default period.
    expect(readPeriod('annual', q('period=range&from=20'), 2026)).toEqual({ year: 2026 });
    expect(readPeriod('theme', q('period=range'), 2026)).toEqual({});
  });

  it('waits for a partner or a theme before asking for their report', () => {
    expect(readReportRequest('partner', q(''), 2026)).toEqual({
      request: null,
      missing: 'partner',
    });
    expect(readReportRequest('partner', q('city=not-an-id'), 2026).missing).toBe('partner');
    expect(readReportRequest('theme', q(''), 2026)).toEqual({ request: null, missing: 'theme' });
    expect(readReportRequest('partner', q(`city=${ID}`), 2026).request).toEqual({
      report: 'partner',
      cityId: ID,
    });
  });

  it('defaults dormant to 3 years and anniversaries to the current year', () => {
    expect(readDormantYears(null)).toBe(3);
    expect(readDormantYears('0')).toBe(3);
    expect(readDormantYears('2.5')).toBe(3);
    expect(readDormantYears('10')).toBe(10);
    expect(readReportRequest('anniversaries', q(''), 2026).request).toEqual({
      report: 'anniversaries',
      year: 2026,
    });
  });

  it('keeps a timeline range only when it runs forwards', () => {
    expect(readReportRequest('timeline', q('since=1990&until=2000'), 2026).request).toEqual({
      report: 'timeline',
      fromYear: 1990,
      toYear: 2000,
    });
    expect(readReportRequest('timeline', q('since=2000&until=1990'), 2026).request).toEqual({
      report: 'timeline',
      fromYear: 2000,
    });
  });

  it('only ever builds requests main accepts', () => {
    const queries = [
      '',
      'year=2024',
      'period=range&from=2020&to=2019',
      'period=range&from=2020-13',
      'period=all&year=abc',
      `city=${ID}&theme=${ID}&period=range&to=2021-06-15`,
      'since=3000&until=999&years=101',
    ];
    for (const kind of [
      'annual',
      'partner',
      'theme',
      'timeline',
      'dormant',
      'anniversaries',
      'map',
    ] as const) {
      for (const query of queries) {
        const { request } = readReportRequest(kind, q(query), 2026);
        if (request)
          expect(reportRequestSchema.safeParse(request).success, `${kind} ?${query}`).toBe(true);
      }
    }
  });

  it('offers years from ten ahead down to 1900, newest first', () => {
    const years = yearChoices(2026);
    expect(years[0]).toBe('2036');
    expect(years.at(-1)).toBe('1900');
    expect(years).toContain('1956');
  });
});
