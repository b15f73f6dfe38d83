import { dayRange, parsePartialDate, precisionOf, type DatePrecision } from './partialDate';

/**
 * Round anniversaries of a signature. A city celebrates an agreement at 5 years (the first
 * milestone), every 10 years (10, 20, 30 … 70, 100), and at 25 and 75 (silver, diamond
 * jubilees): 5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100 … Years 15, 35, 45… are not
 * round enough to be celebrated.
 */

/** The extra round numbers beside every multiple of 10. */
const EXTRA_ROUND = new Set([5, 25, 75]);

/** True when `years` after a signature is a round anniversary (see the rule above). */
export function isRoundAnniversary(years: number): boolean {
  return Number.isInteger(years) && years > 0 && (years % 10 === 0 || EXTRA_ROUND.has(years));
}

/**
 * The signature years from `earliest` on whose round anniversary falls in `year`, latest first
 * (the rule above, so a query can look up only these years instead of every signature).
 */
export function roundAnniversarySignatureYears(year: number, earliest = 1000): number[] {
  const years: number[] = [];
  for (let signed = year - 1; signed >= earliest; signed -= 1) if (isRoundAnniversary(year - signed)) years.push(signed);
  return years;
}

/** One anniversary of a signature, in a given calendar year. */
export interface Anniversary {
  /** Years since the signature. */
  years: number;
  /** The anniversary as precisely as the signature is known: `2026`, `2026-04`, `2026-04-12`. */
  date: string;
  /** The day a calendar shows it on: the day itself, else the 1st of the month, else 1 January. */
  day: string;
  /** How much of the signature date is known (a year only: the exact day is not recorded). */
  precision: DatePrecision;
}

/**
 * The round anniversary of a signature (`1956`, `2006-04`, `2006-04-12`) falling in `year`, or
 * null when that year is not a round one. A signature on 29 February is celebrated on 28
 * February in common years.
 */
export function roundAnniversaryIn(signedOn: string, year: number): Anniversary | null {
  const parts = parsePartialDate(signedOn);
  if (!parts) return null;
  const years = year - parts.year;
  if (!isRoundAnniversary(years)) return null;
  const precision = precisionOf(signedOn);
  const y = String(year).padStart(4, '0');
  const month = parts.month === undefined ? undefined : String(parts.month).padStart(2, '0');
  let date = y;
  if (month !== undefined) {
    date = `${y}-${month}`;
    if (parts.day !== undefined) {
      const lastDay = Number(dayRange(date).last.slice(8));
      date = `${date}-${String(Math.min(parts.day, lastDay)).padStart(2, '0')}`;
    }
  }
  return { years, date, day: dayRange(date).first, precision };
}

/**
 * The round anniversaries of a signature whose calendar day falls between `first` and `last`
 * (both `YYYY-MM-DD`, inclusive), soonest first.
 */
export function roundAnniversariesBetween(signedOn: string, first: string, last: string): Anniversary[] {
  const found: Anniversary[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    const anniversary = roundAnniversaryIn(signedOn, year);
    if (anniversary && anniversary.day >= first && anniversary.day <= last) found.push(anniversary);
  }
  return found;
}

/** The next round anniversary of a signature on or after `today` (`YYYY-MM-DD`). */
export function nextRoundAnniversary(signedOn: string, today: string): Anniversary | null {
  const start = Number(today.slice(0, 4));
  // A round anniversary comes at least every 10 years.
  for (let year = start; year <= start + 10; year += 1) {
    const anniversary = roundAnniversaryIn(signedOn, year);
    if (anniversary && anniversary.day >= today) return anniversary;
  }
  return null;
}
