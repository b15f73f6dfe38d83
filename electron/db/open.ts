import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertAccordsSchema, markAsAccords } from './identity';
import { assertSupportedVersion, migrate } from './migrate';
import type { Migration } from './migrations/types';
import { loadReaderLanguage, registerSqlFunctions } from './functions';

export interface OpenOptions {
  /** Open without writing: no migration, for checks and read-only tools. */
  readonly?: boolean;
  migrations?: readonly Migration[];
  /** Called once before pending migrations run (e.g. to take a backup of `db` as it still is). */
  beforeMigrate?: (from: number, to: number, db: Database.Database) => void;
}

/**
 * Opens the Accords database: WAL, foreign keys, a busy timeout and synchronous FULL (a typed
 * record must survive a power cut), then brings the schema up to date. Refuses a database
 * written by a newer version (`NewerSchemaError`).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  if (!options.readonly) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    db.pragma('busy_timeout = 5000');
    sizePageCache(db);
    // Savepoints journal the pages they touch in a temporary file; in memory instead. An
    // import writes each row in its own savepoint (a refused row is rolled back alone), and
    // those temporary-file writes were a third of its time. A savepoint holds only the pages
    // it touched (a row's few), so the memory stays small.
    db.pragma('temp_store = MEMORY');
    if (!options.readonly) {
      // Refuse a newer file before anything writes to it: switching to WAL rewrites its header.
      assertSupportedVersion(db, options.migrations);
      // A foreign file, or ours with a trigger or table added behind Accords' back, is refused
      // before anything (WAL, migrations) writes to it.
      assertAccordsSchema(db, options.migrations);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    registerSqlFunctions(db);
    if (!options.readonly) {
      migrate(db, {
        ...(options.migrations ? { migrations: options.migrations } : {}),
        ...(options.beforeMigrate ? { before: (from: number, to: number) => options.beforeMigrate!(from, to, db) } : {}),
      });
      markAsAccords(db);
    }
    loadReaderLanguage(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Page cache of the connection, in KiB (SQLite's `cache_size` when negative). */
export const PAGE_CACHE_KIB = 64 * 1024;
/** Bytes of the file read through memory mapping rather than read() calls. */
export const MMAP_BYTES = 512 * 1024 * 1024;

/**
 * A page cache sized for the register rather than SQLite's 2 MB default (better-sqlite3's 16 MB):
 * 100,000 actions and their indexes take ~150 MB, so a report walking an index read the same
 * pages from the file again and again. The cache grows only as pages are read (64 MB at most);
 * memory mapping lets the rest come from the OS's cache without a copy per page.
 */
function sizePageCache(db: Database.Database): void {
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
}

/** Closes cleanly: folds the WAL back into the main file so the folder holds one file. */
export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  try {
    if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
