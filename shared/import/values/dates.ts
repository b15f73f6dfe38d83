import { parseDateText } from '../../domain/dateText';
import { daysInMonth, makePartialDate, type PartialDate } from '../../domain/partialDate';
import { excelSerialToDate } from '../excelDate';
import { cellText, fail, ok, type CellResult, type GridCell } from '../types';
import { SPACES, type ValueOptions } from './options';

const NUMERIC_DAY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;

/**
 * Why a text is no date, for its problem: a two-digit year, a day the month does not have
 * (31/02/2004), or no date at all.
 */
function whyNotADate(text: string, options: ValueOptions): string {
  const numeric = NUMERIC_DAY.exec(text);
  if (!numeric) return 'dateInvalid';
  const [, a, b, year] = numeric as unknown as [string, string, string, string];
  if (year.length === 2) return 'dateTwoDigitYear';
  const [day, month] = (options.dateOrder === 'dmy' ? [a, b] : [b, a]).map(Number) as [
    number,
    number,
  ];
  const exists = month >= 1 && month <= 12 && day >= 1 && day <= 31;
  return exists && day > daysInMonth(Number(year), month) ? 'dateNotExist' : 'dateInvalid';
}

/**
 * A date written as text, read by the app's own reader of typed dates (`dateText.ts`: numeric
 * forms in the file's order, month names in French and English, ISO), so a date reads the same
 * in a form and in an import. Day-first files are read the French way, month-first the English.
 */
function parseTextDate(raw: string, options: ValueOptions): CellResult<PartialDate> {
  const text = raw.replace(SPACES, ' ').trim();
  const read = parseDateText(text, options.dateOrder === 'dmy' ? 'fr' : 'en');
  if ('date' in read && read.date !== null) return ok(read.date);
  return fail(whyNotADate(text, options), { value: text });
}

/**
 * A cell as a partial date with its precision: 30/01/1956 (day), 04/2006 (month), 2005
 * (year), "janvier 1956", "Jan 1956", 1956-01-30, an XLSX date cell, or a bare Excel serial
 * number (read with the workbook's date system). A date that does not exist (31/02/2004) or
 * text that is no date is a problem, never a throw. Empty cells are `null`.
 */
export function parseDateCell(
  cell: GridCell,
  options: ValueOptions,
): CellResult<PartialDate | null> {
  if (cell === null || cell === '') return ok(null);
  if (typeof cell === 'object') return ok(cell.date);
  if (typeof cell === 'boolean') return fail('dateInvalid', { value: String(cell) });
  if (typeof cell === 'number') {
    // A whole number that reads as a year is one: a column of years is common, and serial
    // 1956 (9 May 1905) is far less likely in a register than the year 1956.
    if (Number.isInteger(cell) && cell >= 1000 && cell <= 2999) return ok(makePartialDate(cell));
    const day = excelSerialToDate(cell, options.date1904);
    return day ? ok(day) : fail('dateInvalid', { value: String(cell) });
  }
  if (cellText(cell) === '') return ok(null);
  return parseTextDate(cell, options);
}
