import type Database from 'better-sqlite3';
import type { FieldKey } from '../../../shared/import/fields';
import type { ImportMapping } from '../../../shared/import/mapping';
import { recordParts } from '../../../shared/import/records';
import { buildRows, type ImportRows } from '../../../shared/import/rows';
import { cellText, type GridCell, type ImportGrid, type ImportProblem } from '../../../shared/import/types';
import type { ImportProblemView, ParsedImportPreview } from '../../../shared/schemas/imports';
import { listThemes } from '../themes/themes';
import { importError } from '../../import/errors';
import { checkAborted, yieldToLoop } from '../../import/progress';
import { planImport, type ImportPlan } from './plan';

/** A file read through its mapping and planned against the register: what preview and run share. */
export interface Prepared {
  grid: ImportGrid;
  mapping: ImportMapping;
  built: ImportRows;
  plan: ImportPlan;
  problems: ImportProblemView[];
  /** Theme id → label in the request's language. */
  themeLabels: ReadonlyMap<string, string>;
}

type PrepareRequest = Pick<ParsedImportPreview, 'mapping' | 'unknownColumns' | 'onMatch' | 'fixes' | 'skipRows' | 'lang'>;

/** The grid with the user's fixes typed over its cells (the file itself is never changed). */
export function applyFixes(grid: ImportGrid, fixes: PrepareRequest['fixes']): ImportGrid {
  if (fixes.length === 0) return grid;
  const rows = [...grid.rows];
  for (const fix of fixes) {
    const index = fix.row - 1;
    if (index <= grid.headerRow || index >= rows.length) continue;
    const cells: GridCell[] = [...rows[index]!];
    if (fix.column >= cells.length) continue;
    cells[fix.column] = fix.value.trim() === '' ? null : fix.value;
    rows[index] = cells;
  }
  return { ...grid, rows };
}

/** The mapping as it applies: columns kept as notes dropped when the user chose to ignore unknown columns. */
function effectiveMapping(grid: ImportGrid, request: PrepareRequest): ImportMapping {
  const { mapping } = request;
  if (mapping.columns.length !== grid.headers.length)
    throw importError('mappingMismatch', 'The mapping does not fit the file', {
      columns: grid.headers.length,
      mapped: mapping.columns.length,
    });
  if (request.unknownColumns === 'notes') return mapping;
  return {
    ...mapping,
    columns: mapping.columns.map((choice) => (choice.use === 'notes' ? { ...choice, use: 'ignore' } : choice)),
  };
}

/** A problem as the screen shows it: with its column's header, field and the cell as read. */
function problemView(grid: ImportGrid, mapping: ImportMapping, problem: ImportProblem): ImportProblemView {
  const choice = problem.column === null ? undefined : mapping.columns[problem.column];
  return {
    row: problem.row,
    column: problem.column,
    columnName: problem.column === null ? null : (grid.headers[problem.column] ?? null),
    field: choice?.use === 'field' ? choice.field : null,
    code: problem.key,
    params: problem.params ?? {},
    value: problem.column === null ? '' : cellText(grid.rows[problem.row - 1]?.[problem.column] ?? null),
  };
}

/** Rows read per turn of the event loop. */
const CHUNK_ROWS = 2_000;

/** What a long preparation reports to and is stopped by. */
export interface PrepareControl {
  signal?: AbortSignal | undefined;
  onRows?: (done: number, total: number) => void;
}

/**
 * `buildRows` a chunk at a time, giving the event loop a turn between chunks (progress and a
 * Cancel click keep being answered): a chunk is the grid cut after its last row, with the
 * "header" moved down to the row before its first, so row numbers stay those of the file.
 */
async function buildRowsInChunks(
  grid: ImportGrid,
  mapping: ImportMapping,
  themes: Parameters<typeof buildRows>[2],
  control: PrepareControl,
): Promise<ImportRows> {
  const total = grid.rows.length - grid.headerRow - 1;
  if (total <= CHUNK_ROWS) return buildRows(grid, mapping, themes);
  const all: ImportRows = { rows: [], problems: [], missingFields: [] };
  for (let start = grid.headerRow + 1; start < grid.rows.length; start += CHUNK_ROWS) {
    checkAborted(control.signal);
    const end = Math.min(start + CHUNK_ROWS, grid.rows.length);
    const chunk = buildRows({ ...grid, headerRow: start - 1, rows: grid.rows.slice(0, end) }, mapping, themes);
    for (const row of chunk.rows) all.rows.push(row);
    for (const problem of chunk.problems) all.problems.push(problem);
    all.missingFields = chunk.missingFields;
    control.onRows?.(end - grid.headerRow - 1, total);
    await yieldToLoop();
  }
  return all;
}

