import type Database from 'better-sqlite3';
import { suggestMapping } from '../../../shared/import/mapping';
import { cellText, type ImportGrid, type ImportTarget } from '../../../shared/import/types';
import type { ImportColumn, ImportInspection } from '../../../shared/schemas/imports';
import { savedMapping } from './savedMappings';
import { dataRowCount } from './source';

/** How many sample values each column shows. */
const SAMPLES = 5;

function columnsOf(grid: ImportGrid): ImportColumn[] {
  return grid.headers.map((header, index) => {
    const samples: string[] = [];
    for (let row = grid.headerRow + 1; row < grid.rows.length && samples.length < SAMPLES; row += 1) {
      const text = cellText(grid.rows[row]![index] ?? null);
      if (text !== '') samples.push(text.slice(0, 200));
    }
    return { index, header, samples };
  });
}

/**
 * What the mapping screen needs about a file read into a grid: how it was read, its columns
 * with samples, the suggested mapping and the one saved for the same headers.
 */
export function inspectGrid(
  db: Database.Database,
  grid: ImportGrid,
  file: { fileId: string; fileName: string },
  target: ImportTarget,
): ImportInspection {
  const suggested = suggestMapping(grid.headers, target);
  return {
    ...file,
    format: grid.format,
    sheets: grid.sheets ?? [],
    sheet: grid.sheet ?? null,
    encoding: grid.encoding ?? null,
    separator: grid.separator ?? null,
    headerRow: grid.headerRow,
    titleRows: grid.rows
      .slice(0, grid.headerRow)
      .map((row) => row.map((cell) => cellText(cell)).filter((text) => text !== ''))
      .filter((row) => row.length > 0),
    columns: columnsOf(grid),
    rowCount: dataRowCount(grid),
    target,
    suggestedMapping: suggested,
    savedMapping: savedMapping(db, suggested.fingerprint, target),
  };
}
