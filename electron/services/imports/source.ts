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

/**
 * A file's bytes read into a grid, with the header row the user chose instead of the one
 * detected. A header row past the end of the sheet is refused.
 */
export async function readSource(bytes: Uint8Array, options: SourceOptions = {}): Promise<ImportGrid> {
  const grid = await readImportBytes(bytes, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.inProcess ? { inProcess: true } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const headerRow = options.headerRow;
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