/** Reads every row through the mapping and plans it. Writes nothing. */
export async function prepareImport(
  db: Database.Database,
  source: ImportGrid,
  request: PrepareRequest,
  control: PrepareControl = {},
): Promise<Prepared> {
  const grid = applyFixes(source, request.fixes);
  const mapping = effectiveMapping(grid, request);
  const themes = listThemes(db);
  const built = await buildRowsInChunks(grid, mapping, themes, control);
  checkAborted(control.signal);
  const columnOf = new Map<FieldKey, number>();
  mapping.columns.forEach((choice, column) => {
    if (choice.use === 'field') columnOf.set(choice.field, column);
  });
  const themeLabels = new Map(themes.map((t) => [t.id, request.lang === 'fr' ? t.labelFr : t.labelEn]));
  const plan = planImport(db, built.rows, {
    target: mapping.target,
    onMatch: request.onMatch,
    columnOf,
    notesColumns: mapping.columns.some((choice) => choice.use === 'notes'),
    skipRows: new Set(request.skipRows),
    lang: request.lang,
    themeLabels,
  });
  const skipped = new Set(request.skipRows);
  const problems = [...built.problems, ...plan.problems]
    .filter((problem) => !skipped.has(problem.row))
    .sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1))
    .map((problem) => problemView(grid, mapping, problem));
  return { grid, mapping, built, plan, problems, themeLabels };
}

/** A stored value as the preview shows it. */
function shown(value: unknown, themeLabels: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => themeLabels.get(String(v)) ?? shown(v, themeLabels)).join('; ');
  if (typeof value === 'object') {
    const money = value as { amountMinor?: number; currency?: string };
    if (typeof money.amountMinor === 'number') return `${(money.amountMinor / 100).toFixed(2)} ${money.currency ?? ''}`.trim();
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * A row that will not be stored (a problem, or skipped): its mapped cells as the file writes
 * them, so the preview still shows which row it is ("Tbilissi", "31/02/2004").
 */
export function cellValues(prepared: Prepared, row: number): Partial<Record<FieldKey, string>> {
  const cells = prepared.grid.rows[row - 1] ?? [];
  const values: Partial<Record<FieldKey, string>> = {};
  prepared.mapping.columns.forEach((choice, column) => {
    if (choice.use !== 'field') return;
    const text = cellText(cells[column] ?? null);
    if (text !== '') values[choice.field] = text;
  });
  return values;
}

/** A row's values by field, as they will be stored. */
export function rowValues(
  prepared: Prepared,
  record: Record<string, unknown>,
): Partial<Record<FieldKey, string>> {
  const values: Partial<Record<FieldKey, string>> = {};
  for (const part of recordParts(prepared.mapping.target, {}, '').parts) {
    const stored = record[part.name] as Record<string, unknown> | undefined;
    if (!stored) continue;
    for (const [property, field] of Object.entries(part.fields)) {
      const text = shown(stored[property], prepared.themeLabels);
      if (text !== '') values[field] = text;
    }
  }
  // How a row names the records it belongs to (agreements, actions and contacts sheets).
  const ref = (record.city ?? record.agreement) as { name?: unknown; country?: unknown; signedOn?: unknown } | null;
  if (ref && typeof ref.name === 'string' && !('cityName' in values)) {
    values.cityName = ref.name;
    if (typeof ref.country === 'string') values.country = ref.country;
    if (typeof ref.signedOn === 'string') values.agreementSignedOn = ref.signedOn;
  }
  // The agreement a contact follows, as its row names it.
  if (prepared.mapping.target === 'contact') {
    const key = record.agreement as { kind?: unknown; signedOn?: unknown } | null | undefined;
    if (typeof key?.kind === 'string') values.kind = key.kind;
    if (typeof key?.signedOn === 'string') values.agreementSignedOn = key.signedOn;
  }
  return values;
}
