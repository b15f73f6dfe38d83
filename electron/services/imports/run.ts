import type Database from 'better-sqlite3';
import type { Change } from '../../../shared/ipc/changes';
import {
  IMPORT_MAX_LISTED_CHANGES,
  type ImportChange,
  type ImportProblemView,
  type ImportResult,
  type ImportRowError,
  type ImportJobStatus,
  type ParsedImportRun,
} from '../../../shared/schemas/imports';
import { collectChanges } from '../../core/changes';
import { withStatementCache } from '../../db/statementCache';
import { DomainError } from '../../core/errors';
import { importError } from '../../import/errors';
import { checkAborted } from '../../import/progress';
import type { HandlerContext } from '../../core/context';
import { translatorFor } from '../../core/translator';
import { now } from '../common/clock';
import { lastAuditRowid, recordBatch } from './batches';
import { executePlan, type ExecuteOptions, type Execution, type RowFailure } from './execute';
import { prepareImport, type Prepared } from './prepare';
import { saveMapping } from './savedMappings';
import { readSource } from './source';
import type { ImportGrid } from '../../../shared/import/types';
import { rejectedRowsOf, type RejectedRows } from './rejected';

/**
 * One import from a file's bytes to its report: read, check, plan, then (a real run) back up
 * and write everything in one transaction, recorded as a batch. A dry run writes the same way
 * inside a transaction that is rolled back, so it reports exactly what the commit would do —
 * the services' own rules included — and leaves the database as it was.
 */

export type ImportTarget = Pick<HandlerContext, 'db' | 'dataDir' | 'takeBackup'>;

export interface RunControl {
  signal?: AbortSignal;
  onProgress?: (progress: Pick<ImportJobStatus, 'phase' | 'done' | 'total'>) => void;
  /** Parse XLSX on this thread (command line, tests). */
  inProcess?: boolean;
  /** Take the automatic backup before writing (default true). */
  backup?: boolean;
  /** The file already read (the command line reads it once to find its mapping). */
  grid?: ImportGrid;
}

export interface RunOutcome {
  result: ImportResult;
  /** The change events of what was written (empty for a dry run or a refusal). */
  changes: Change[];
  /** The rejected rows' cells, for their CSV. */
  rejected: RejectedRows;
}

/** Thrown inside a dry run's transaction to roll it back. */
class RollBack extends Error {}

function rowErrors(
  problems: readonly ImportProblemView[],
  failures: readonly RowFailure[],
  lang: ParsedImportRun['lang'],
): ImportRowError[] {
  const t = translatorFor(lang);
  const message = (code: string, params: Record<string, string | number>) => {
    const text = t(code, params) as string;
    return text === code ? code : text;
  };
  return [
    ...problems.map((p) => ({
      row: p.row,
      column: p.column,
      columnName: p.columnName,
      code: p.code,
      params: p.params,
      message: message(p.code, { value: p.value, ...p.params }),
    })),
    ...failures.map((f) => ({
      row: f.row,
      column: null,
      columnName: null,
      code: f.key,
      params: f.params,
      message: message(f.key, f.params),
    })),
  ].sort((a, b) => a.row - b.row);
}

const emptyCounts = () => ({ created: 0, updated: 0, skipped: 0 });

/** The report of a run: counts, every change, every rejected row. */
function report(
  prepared: Prepared,
  execution: Execution | null,
  options: { dryRun: boolean; refused: boolean; lang: ParsedImportRun['lang'] },
): Omit<ImportResult, 'batchId' | 'backup'> {
  const failures = execution?.failures ?? [];
  const failed = new Set(failures.map((f) => f.row));
  const byEntity: ImportResult['byEntity'] = {
    city: emptyCounts(),
    agreement: emptyCounts(),
    action: emptyCounts(),
    contact: emptyCounts(),
  };
  const changes: ImportChange[] = [];
  let changesTotal = 0;
  let rejected = 0;
  let skippedRows = 0;
  for (const planned of prepared.plan.rows) {
    if (planned.outcome === 'invalid' || failed.has(planned.row)) {
      rejected += 1;
      continue;
    }
    if (planned.reason === 'userSkipped') {
      skippedRows += 1;
      continue;
    }
    if (options.refused) continue;
    const ids = execution?.ids.get(planned) ?? [];
    planned.ops.forEach((op, index) => {
      const counts = byEntity[op.entity];
      if (op.op === 'create') counts.created += 1;
      else if (op.op === 'update') counts.updated += 1;
      else counts.skipped += 1;
      changesTotal += 1;
      if (changes.length >= IMPORT_MAX_LISTED_CHANGES) return;
      const storedId = 'id' in op.ref ? op.ref.id : null;
      changes.push({
        row: planned.row,
        entity: op.entity,
        id: options.dryRun && op.op === 'create' ? null : (ids[index] ?? storedId),
        op: op.op,
        label: op.label,
        ...(op.fields ? { fields: op.fields } : {}),
        ...(op.reason ? { reason: op.reason } : {}),
      });
    });
  }
  const sum = (key: 'created' | 'updated' | 'skipped') =>
    Object.values(byEntity).reduce((total, counts) => total + counts[key], 0);
  return {
    dryRun: options.dryRun,
    refused: options.refused,
    created: sum('created'),
    updated: sum('updated'),
    skipped: sum('skipped') + skippedRows,
    rejected,
    byEntity,
    errors: rowErrors(prepared.problems, failures, options.lang),
    changes,
    changesTotal,
  };
}

