import { z } from 'zod';
import { isPartialDate } from '../domain/partialDate';
import { isCountryCode } from '../domain/countries';

/**
 * Control characters no one types (NUL, the C0 controls other than tab and line breaks, DEL and
 * the C1 controls): they reach the database only from a script or a paste gone wrong, and some
 * break what reads the record later (a NUL title fails the table's CHECK, a form feed a PDF).
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** True when the text holds no control character other than tab, CR and LF. */
export function withoutControlCharacters(text: string): boolean {
  return !CONTROL_CHARACTERS.test(text);
}

/** Free text that may be empty; surrounding white space is dropped; no control characters. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(withoutControlCharacters, { params: { key: 'errors.controlCharacters' } });

/** Text the user must fill in (no control characters). */
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(withoutControlCharacters, { params: { key: 'errors.controlCharacters' } });

/** A record's stable, globally unique id. */
export const idSchema = z.uuid();

/** A date known to the year, the month or the day (see `partialDate.ts`). */
export const partialDateSchema = z
  .string()
  .trim()
  .refine(isPartialDate, { params: { key: 'errors.partialDate' } });

/** An ISO 3166-1 alpha-2 code; lower case is accepted and upper-cased. */
export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { params: { key: 'errors.country' } });

/** Paging for long lists: the UI asks for a window of rows at a time. */
export const pageSchema = {
  limit: z.number().int().min(1).max(1000).default(200),
  offset: z.number().int().min(0).default(0),
};

export const sortDirectionSchema = z.enum(['asc', 'desc']);

/** Every record carries these, so records can travel between desktops. */
export interface RecordStamp {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** One window of a long list and how many rows the whole list has. */
export interface Page<Row> {
  rows: Row[];
  total: number;
}
