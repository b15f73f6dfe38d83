import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateText, parseDateText } from '../../../shared/domain/dateText';
import { daysInMonth, makePartialDate } from '../../../shared/domain/partialDate';

const read = (text: string, lang: 'fr' | 'en') => parseDateText(text, lang);

describe('dates typed the local way', () => {
  it.each([
    ['20/05/2026', '2026-05-20'],
    ['20.05.2026', '2026-05-20'],
    ['20-05-2026', '2026-05-20'],
    ['5/2026', '2026-05'],
    ['05/2026', '2026-05'],
    ['mai 2026', '2026-05'],
    ['Mai 2026', '2026-05'],
    ['févr. 2024', '2024-02'],
    ['fevrier 2024', '2024-02'],
    ['20 mai 2026', '2026-05-20'],
    ['1er mai 2026', '2026-05-01'],
    ['2026', '2026'],
    ['2026-05', '2026-05'],
    ['2026-05-20', '2026-05-20'],
    ['  20/05/2026 ', '2026-05-20'],
  ])('reads %j in French as %s, keeping its precision', (text, date) => {
    expect(read(text, 'fr')).toEqual({ date });
  });

  it.each([
    ['May 20, 2026', '2026-05-20'],
    ['may 20 2026', '2026-05-20'],
    ['20 May 2026', '2026-05-20'],
    ['05/20/2026', '2026-05-20'],
    // Only one order makes a date: read that way rather than refused.
    ['20/05/2026', '2026-05-20'],
    ['05/2026', '2026-05'],
    ['May 2026', '2026-05'],
    ['Sept 2026', '2026-09'],
    ['2026', '2026'],
    ['2026-05-20', '2026-05-20'],
  ])('reads %j in English as %s', (text, date) => {
    expect(read(text, 'en')).toEqual({ date });
  });

  it('reads 05/06/2026 in each language’s order', () => {
    expect(read('05/06/2026', 'fr')).toEqual({ date: '2026-06-05' });
    expect(read('05/06/2026', 'en')).toEqual({ date: '2026-05-06' });
  });

  it('reads an empty field as no date', () => {
    expect(read('', 'fr')).toEqual({ date: null });
    expect(read('   ', 'en')).toEqual({ date: null });
  });

  it.each([
    '31/02/2024',
    '13/2026',
    '2026-13',
    '999',
    '20/05/26',
    'ju 2026',
    'jui 2026',
    'LL',
    'demain',
    '20//05/2026',
  ])('refuses %j', (text) => {
    expect(read(text, 'fr')).toEqual({ error: 'notADate' });
    expect(read(text, 'en')).toEqual({ error: 'notADate' });
  });

  it('shows a date at its precision in the reader’s language', () => {
    expect(formatDateText('2026-05-20', 'fr')).toBe('20/05/2026');
    expect(formatDateText('2026-05', 'fr')).toBe('mai 2026');
    expect(formatDateText('2026', 'fr')).toBe('2026');
    expect(formatDateText('2026-05-20', 'en')).toBe('May 20, 2026');
    expect(formatDateText('2026-05', 'en')).toBe('May 2026');
  });

  const partialDate = fc
    .record({
      year: fc.integer({ min: 1000, max: 9999 }),
      month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      day: fc.integer({ min: 1, max: 31 }),
      precision: fc.constantFrom('year', 'month', 'day'),
    })
    .map(({ year, month, day, precision }) =>
      precision === 'year' || month === undefined
        ? makePartialDate(year)
        : precision === 'month'
          ? makePartialDate(year, month)
          : makePartialDate(year, month, Math.min(day, daysInMonth(year, month))),
    );

  it('reads back what it writes, at the same precision, in both languages (property)', () => {
    fc.assert(
      fc.property(partialDate, fc.constantFrom('fr' as const, 'en' as const), (date, lang) => {
        expect(parseDateText(formatDateText(date, lang), lang)).toEqual({ date });
      }),
      { numRuns: 2000 },
    );
  });
});
