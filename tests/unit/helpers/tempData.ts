import type Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { closeDatabase, openDatabase, type OpenOptions } from '../../../electron/db/open';
import type { HandlerContext } from '../../../electron/core/context';
import { databasePath } from '../../../electron/paths/dataDir';
import { loadSample } from '../../../electron/sample/load';
import { backupTakerFor } from '../../../electron/safety/schedule';

/**
 * A fresh folder under the OS temp dir, removed when the current test ends. Call it inside a
 * test (or a beforeEach), never at module level.
 */
export function tempDir(prefix = 'accords-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => removeDir(dir));
  return dir;
}

function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface TempDatabase {
  dir: string;
  file: string;
  db: Database.Database;
  ctx: HandlerContext;
}

export type TempDatabaseOptions = OpenOptions & {
  /** Load the Paris example. */
  sample?: boolean;
  /** Build the file by running every migration now, instead of copying a migrated template. */
  fresh?: boolean;
};

const templates = new Map<string, Buffer>();

/**
 * The bytes of a migrated database (with the example when asked), built once per test file
 * and kept in memory: copying them is some 20 times faster than migrating each test's file.
 * The folder it was built in is removed at once.
 */
function template(sample: boolean): Buffer {
  const key = sample ? 'sample' : 'empty';
  let bytes = templates.get(key);
  if (!bytes) {
    const dir = mkdtempSync(join(tmpdir(), 'accords-template-'));
    try {
      const db = openDatabase(databasePath(dir));
      try {
        if (sample) loadSample(db);
      } finally {
        // Folds the WAL into the file, so the file alone holds everything.
        closeDatabase(db);
      }
      bytes = readFileSync(databasePath(dir));
    } finally {
      removeDir(dir);
    }
    templates.set(key, bytes);
  }
  return bytes;
}

/** Opens a real Accords database file in a new temp folder (the caller removes it). */
function openIn(prefix: string, options: TempDatabaseOptions): TempDatabase {
  const { sample = false, fresh = false, ...openOptions } = options;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = databasePath(dir);
  try {
    // Options that change how the file is migrated need the migrations to run for real.
    const copy = !fresh && Object.keys(openOptions).length === 0;
    if (copy) writeFileSync(file, template(sample));
    const db = openDatabase(file, openOptions);
    if (sample && !copy) loadSample(db);
    return { dir, file, db, ctx: { db, dataDir: dir, version: '0.0.0-test', takeBackup: backupTakerFor({ db, dataDir: dir }) } };
  } catch (error) {
    removeDir(dir);
    throw error;
  }
}

function dispose(data: TempDatabase): void {
  try {
    closeDatabase(data.db);
  } finally {
    removeDir(data.dir);
  }
}

/**
 * A real Accords database file in a fresh temp folder, opened like the app does (WAL, foreign
 * keys, migrations); closed and removed when the test ends. Call it inside a test.
 */
export function tempDatabase(options: TempDatabaseOptions = {}): TempDatabase {
  const data = openIn('accords-test-', options);
  onTestFinished(() => dispose(data));
  return data;
}

/**
 * One database shared by the tests of a file (or describe block) that only read it: opened in
 * beforeAll, closed and removed in afterAll. Returns a getter, valid inside the tests.
 */
export function suiteDatabase(options: TempDatabaseOptions = {}): () => TempDatabase {
  let current: TempDatabase | null = null;
  beforeAll(() => {
    current = openIn('accords-suite-', options);
  });
  afterAll(() => {
    if (current) dispose(current);
    current = null;
  });
  return () => {
    if (!current) throw new Error('suiteDatabase() is only available inside tests');
    return current;
  };
}

/** Every user table, with its rows in a stable order: compare two dumps to see any change. */
export function dumpTables(db: Database.Database): Record<string, string[]> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const dump: Record<string, string[]> = {};
  for (const table of tables) {
    // Names come from sqlite_schema, not from input; quoted all the same.
    // Every table's first column (or first two) is its key, so this order is stable.
    const rows = db
      .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}" ORDER BY 1, 2`)
      .raw()
      .all();
    dump[table] = rows.map((row) => JSON.stringify(row));
  }
  return dump;
}

/** How many rows a table holds. */
export function countRows(
  db: Database.Database,
  table: 'cities' | 'agreements' | 'actions' | 'themes' | 'action_themes' | 'settings',
): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

/** The id of the sample city with this exact name. */
export function cityIdByName(db: Database.Database, name: string): string {
  const id = db.prepare('SELECT id FROM cities WHERE name = ?').pluck().get(name) as
    string | undefined;
  if (!id) throw new Error(`No city named ${name}`);
  return id;
}

/** The id of the (first) agreement with the city of this exact name. */
export function agreementIdByCity(db: Database.Database, name: string): string {
  const id = db
    .prepare(
      'SELECT a.id FROM agreements a JOIN cities c ON c.id = a.city_id WHERE c.name = ? ORDER BY a.signed_on',
    )
    .pluck()
    .get(name) as string | undefined;
  if (!id) throw new Error(`No agreement with ${name}`);
  return id;
}
