import { suggestMapping } from '../../../shared/import/mapping';
import { cellText, type ImportGrid } from '../../../shared/import/types';
import { importError } from '../../import/errors';
import type { ReadControl } from '../../import/progress';
import { readImportBytes } from '../../import/readGrid';

/** How a file is read for the import: which sheet, which header row, on which thread. */
export interface SourceOptions extends ReadControl {
  sheet?: string | undefined;
  /** 0-based header row chosen by the user; detected when absent. */
  headerRow?: number | undefined;
  /** Parse XLSX on this thread (command line, tests); the app uses a worker. */
  inProcess?: boolean;
}

/** How many columns of a sheet name a field: how much it looks like a register. */
function namedColumns(grid: ImportGrid): number {
  return suggestMapping(grid.headers, 'register').columns.filter((choice) => choice.use === 'field').length;
}

/**
 * A file's bytes read into a grid, with the header row the user chose instead of the one
 * detected. A header row past the end of the sheet is refused. A workbook read without a
 * sheet named gives the first sheet that looks like a table (the app's own export opens with
 * a summary sheet): the first whose columns name at least two fields, else the first sheet.
 */
export async function readSource(bytes: Uint8Array, options: SourceOptions = {}): Promise<ImportGrid> {
  const read = (sheet: string | undefined) =>
    readImportBytes(bytes, {
      ...(sheet !== undefined ? { sheet } : {}),
      ...(options.inProcess ? { inProcess: true } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  let grid = await read(options.sheet);
  if (options.sheet === undefined && grid.format === 'xlsx' && namedColumns(grid) < 2) {
    for (const sheet of (grid.sheets ?? []).slice(1)) {
      const other = await read(sheet);
      if (namedColumns(other) >= 2) {
        grid = other;
        break;
      }
    }
  }
  return withHeaderRow(grid, options.headerRow);
}

/** A grid with the header row the user chose (0-based) instead of the one detected; refused past the end. */
export function withHeaderRow(grid: ImportGrid, headerRow: number | undefined): ImportGrid {
  if (headerRow === undefined || headerRow === grid.headerRow) return grid;
  if (headerRow >= grid.rows.length)
    throw importError('headerRowMissing', 'No such header row', { row: headerRow + 1, rows: grid.rows.length });
  return { ...grid, headerRow, headers: grid.rows[headerRow]!.map((cell) => cellText(cell)) };
}

/** Data rows under the header that hold something. */
export function dataRowCount(grid: ImportGrid): number {
  let count = 0;
  for (let index = grid.headerRow + 1; index < grid.rows.length; index += 1)
    if (grid.rows[index]!.some((cell) => cellText(cell) !== '')) count += 1;
  return count;
}
