import { makePartialDate, parsePartialDate } from '../../../shared/domain/partialDate';
import type { FieldIssue } from '../../../shared/ipc/result';

/** What the three boxes of a partial date hold; empty boxes are '' (numbers) or null (month). */
export interface DateParts {
  year: number | string;
  month: string | null;
  day: number | string;
}

export const EMPTY_DATE: DateParts = { year: '', month: null, day: '' };

/** The three boxes for a stored partial date. */
export function datePartsOf(date: string | null): DateParts {
  const parts = date ? parsePartialDate(date) : null;
  if (!parts) return EMPTY_DATE;
  return {
    year: parts.year,
    month: parts.month ? String(parts.month) : null,
    day: parts.day ?? '',
  };
}

/**
 * The partial date the boxes spell, null when all are empty, or the issue that keeps them
 * from spelling one. A year out of range is left for the shared schema to report.
 */
export function dateFromParts(
  parts: DateParts,
  path: string,
): { date: string | null; issue?: FieldIssue } {
  const year = parts.year === '' ? null : Number(parts.year);
  const month = parts.month === null ? null : Number(parts.month);
  const day = parts.day === '' || month === null ? null : Number(parts.day);
  if (year === null) {
    return month === null
      ? { date: null }
      : { date: null, issue: { path, key: 'errors.required' } };
  }
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    return { date: null, issue: { path, key: 'errors.partialDate' } };
  }
  return { date: makePartialDate(year, month, day) };
}
