import { FIELDS } from './fields';
import { fold } from './fold';
import type { GridCell } from './types';

/** How far down a header row is looked for: title blocks are a few rows, not dozens. */
const SEARCH_ROWS = 30;

let headerNames: ReadonlySet<string> | null = null;

/** Every header name any field knows, folded. */
function knownHeaderNames(): ReadonlySet<string> {
  headerNames ??= new Set(
    Object.values(FIELDS).flatMap((def) =>
      [...def.strong, ...('weak' in def ? def.weak : [])].map(fold),
    ),
  );
  return headerNames;
}

const filled = (cell: GridCell) =>
  cell !== null && !(typeof cell === 'string' && cell.trim() === '');
/** Text that is a name, not a value written as text (a CSV's "1956" or "30/01/1956"). */
const isName = (cell: GridCell) =>
  typeof cell === 'string' && cell.trim() !== '' && !/^[\d\s.,/:+-]+$/.test(cell);
/** A row of records rather than names: some cell holds a number, a date or digits. */
const looksLikeData = (row: readonly GridCell[]) =>
  row.some(
    (cell) =>
      typeof cell === 'number' ||
      (cell !== null && typeof cell === 'object') ||
      /\d/.test(String(cell ?? '')),
  );

/**
 * The index of the row that names the columns. Registers often open with a title, a date or
 * a blank line; the header is the first row that is mostly filled, all text, without repeats,
 * and either uses known header names ("Ville", "Date de signature") or has a row of data
 * under it that is at least half as wide. With no such row, the first filled row is taken.
 */
export function detectHeaderRow(rows: readonly (readonly GridCell[])[]): number {
  const width = Math.max(0, ...rows.slice(0, SEARCH_ROWS).map((row) => row.filter(filled).length));
  const known = knownHeaderNames();
  let firstFilled = -1;
  for (let index = 0; index < Math.min(rows.length, SEARCH_ROWS); index += 1) {
    const cells = rows[index]!.filter(filled);
    if (cells.length === 0) continue;
    if (firstFilled < 0) firstFilled = index;
    if (cells.length < 2 || cells.length < width / 2 || !cells.every(isName)) continue;
    const names = cells.map((cell) => fold(String(cell)));
    if (new Set(names).size !== names.length) continue;
    const knownCount = names.filter((name) => known.has(name)).length;
    if (knownCount >= Math.min(2, cells.length)) return index;
    const next = rows.slice(index + 1).find((row) => row.some(filled));
    if (next && next.filter(filled).length >= cells.length / 2 && looksLikeData(next)) return index;
  }
  return Math.max(firstFilled, 0);
}
