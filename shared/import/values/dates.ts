import { daysInMonth, makePartialDate, type PartialDate } from '../../domain/partialDate';
import { excelSerialToDate } from '../excelDate';
import { fold } from '../fold';
import { cellText, fail, ok, type CellResult, type GridCell } from '../types';
import { SPACES, type ValueOptions } from './options';

/** Month names and the abbreviations people and Intl write, French and English, folded. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['janvier janv jan january', 1],
    ['fevrier fevr fev feb february', 2],
    ['mars mar march', 3],
    ['avril avr apr april', 4],
    ['mai may', 5],
    ['juin jun june', 6],
    ['juillet juil jul july', 7],
    ['aout aug august', 8],
    ['septembre sept sep september', 9],
    ['octobre oct october', 10],
    ['novembre nov november', 11],
    ['decembre dec december', 12],
  ].flatMap(([names, month]) =>
    (names as string).split(' ').map((name) => [name, month as number] as const),
  ),
);

const ISO = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/;
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const NUMERIC_MONTH = /^(\d{1,2})[/.-](\d{4})$/;

/** Checks the parts and builds the partial date, or says what is wrong with them. */
function build(text: string, year: number, month?: number, day?: number): CellResult<PartialDate> {
  if (year < 1000 || year > 9999) return fail('dateInvalid', { value: text });
  if (month === undefined) return ok(makePartialDate(year));
  if (month < 1 || month > 12) return fail('dateInvalid', { value: text });
  if (day === undefined) return ok(makePartialDate(year, month));
  if (day < 1 || day > 31) return fail('dateInvalid', { value: text });
  if (day > daysInMonth(year, month)) return fail('dateNotExist', { value: text });
  return ok(makePartialDate(year, month, day));
}

/** A day number as written in words: "30", "1er" (French first of the month), "1st", "2nd". */
function dayNumber(token: string): number | undefined {
  const match = /^(\d{1,2})(?:er|st|nd|rd|th)?$/.exec(token);
  return match ? Number(match[1]) : undefined;
}

/** "janvier 1956", "Jan 1956", "30 janvier 1956", "1er mai 2006", "May 30, 1956", "sept. 2006". */
function parseWords(text: string): CellResult<PartialDate> | null {
  const tokens = fold(text).split(' ');
  const year = tokens.at(-1);
  if (!year || !/^\d{4}$/.test(year)) return null;
  const rest = tokens.slice(0, -1);
  if (rest.length === 1) {
    const month = MONTHS.get(rest[0]!);
    return month === undefined ? null : build(text, Number(year), month);
  }
  if (rest.length !== 2) return null;
  const [first, second] = rest as [string, string];
  const dayFirst = dayNumber(first);
  if (dayFirst !== undefined && MONTHS.has(second))
    return build(text, Number(year), MONTHS.get(second), dayFirst);
  const daySecond = dayNumber(second);
  if (daySecond !== undefined && MONTHS.has(first))
    return build(text, Number(year), MONTHS.get(first), daySecond);
  return null;
}

/** A date written as text, in any of the forms French and English registers use. */
function parseDateText(raw: string, options: ValueOptions): CellResult<PartialDate> {
  const text = raw.replace(SPACES, ' ').trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day] = iso;
    return build(
      text,
      Number(year),
      month ? Number(month) : undefined,
      day ? Number(day) : undefined,
    );
  }
  const numeric = NUMERIC_DAY.exec(text);
  if (numeric) {
    const [, a, b, year] = numeric as unknown as [string, string, string, string];
    if (year.length === 2) return fail('dateTwoDigitYear', { value: text });
    const [day, month] = options.dateOrder === 'dmy' ? [a, b] : [b, a];
    return build(text, Number(year), Number(month), Number(day));
  }
  const monthYear = NUMERIC_MONTH.exec(text);
  if (monthYear) return build(text, Number(monthYear[2]), Number(monthYear[1]));
  return parseWords(text) ?? fail('dateInvalid', { value: text });
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
  return parseDateText(cell, options);
}
