import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { FIELDS, type FieldKey } from './fields';
import { TARGET_FIELDS } from './targetFields';
import { fold } from './fold';
import type { ImportTarget } from './types';
import { FRENCH_VALUES, type ValueOptions } from './values/options';

/** What to do with one column: fill a field, keep its text in the record's notes, or drop it. */
export type ColumnUse = { use: 'field'; field: FieldKey } | { use: 'notes' } | { use: 'ignore' };

/** One column's choice, with how sure the suggestion was (1 = its header is the field's name). */
export type ColumnChoice = ColumnUse & { header: string; confidence: number };

/**
 * A mapping from a file's columns to a target's fields: a plain JSON value that can be saved,
 * shown, edited and proposed again for a file whose headers have the same `fingerprint`.
 * Columns are matched to the file by position; the fingerprint says the headers are the same.
 */
export interface ImportMapping {
  version: 1;
  target: ImportTarget;
  fingerprint: string;
  columns: ColumnChoice[];
  values: ValueOptions;
}

/**
 * A stable fingerprint of a header row: the folded names in order, hashed (cyrb53, 53 bits,
 * as hex). The same headers give the same fingerprint whatever their case, accents or
 * spacing; a renamed, added or moved column gives another. Not a security hash.
 */
export function headerFingerprint(headers: readonly string[]): string {
  const text = headers.map(fold).join('\u001f');
  let h1 = 0xdeadbeef ^ headers.length;
  let h2 = 0x41c6ce57 ^ headers.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `h1:${hash.toString(16).padStart(14, '0')}`;
}

/** How well a header names a field, 0 to 1. */
function score(header: string, field: FieldKey): number {
  const def = FIELDS[field];
  const names = [...def.strong, fold(en.import.fields[field]), fold(fr.import.fields[field])];
  const weak = 'weak' in def ? def.weak : [];
  if (names.some((name) => fold(name) === header)) return 1;
  if (weak.some((name) => fold(name) === header)) return 0.6;
  // "Date de signature de l'accord" holds "date de signature": a fair sign, weaker the more
  // the header says besides.
  const words = ` ${header} `;
  let best = 0;
  for (const name of names) {
    const folded = fold(name);
    if (folded.length >= 4 && words.includes(` ${folded} `))
      best = Math.max(best, 0.3 + 0.4 * (folded.length / header.length));
  }
  return best;
}

/**
 * Suggests a use for each column of a header row: each field of the target goes to the column
 * whose header names it best (each field once, surest first); a column that names no field
 * is kept into the notes when it has a header, ignored when it has none.
 */
export function suggestMapping(
  headers: readonly string[],
  target: ImportTarget,
  values: ValueOptions = FRENCH_VALUES,
): ImportMapping {
  const folded = headers.map(fold);
  const candidates: { column: number; field: FieldKey; confidence: number }[] = [];
  for (const [field] of TARGET_FIELDS[target]) {
    folded.forEach((header, column) => {
      const confidence = header === '' ? 0 : score(header, field);
      if (confidence > 0) candidates.push({ column, field, confidence });
    });
  }
  // Surest first; at equal confidence the target's field order, then the leftmost column.
  const order = TARGET_FIELDS[target].map(([field]) => field);
  candidates.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      order.indexOf(a.field) - order.indexOf(b.field) ||
      a.column - b.column,
  );
  const columns: ColumnChoice[] = headers.map((header) => ({
    header,
    use: header.trim() === '' ? 'ignore' : 'notes',
    confidence: 0,
  }));
  const taken = new Set<FieldKey>();
  for (const { column, field, confidence } of candidates) {
    if (taken.has(field) || columns[column]!.use === 'field') continue;
    taken.add(field);
    columns[column] = { header: headers[column]!, use: 'field', field, confidence };
  }
  return { version: 1, target, fingerprint: headerFingerprint(headers), columns, values };
}

/** True when a saved mapping was made for a file with these headers. */
export function mappingFits(mapping: ImportMapping, headers: readonly string[]): boolean {
  return mapping.fingerprint === headerFingerprint(headers);
}
