/**
 * The one place the import's cell readers are chosen. Text dates and amounts are read by the
 * app's own readers of typed input (`shared/domain/dateText.ts`, `amountText.ts`), wrapped in
 * `values/` with what only a spreadsheet has: date cells and Excel serials, currency signs and
 * codes, signs and brackets, and a problem that says what is wrong.
 */
import type { Money } from '../domain/money';
import type { PartialDate } from '../domain/partialDate';
import { parseAmountCell } from './values/amounts';
import { parseDateCell } from './values/dates';
import type { ValueOptions } from './values/options';
import { SPACES } from './values/options';
import { cellText, fail, ok, type CellResult, type GridCell } from './types';

export interface CellParsers {
  date(cell: GridCell, options: ValueOptions): CellResult<PartialDate | null>;
  amount(cell: GridCell, options: ValueOptions): CellResult<Money | null>;
  number(cell: GridCell, options: ValueOptions): CellResult<number | null>;
}

/** A plain decimal number (a latitude): "48,8566" in French, "48.8566" in English, or a cell's number. */
function parseNumberCell(cell: GridCell, options: ValueOptions): CellResult<number | null> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('numberInvalid');
  const text = cellText(cell);
  if (text === '') return ok(null);
  if (typeof cell !== 'string') return fail('numberInvalid', { value: text });
  let compact = text.replace(SPACES, '').replace(/\u2212/g, '-');
  if (options.locale === 'fr' || !compact.includes('.')) compact = compact.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return fail('numberInvalid', { value: text });
  return ok(Number(compact));
}

export const cellParsers: CellParsers = {
  date: parseDateCell,
  amount: parseAmountCell,
  number: parseNumberCell,
};
