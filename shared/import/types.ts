/**
 * The shapes the spreadsheet import passes between its steps: a file read into a grid of cells,
 * the problems found in it, and the kinds of record a file can bring in.
 */

/**
 * One cell as read from the file. CSV cells are always text; XLSX cells keep their type: a
 * number, a boolean, or a date (a cell formatted as a date, already converted from the
 * workbook's serial with its date system). Empty cells are null. A formula is never run: the
 * value Excel cached when it last saved the file is what is read.
 */
export type GridCell = string | number | boolean | { date: string } | null;

/** A sheet or CSV file read into rows of cells, with what is known about how it was read. */
export interface ImportGrid {
  format: 'csv' | 'xlsx';
  /** Every row of the sheet, title rows included, each as long as the widest row. */
  rows: GridCell[][];
  /** Index in `rows` of the row that names the columns. */
  headerRow: number;
  /** The column names (the header row's cells as text, trimmed; empty names stay ''). */
  headers: string[];
  /** True when the workbook counts dates from 1904 (old Mac Excel): bare serials depend on it. */
  date1904: boolean;
  /** CSV: the encoding detected (`utf8`, `utf16le`, `utf16be`, `windows1252`). */
  encoding?: string;
  /** CSV: the separator detected. */
  separator?: string;
  /** XLSX: every sheet's name in workbook order, and the one read. */
  sheets?: string[];
  sheet?: string;
}

/**
 * Something wrong with one cell (or one row when `column` is null), found while reading values:
 * never thrown, always collected and shown at its place. `row` is the row number as the
 * spreadsheet shows it (1 for the first line of the file); `column` the 0-based column index.
 */
export interface ImportProblem {
  row: number;
  column: number | null;
  /** An i18n key under `import.problems`. */
  key: string;
  params?: Record<string, string | number>;
}

/** What one file (or sheet) brings in. `register`: one row per agreement with its partner city. */
export const IMPORT_TARGETS = ['register', 'city', 'agreement', 'action', 'contact'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** A cell read as a typed value, or the reason it cannot be (an i18n key with its params). */
export type CellResult<T> =
  { ok: true; value: T } | { ok: false; key: string; params?: Record<string, string | number> };

/** Shorthands for building cell results. */
export const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
export const fail = <T = never>(
  key: string,
  params?: Record<string, string | number>,
): CellResult<T> => (params ? { ok: false, key, params } : { ok: false, key });

/** A cell's text as a person reads it (numbers as typed, dates as ISO); null and '' alike. */
export function cellText(cell: GridCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell).trim();
}