/** Reads, checks and plans a file (the shared first half of preview and run). */
export async function prepareFile(
  db: Database.Database,
  bytes: Uint8Array,
  request: ParsedImportRun | Omit<ParsedImportRun, 'dryRun' | 'skipInvalid'>,
  control: RunControl = {},
  /** False for the preview, which shows the fields left without a column instead of refusing. */
  requireComplete = true,
): Promise<Prepared> {
  control.onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const grid = control.grid ?? await readSource(bytes, {
    sheet: request.sheet,
    headerRow: request.headerRow,
    ...(control.inProcess ? { inProcess: true } : {}),
    ...(control.signal ? { signal: control.signal } : {}),
    onProgress: (p) => control.onProgress?.({ phase: 'reading', done: p.done, total: p.total }),
  });
  const prepared = await prepareImport(db, grid, request, {
    signal: control.signal,
    onRows: (done, total) => control.onProgress?.({ phase: 'checking', done, total }),
  });
  if (requireComplete && prepared.built.missingFields.length > 0)
    throw new DomainError('rule', 'import.errors.mappingIncomplete', `Required fields have no column: ${prepared.built.missingFields.join(', ')}`, [], {
      fields: prepared.built.missingFields.join(', '),
    });
  return prepared;
}

/** Thrown inside the commit's transaction when another connection wrote since the plan was made. */
class RegisterChanged extends Error {}

/** How many times an import is planned afresh when the register changed under it. */
const PLAN_ATTEMPTS = 3;

/** SQLite's count of commits by other connections to the file, as this connection saw them. */
const dataVersion = (db: Database.Database) => db.pragma('data_version', { simple: true }) as number;

/**
 * A whole import: the report, and the change events of what it wrote.
 *
 * The plan is made against the register as it is; on a worker thread (electron/workers/) the
 * main thread may still write while the file is checked and the backup taken. So the commit's
 * transaction, holding the write lock, first checks that no other connection committed since
 * the plan (`data_version`), and else plans again from the start — never writes a stale plan
 * (a city typed on screen meanwhile would be created twice, an update written over an edit).
 */
export async function runImport(
  target: ImportTarget,
  file: { name: string; bytes: Uint8Array },
  request: ParsedImportRun,
  control: RunControl = {},
): Promise<RunOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runOnce(target, file, request, control);
    } catch (error) {
      if (!(error instanceof RegisterChanged)) throw error;
      if (attempt >= PLAN_ATTEMPTS)
        throw importError('registerChanged', 'The register kept changing while the import was being prepared', {
          attempts: attempt,
        });
    }
  }
}

async function runOnce(
  target: ImportTarget,
  file: { name: string; bytes: Uint8Array },
  request: ParsedImportRun,
  control: RunControl,
): Promise<RunOutcome> {
  const { db } = target;
  const prepared = await prepareFile(db, file.bytes, request, control);
  const planned = dataVersion(db);
  checkAborted(control.signal);
  const invalid = prepared.plan.rows.some((row) => row.outcome === 'invalid');
  const base = { batchId: null, backup: null };
  const outcome = (result: ImportResult, changes: Change[] = []): RunOutcome => ({
    result,
    changes,
    rejected: rejectedRowsOf(prepared, result.errors),
  });
  if (invalid && !request.skipInvalid)
    return outcome({ ...base, ...report(prepared, null, { ...request, refused: true }) });
  const total = prepared.plan.rows.length;
  // Each row written is reported, and a cancel stops the write there: the transaction is
  // rolled back (on a worker thread the signal is answered between rows: importWorker.ts).
  const writing: ExecuteOptions = {
    onRow: (done) => {
      control.onProgress?.({ phase: 'writing', done, total });
      checkAborted(control.signal);
    },
  };

  if (request.dryRun) {
    control.onProgress?.({ phase: 'writing', done: 0, total });
    let execution: Execution | null = null;
    try {
      db.transaction(() => {
        execution = withStatementCache(db, () => executePlan(db, prepared.plan, { ...writing, dryRun: true }));
        throw new RollBack();
      }).immediate();
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
    const ran = execution as Execution | null;
    const refused = (ran?.failures.length ?? 0) > 0 && !request.skipInvalid;
    return outcome({ ...base, ...report(prepared, ran, { ...request, refused }) });
  }

  const writes = prepared.plan.rows.some((row) => row.outcome === 'create' || row.outcome === 'update');
  let backup: string | null = null;
  if (writes && control.backup !== false) {
    control.onProgress?.({ phase: 'backup', done: 0, total: 0 });
    backup = target.takeBackup('import').name;
  }
  checkAborted(control.signal);
  control.onProgress?.({ phase: 'writing', done: 0, total });
  let refusedExecution: Execution | null = null;
  try {
    const { value, changes } = collectChanges(db, () =>
      db
        .transaction(() => {
          if (dataVersion(db) !== planned) throw new RegisterChanged();
          const first = lastAuditRowid(db);
          const execution = withStatementCache(db, () => executePlan(db, prepared.plan, writing));
          if (execution.failures.length > 0 && !request.skipInvalid) {
            refusedExecution = execution;
            throw new RollBack();
          }
          const result = report(prepared, execution, { ...request, refused: false });
          let batchId: string | null = null;
          if (execution.items.length > 0)
            batchId = recordBatch(db, {
              fileName: file.name,
              mapping: prepared.mapping,
              onMatch: request.onMatch,
              counts: result,
              errors: result.errors,
              rejectedRows: rejectedRowsOf(prepared, result.errors),
              backup,
              firstAuditRowid: first,
              items: execution.items,
            });
          saveMapping(db, request.mapping, now());
          return { ...result, batchId, backup };
        })
        .immediate(),
    );
    control.onProgress?.({ phase: 'finishing', done: total, total });
    return outcome(value, changes);
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    const result = report(prepared, refusedExecution, { ...request, refused: true });
    return outcome({ ...result, batchId: null, backup });
  }
}
