import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareAtCommonPrecision,
  dayRange,
  daysInMonth,
  decadeOf,
  isPartialDate,
  makePartialDate,
  parsePartialDate,
  precisionOf,
  yearOf,
} from '../../../shared/domain/partialDate';

const year = fc.integer({ min: 1000, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });
/** A valid partial date with its parts, at any precision. */
const partial = fc
  .tuple(year, fc.option(month, { nil: undefined }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([y, m, fraction]) => {
    const day =
      m === undefined || fraction < 0.3
        ? undefined
        : 1 + Math.floor(fraction * 0.9999 * daysInMonth(y, m));
    return { year: y, month: m, day };
  });
const partialText = partial.map((p) => makePartialDate(p.year, p.month, p.day));
/** Two partial dates, often in the same year or one a prefix of the other, where ties happen. */
const pair = fc
  .oneof(
    fc.tuple(partialText, partialText),
    fc
      .tuple(partialText, partialText)
      .map(([a, b]) => [a, `${a.slice(0, 4)}${b.slice(4)}`] as const),
    fc
      .tuple(partialText, fc.constantFrom(4, 7, 10))
      .map(([a, length]) => [a, a.slice(0, length)] as const),
  )
  .filter(([a, b]) => isPartialDate(a) && isPartialDate(b));

describe('partial dates', () => {
  it('round-trip: makePartialDate then parsePartialDate gives the parts back', () => {
    fc.assert(
      fc.property(partial, ({ year: y, month: m, day: d }) => {
        const text = makePartialDate(y, m, d);
        const precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
        expect(text).toHaveLength({ year: 4, month: 7, day: 10 }[precision]);
        expect(parsePartialDate(text)).toEqual({
          year: y,
          ...(m !== undefined && { month: m }),
          ...(d !== undefined && { day: d }),
          precision,
        });
        expect(precisionOf(text)).toBe(precision);
        expect(yearOf(text)).toBe(y);
        expect(isPartialDate(text)).toBe(true);
      }),
    );
  });

  it('accepts null parts like missing ones', () => {
    expect(makePartialDate(1956, null, null)).toBe('1956');
    expect(makePartialDate(2006, 4, null)).toBe('2006-04');
    expect(makePartialDate(2006, 4, 7)).toBe('2006-04-07');
  });

  it('rejects a month outside 1–12', () => {
    fc.assert(
      fc.property(year, fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), (y, m) => {
        expect(parsePartialDate(`${y}-${String(m).padStart(2, '0')}`)).toBeNull();
        expect(parsePartialDate(`${y}-${String(m).padStart(2, '0')}-01`)).toBeNull();
      }),
    );
  });

  it('rejects a day the month does not have', () => {
    fc.assert(
      fc.property(year, month, fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(isPartialDate(text)).toBe(d >= 1 && d <= daysInMonth(y, m));
      }),
    );
  });

  it.each([
    ['2023-02-30', false],
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['0999', false],
    ['999', false],
    ['10000', false],
    ['2023-1', false],
    ['2023-01-1', false],
    ['2023/01/01', false],
    [' 2023', false],
    ['2023-01-01T00:00', false],
    ['２０２３', false],
    ['', false],
  ])('%j valid: %s', (text, valid) => {
    expect(isPartialDate(text)).toBe(valid);
  });

  it('compareAtCommonPrecision is reflexive and antisymmetric', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(compareAtCommonPrecision(a, a)).toBe(0);
        // A sum rather than a negation: -Math.sign(0) is -0, which toBe tells from 0.
        const ab = Math.sign(compareAtCommonPrecision(a, b));
        const ba = Math.sign(compareAtCommonPrecision(b, a));
        expect(ab + ba).toBe(0);
        // Equal at the common precision means one is a prefix of the other.
        if (ab === 0) expect(a.startsWith(b) || b.startsWith(a)).toBe(true);
      }),
    );
  });

  it('compareAtCommonPrecision agrees with the calendar where the dates do not overlap', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const c = compareAtCommonPrecision(a, b);
        const ra = dayRange(a);
        const rb = dayRange(b);
        if (ra.last < rb.first) expect(c).toBeLessThan(0);
        else if (rb.last < ra.first) expect(c).toBeGreaterThan(0);
        // Overlapping ranges: one contains the other, so they are equal at the common precision.
        else expect(c).toBe(0);
      }),
    );
  });

  it('compareAtCommonPrecision examples', () => {
    expect(compareAtCommonPrecision('2006', '2006-04')).toBe(0);
    expect(compareAtCommonPrecision('2006-04-30', '2006-04')).toBe(0);
    expect(compareAtCommonPrecision('2005-12', '2006')).toBe(-1);
    expect(compareAtCommonPrecision('2006-05', '2006-04-30')).toBe(1);
  });

  it('decadeOf gives the first year of the decade', () => {
    expect(decadeOf('1997')).toBe(1990);
    expect(decadeOf('2000-01-01')).toBe(2000);
    expect(decadeOf('1999-12')).toBe(1990);
    expect(decadeOf('2006-04')).toBe(2000);
    fc.assert(
      fc.property(partialText, (text) => {
        const decade = decadeOf(text);
        expect(decade % 10).toBe(0);
        expect(yearOf(text) - decade).toBeGreaterThanOrEqual(0);
        expect(yearOf(text) - decade).toBeLessThan(10);
      }),
    );
  });

  it('dayRange gives the first and last day a partial date stands for', () => {
    expect(dayRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dayRange('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(dayRange('1956')).toEqual({ first: '1956-01-01', last: '1956-12-31' });
    expect(dayRange('2006-04-07')).toEqual({ first: '2006-04-07', last: '2006-04-07' });
    expect(() => dayRange('2023-02-30')).toThrow(RangeError);
  });

  it('daysInMonth follows the Gregorian leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});
