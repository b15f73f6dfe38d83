import ExcelJS from 'exceljs';
import { excelSerialToDate } from '../../shared/import/excelDate';
import { fold } from '../../shared/import/fold';
import type { GridCell } from '../../shared/import/types';
import { importError } from './errors';
import type { ImportLimits } from './limits';
import { checkAborted, yieldToLoop, type ReadControl } from './progress';
import { damaged, unzipCapped } from './zipGuard';

/** Rows converted between two turns of the event loop. */
const ROWS_PER_TURN = 2_000;

export interface XlsxSheet {
  rows: GridCell[][];
  sheets: string[];
  sheet: string;
  date1904: boolean;
}

/** A merged range as exceljs keeps it (1-based, inclusive). */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The Excel serial exceljs turned into a Date, back to a calendar day read with our rules. */
function dateCell(date: Date, date1904: boolean): GridCell {
  const serial = date.getTime() / 86_400_000 + 25_569 - (date1904 ? 1_462 : 0);
  const day = excelSerialToDate(Math.round(serial * 86_400) / 86_400, date1904);
  return day ? { date: day } : null;
}

/**
 * A cell's value as the grid keeps it. A formula is never run: the result Excel cached when it
 * saved the file is read, and a formula without one reads as empty. Rich text reads as its
 * text, a hyperlink as its text, an error (#N/A) as its code.
 */
function gridCell(value: ExcelJS.CellValue, date1904: boolean): GridCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return dateCell(value, date1904);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result)
      return String((result as { error: unknown }).error);
    return gridCell(result as ExcelJS.CellValue, date1904);
  }
  if ('hyperlink' in value)
    return typeof value.text === 'string'
      ? value.text
      : gridCell(value.text as ExcelJS.CellValue, date1904);
  if ('error' in value) return String(value.error);
  return null;
}

/**
 * Merged cells. A range that spans rows (a partner city merged down over its three
 * agreements) fills every row of its first column with the value: each row is a record and
 * needs it. A range that spans only columns (a banner, a group header over two columns)
 * keeps the value in its first cell: copying it sideways would put one field's value into
 * others. Cells right of the first column of a merged block stay empty for the same reason.
 */
export function applyMerges(rows: GridCell[][], merges: readonly MergeRange[]): void {
  for (const merge of merges) {
    const value = rows[merge.top - 1]?.[merge.left - 1] ?? null;
    for (let r = merge.top; r <= merge.bottom; r += 1) {
      const row = rows[r - 1];
      if (!row) continue;
      for (let c = merge.left; c <= merge.right; c += 1) {
        row[c - 1] = c === merge.left ? value : null;
      }
    }
  }
}

/** Opens the workbook after the zip guard, or says why it cannot. */
async function loadWorkbook(bytes: Uint8Array, limits: ImportLimits, control: ReadControl) {
  const safe = await unzipCapped(bytes, limits, control);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength) as never);
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
  checkAborted(control.signal);
  return workbook;
}

/**
 * One sheet of an XLSX workbook as rows of cells: the sheet named `sheetName` (case and
 * accents aside) or the first; every sheet's name is listed. The zip is checked against the
 * limits before and while it is inflated; rows, columns and cell lengths after it is opened.
 */
export async function readXlsx(
  bytes: Uint8Array,
  sheetName: string | undefined,
  limits: ImportLimits,
  control: ReadControl = {},
): Promise<XlsxSheet> {
  const workbook = await loadWorkbook(bytes, limits, control);
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  if (sheets.length === 0) throw importError('noSheet', 'The workbook has no sheet');
  const worksheet =
    sheetName === undefined
      ? workbook.worksheets[0]!
      : (workbook.worksheets.find((sheet) => sheet.name === sheetName) ??
        workbook.worksheets.find((sheet) => fold(sheet.name) === fold(sheetName)));
  if (!worksheet)
    throw importError('sheetMissing', `No sheet named ${sheetName}`, {
      sheet: sheetName ?? '',
      sheets: sheets.join(', '),
    });
  if (worksheet.rowCount > limits.maxRows)
    throw importError('tooManyRows', 'Too many rows', { max: limits.maxRows });
  if (worksheet.columnCount > limits.maxColumns)
    throw importError('tooManyColumns', 'Too many columns', {
      count: worksheet.columnCount,
      max: limits.maxColumns,
    });
  const date1904 = Boolean(workbook.properties.date1904);
  const width = worksheet.columnCount;
  const rows: GridCell[][] = Array.from({ length: worksheet.rowCount }, () =>
    new Array<GridCell>(width).fill(null),
  );
  let sinceTurn = 0;
  for (let r = 1; r <= worksheet.rowCount; r += 1) {
    const row = worksheet.findRow(r);
    row?.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = gridCell(cell.value, date1904);
      if (typeof value === 'string' && value.length > limits.maxCellChars)
        throw importError('cellTooLong', 'A cell is too long', {
          row: r,
          column: c,
          length: value.length,
          max: limits.maxCellChars,
        });
      rows[r - 1]![c - 1] = value;
    });
    sinceTurn += 1;
    if (sinceTurn >= ROWS_PER_TURN) {
      sinceTurn = 0;
      control.onProgress?.({ phase: 'cells', done: r, total: worksheet.rowCount });
      await yieldToLoop();
      checkAborted(control.signal);
    }
  }
  const merges = Object.values(
    (worksheet as unknown as { _merges: Record<string, MergeRange> })._merges ?? {},
  );
  applyMerges(rows, merges);
  return { rows, sheets, sheet: worksheet.name, date1904 };
}
