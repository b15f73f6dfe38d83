import { cellText } from '../../../shared/import/types';
import { csvNeedsQuotes, neutraliseCsvText } from '../../../shared/exports/formulaGuard';
import type { ImportRejectedFile, ImportRowError } from '../../../shared/schemas/imports';
import { translatorFor } from '../../core/translator';
import type { Prepared } from './prepare';

/** The rejected rows as the file had them, kept with a batch so their CSV can be made later. */
export interface RejectedRows {
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

/** How many rejected rows a batch keeps the cells of. */
const KEPT_ROWS = 10_000;

export function rejectedRowsOf(prepared: Prepared, errors: readonly ImportRowError[]): RejectedRows {
  const numbers = [...new Set(errors.map((e) => e.row))].slice(0, KEPT_ROWS);
  return {
    headers: prepared.grid.headers,
    rows: numbers.map((row) => ({
      row,
      cells: (prepared.grid.rows[row - 1] ?? []).map((cell) => cellText(cell)),
    })),
  };
}

function field(text: string, separator: string): string {
  const safe = neutraliseCsvText(text);
  return csvNeedsQuotes(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV of the rejected rows: the row number, the row's cells as in the file, and why it was
 * rejected (every problem, with its column). UTF-8 with a BOM; `;` in French, `,` in English.
 * Every text is neutralised, so a cell that looked like a formula stays text in a spreadsheet.
 */
export function rejectedCsv(
  fileName: string,
  rejected: RejectedRows,
  errors: readonly ImportRowError[],
  lang: 'fr' | 'en',
): ImportRejectedFile {
  const t = translatorFor(lang);
  const separator = lang === 'fr' ? ';' : ',';
  const reasons = new Map<number, string[]>();
  for (const error of errors) {
    const list = reasons.get(error.row) ?? [];
    list.push(error.columnName ? `${error.columnName}: ${error.message}` : error.message);
    reasons.set(error.row, list);
  }
  const line = (cells: string[]) => cells.map((cell) => field(cell, separator)).join(separator);
  const lines = [line([t('import.rejected.row') as string, ...rejected.headers, t('import.rejected.reason') as string])];
  for (const { row, cells } of rejected.rows) {
    const padded = rejected.headers.map((_, index) => cells[index] ?? '');
    lines.push(line([String(row), ...padded, (reasons.get(row) ?? []).join(' | ')]));
  }
  const stem = fileName.replace(/\.[^.]*$/, '') || 'import';
  return {
    fileName: `${stem}-${t('import.rejected.suffix') as string}.csv`,
    mime: 'text/csv',
    text: `\ufeff${lines.join('\r\n')}\r\n`,
    rows: rejected.rows.length,
  };
}
