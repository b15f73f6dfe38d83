import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  isRoundAnniversary,
  nextRoundAnniversary,
  roundAnniversariesBetween,
  roundAnniversaryIn,
  roundAnniversarySignatureYears,
} from '../../../shared/domain/anniversaries';

describe('round anniversaries', () => {
  test('5, every 10, 25 and 75 years are round; others are not', () => {
    const round = Array.from({ length: 101 }, (_, i) => i).filter(isRoundAnniversary);
    expect(round).toEqual([5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100]);
    expect(isRoundAnniversary(0)).toBe(false);
    expect(isRoundAnniversary(-10)).toBe(false);
  });

  test('the anniversary keeps the precision of the signature', () => {
    expect(roundAnniversaryIn('1956', 2026)).toEqual({ years: 70, date: '2026', day: '2026-01-01', precision: 'year' });
    expect(roundAnniversaryIn('2006-04', 2026)).toEqual({ years: 20, date: '2026-04', day: '2026-04-01', precision: 'month' });
    expect(roundAnniversaryIn('2001-06-18', 2026)).toEqual({ years: 25, date: '2026-06-18', day: '2026-06-18', precision: 'day' });
    expect(roundAnniversaryIn('1958', 2026)).toBeNull();
    // 29 February falls on 28 February in a common year.
    expect(roundAnniversaryIn('2016-02-29', 2026)?.day).toBe('2026-02-28');
  });

  test('the signature years whose round anniversary falls in a year are exactly the rule’s', () => {
    expect(roundAnniversarySignatureYears(2026, 1900)).toEqual([2021, 2016, 2006, 2001, 1996, 1986, 1976, 1966, 1956, 1951, 1946, 1936, 1926, 1916, 1906]);
    expect(roundAnniversarySignatureYears(2026, 2026)).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2500 }), fc.integer({ min: 1000, max: 2500 }), (year, signed) => {
        expect(roundAnniversarySignatureYears(year).includes(signed)).toBe(roundAnniversaryIn(String(signed), year) !== null);
      }),
    );
  });

  test('between two days and the next one', () => {
    expect(roundAnniversariesBetween('2002', '2026-12-01', '2027-11-30').map((a) => a.years)).toEqual([25]);
    expect(roundAnniversariesBetween('2002-06', '2027-07-01', '2027-12-31')).toEqual([]);
    expect(nextRoundAnniversary('1997', '2026-12-01')).toMatchObject({ years: 30, day: '2027-01-01' });
    expect(nextRoundAnniversary('2001-12-24', '2026-12-01')).toMatchObject({ years: 25, day: '2026-12-24' });
  });

  test('property: a round anniversary lies in its year, on or after the signature’s month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2500 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 200 }), (y, m, d, add) => {
        const signed = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const found = roundAnniversaryIn(signed, y + add);
        expect(found === null).toBe(!isRoundAnniversary(add));
        if (found) expect(found.day).toBe(`${y + add}${signed.slice(4)}`);
        const next = nextRoundAnniversary(signed, signed);
        expect(next && isRoundAnniversary(next.years) && next.years <= 10).toBe(true);
      }),
    );
  });
});
