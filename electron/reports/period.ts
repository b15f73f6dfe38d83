import { dayRange } from '../../shared/domain/partialDate';
import type { PeriodData } from '../../shared/reports/data';

/** The period fields of a request: a calendar year, or a range of partial dates. */
export interface PeriodFields {
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The earliest and latest days a partial date can stand for (the schema's bounds). */
const EARLIEST = '1000-01-01';
const LATEST = '9999-12-31';

/**
 * The days a request covers: its year, or from the first day of `from` to the last day of
 * `to` (an open end reaches as far as dates go). Null when the request names no period.
 */
export function periodOf(fields: PeriodFields): PeriodData | null {
  if (fields.year !== undefined) return yearPeriod(fields.year);
  if (fields.from === undefined && fields.to === undefined) return null;
  const first = fields.from === undefined ? EARLIEST : dayRange(fields.from).first;
  const last = fields.to === undefined ? LATEST : dayRange(fields.to).last;
  const year = first.endsWith('-01-01') && last === `${first.slice(0, 4)}-12-31` ? Number(first.slice(0, 4)) : null;
  return { first, last, year };
}

/** A calendar year as a period. */
export function yearPeriod(year: number): PeriodData {
  return { first: `${year}-01-01`, last: `${year}-12-31`, year };
}

/** The period as a file-name part: `2026`, or `2020-01-01_2021-06-30`. */
export function periodStem(period: PeriodData): string {
  return period.year !== null ? String(period.year) : `${period.first}_${period.last}`;
}

/** The period as the actions-list filter's bounds (overlap: an action that touches it is in). */
export function periodFilter(period: PeriodData | null): { from?: string; to?: string } {
  if (!period) return {};
  return {
    ...(period.first > EARLIEST ? { from: period.first } : {}),
    ...(period.last < LATEST ? { to: period.last } : {}),
  };
}

/** `day` plus or minus whole days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `day` minus whole years (29 February falls back to 28 February). */
export function minusYears(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) - years;
  const monthDay = day.slice(5);
  const candidate = `${String(year).padStart(4, '0')}-${monthDay}`;
  return monthDay === '02-29' && dayRange(`${String(year).padStart(4, '0')}-02`).last.endsWith('28')
    ? `${String(year).padStart(4, '0')}-02-28`
    : candidate;
}

/** Whole years from `from` to `to` (both `YYYY-MM-DD`), never negative. */
export function wholeYears(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years -= 1;
  return Math.max(0, years);
}
