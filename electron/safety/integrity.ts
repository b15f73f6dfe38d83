import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { registerSqlFunctions } from '../db/functions';
import { NotAccordsError, schemaMismatch } from '../db/identity';
import { NewerSchemaError } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { Migration } from '../db/migrations/types';
import { errorCode, messageOf } from './files';
import type { CheckResult, DatabaseProblem, TableCounts } from './types';

export interface CheckOptions {
  /**
   * `PRAGMA integrity_check` (every page, every index against its table) and
   * `PRAGMA foreign_key_check` instead of `quick_check`.
   */
  full?: boolean;
  /**
   * Read every page (`quick_check`, or `integrity_check` with `full`). Default true; false only
   * for a file a clean close vouches for (cleanClose.ts): its schema and identity are still checked.
   */
  pages?: boolean;
  /**
   * Count every table's rows into the result (default true: backups and archives compare them).
   * False at start: only whether the file has tables (`empty`) is needed there.
   */
  counts?: boolean;
  /** The schema steps this build knows (tests pass their own). */
  migrations?: readonly Migration[];
}

/**
 * Opens a database file read-only. Reading a WAL database may create an empty `-wal` and a
 * `-shm` next to it (SQLite's shared index), but never changes the database or its WAL:
 * a read-only connection neither recovers into the file nor checkpoints.
 */
export function openReadOnly(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // Indexes or views may use Accords' SQL functions: without them a check would fail for nothing.
    registerSqlFunctions(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Every ordinary table of the file with its number of rows. Virtual tables (full-text search)
 * and their shadow tables are left out: they are derived from the others, and counting a
 * virtual table needs its module.
 */
export function tableCounts(db: Database.Database): TableCounts {
  const counts: TableCounts = {};
  for (const table of ordinaryTables(db)) {
    // Identifiers cannot be bound; these names come from the file's own schema and are quoted.
    counts[table] = db
      .prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
}

/** The ordinary tables of the file (see `tableCounts`), sorted. */
function ordinaryTables(db: Database.Database): string[] {
  return (db.pragma('table_list') as { schema: string; name: string; type: string }[])
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();
}

/** Whether any ordinary table holds a row: `totalRows(tableCounts(db)) > 0` without counting them all. */
export function hasAnyRow(db: Database.Database): boolean {
  return ordinaryTables(db).some(
    (table) => db.prepare(`SELECT 1 FROM "${table.replaceAll('"', '""')}" LIMIT 1`).get() !== undefined,
  );
}

/** The total number of rows across tables. */
export function totalRows(counts: TableCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/**
 * Sorts an error thrown while opening or reading a database into a problem. Anything that is
 * not evidence of a damaged file (permissions, a full disk, a lock, an unknown failure) is
 * `unavailable`: the file may be fine and must not be moved aside for it.
 */
export function classifyError(error: unknown): DatabaseProblem {
  if (error instanceof NewerSchemaError) return 'newer-schema';
  if (error instanceof NotAccordsError) return 'not-accords';
  const code = errorCode(error) ?? '';
  if (code.startsWith('SQLITE_NOTADB')) return 'notadb';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') return 'corrupt';
  return 'unavailable';
}

/**
 * Checks a database file without modifying it: readable as SQLite, `quick_check` (or, with
 * `full`, `integrity_check`) answering "ok", an Accords schema this build can open. Never throws.
 */
export function checkDatabaseFile(file: string, options: CheckOptions = {}): CheckResult {
  const started = performance.now();
  const level = options.full ? 'full' : 'quick';
  const done = (result: Omit<CheckResult, 'level' | 'ms'>): CheckResult => ({
    ...result,
    level,
    ms: Math.round(performance.now() - started),
  });
  if (!existsSync(file))
    return done({ ok: false, problem: 'missing', detail: `No database file at ${file}` });
  let db: Database.Database | undefined;
  try {
    if (!statSync(file).isFile())
      return done({ ok: false, problem: 'notadb', detail: `${file} is not a file` });
    db = openReadOnly(file);
    const rows = (
      options.pages === false
        ? [{ check: 'ok' }]
        : db.pragma(options.full ? 'integrity_check(20)' : 'quick_check(20)')
    ) as Record<string, string>[];
    const messages = rows.map((row) => String(Object.values(row)[0]));
    if (messages.length !== 1 || messages[0] !== 'ok') {
      const first = messages.join(' / ').replace(/\s+/g, ' ').slice(0, 300);
      return done({
        ok: false,
        problem: 'check-failed',
        detail: `${options.full ? 'integrity_check' : 'quick_check'} failed: ${first}`,
      });
    }
    if (options.full) {
      // Accords always writes with foreign_keys ON: a dangling reference means pages that do not
      // belong together (typically a stale -wal replayed onto the wrong file), which
      // integrity_check alone may not see.
      const dangling = db.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (dangling.length > 0) {
        const first = dangling[0]!;
        return done({
          ok: false,
          problem: 'check-failed',
          detail: `foreign_key_check failed: ${dangling.length} row(s) point to missing records (first: ${first.table} → ${first.parent})`,
        });
      }
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    const counts = options.counts === false ? undefined : tableCounts(db);
    const empty = ordinaryTables(db).length === 0;
    const migrations = options.migrations ?? MIGRATIONS;
    const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
    if (version > latest) {
      return done({
        ok: false,
        problem: 'newer-schema',
        detail: `Written by a newer version of Accords (schema ${version}; this version knows up to ${latest})`,
        schemaVersion: version,
        counts,
        empty,
      });
    }
    // Not the version alone: another program's file, or ours with a trigger added behind
    // Accords' back, differs from the schema the migrations produce (see db/identity.ts).
    const foreign = schemaMismatch(db, migrations);
    if (foreign) {
      return done({
        ok: false,
        problem: 'not-accords',
        detail: `Not an Accords database: ${foreign}`,
        schemaVersion: version,
        counts,
        empty,
      });
    }
    return done({ ok: true, detail: 'ok', schemaVersion: version, counts, empty });
  } catch (error) {
    const problem = classifyError(error);
    return done({
      ok: false,
      problem,
      detail: `${errorCode(error) ?? 'error'}: ${messageOf(error)}`,
    });
  } finally {
    db?.close();
  }
}
