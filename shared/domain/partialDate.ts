/**
 * Dates with precision. Partnership records often know only the year an agreement
 * was signed ("1956"), sometimes the month, rarely the day. A partial date is kept as
 * the ISO prefix that is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export type PartialDate = string;
export type DatePrecision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The parts of a partial date, or null when the text is not a valid one (e.g. 2023-02-30). */
export function parsePartialDate(
  text: string,
): { year: number; month?: number; day?: number; precision: DatePrecision } | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1000) return null;
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

/** True when `text` is a valid partial date. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/** Builds a partial date from its parts; month and day are optional, day needs month. */
export function makePartialDate(year: number, month?: number | null, day?: number | null): string {
  const y = String(year).padStart(4, '0');
  if (month == null) return y;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  if (day == null) return m;
  return `${m}-${String(day).padStart(2, '0')}`;
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The precision of a valid partial date. */
export function precisionOf(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The year of a partial date. */
export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/** The first year of the decade a partial date falls in (1997 → 1990). */
export function decadeOf(date: PartialDate): number {
  return Math.floor(yearOf(date) / 10) * 10;
}

/**
 * Compares two partial dates at the precision both know: "2006" and "2006-04" are equal,
 * "2005-12" is before "2006". Returns a negative number, zero or a positive number.
 */
export function compareAtCommonPrecision(a: PartialDate, b: PartialDate): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The first and last calendar day a partial date may stand for, as `YYYY-MM-DD`. */
export function dayRange(date: PartialDate): { first: string; last: string } {
  const parts = parsePartialDate(date);
  if (!parts) throw new RangeError(`Not a partial date: ${date}`);
  if (parts.precision === 'day') return { first: date, last: date };
  if (parts.precision === 'month') {
    const last = daysInMonth(parts.year, parts.month!);
    return { first: `${date}-01`, last: `${date}-${String(last).padStart(2, '0')}` };
  }
  return { first: `${date}-01-01`, last: `${date}-12-31` };
}
