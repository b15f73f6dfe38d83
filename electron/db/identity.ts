import Database from 'better-sqlite3';
import { registerSqlFunctions } from './functions';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

/**
 * What makes a file an Accords database: more than its `user_version`, which any SQLite file
 * may carry. `PRAGMA application_id` marks the file as ours (set at creation and, for files
 * made before it existed, at the first read-write open whose schema matches), and the schema
 * itself — every table, column, index, trigger and view, as `sqlite_schema` stores them — must
 * be exactly what the migrations produce for that version. A foreign trigger slipped into a
 * backup, another program's file that happens to carry version 3 or 70, a hand-edited table:
 * each differs from the expected schema and is refused before anything is written.
 */

/** `Accd` in ASCII: the value of `PRAGMA application_id` in every Accords database. */
export const ACCORDS_APPLICATION_ID = 0x41636364;

/** A file that is not an Accords database at its stated version (foreign, altered or hand-made). */
export class NotAccordsError extends Error {
  constructor(readonly why: string) {
    super(`Not an Accords database: ${why}`);
    this.name = 'NotAccordsError';
  }
}

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** SQLite's own bookkeeping, which appears and changes without any migration (ANALYZE, AUTOINCREMENT). */
const INTERNAL = /^sqlite_(stat\d|sequence$)/;

function normalised(sql: string | null): string {
  return sql === null ? '' : sql.replace(/\s+/g, ' ').trim();
}

/** A file's schema as one comparable line per object, sorted. */
export function schemaLines(db: Database.Database): string[] {
  const rows = db
    .prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema')
    .all() as SchemaRow[];
  return rows
    .filter((row) => !INTERNAL.test(row.name))
    .map((row) => `${row.type} ${row.name} ON ${row.tbl_name}: ${normalised(row.sql)}`)
    .sort();
}

const cache = new WeakMap<readonly Migration[], Map<number, string[]>>();

/**
 * The schema the migrations produce up to `version` (built once per version in an in-memory
 * database); null when no migration ends at that version.
 */
export function expectedSchema(
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
): string[] | null {
  if (!migrations.some((m) => m.version === version)) return null;
  let byVersion = cache.get(migrations);
  if (!byVersion) {
    byVersion = new Map();
    cache.set(migrations, byVersion);
  }
  const known = byVersion.get(version);
  if (known) return known;
  const memory = new Database(':memory:');
  try {
    registerSqlFunctions(memory);
    for (const migration of migrations.filter((m) => m.version <= version)) migration.up(memory);
    const lines = schemaLines(memory);
    byVersion.set(version, lines);
    return lines;
  } finally {
    memory.close();
  }
}

/**
 * Why the open file is not an Accords database at its version, or null when it is (or is an
 * empty, brand-new file). Reads only.
 */
export function schemaMismatch(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): string | null {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const actual = schemaLines(db);
  if (applicationId !== 0 && applicationId !== ACCORDS_APPLICATION_ID)
    return `it belongs to another application (application_id ${applicationId})`;
  if (version === 0 && actual.length === 0) return null;
  if (version === 0) return 'it has tables but no Accords schema version';
  const expected = expectedSchema(version, migrations);
  if (!expected) return `schema version ${version} is not one Accords ever wrote`;
  const missing = expected.filter((line) => !actual.includes(line));
  const extra = actual.filter((line) => !expected.includes(line));
  if (extra.length === 0 && missing.length === 0) return null;
  const describe = (line: string) => line.slice(0, line.indexOf(':'));
  const parts = [
    ...(extra.length ? [`unexpected ${extra.slice(0, 3).map(describe).join(', ')}`] : []),
    ...(missing.length
      ? [`missing or altered ${missing.slice(0, 3).map(describe).join(', ')}`]
      : []),
  ];
  return `its schema does not match Accords schema ${version} (${parts.join('; ')})`;
}

/** Throws `NotAccordsError` unless the open file is an Accords database at its version. */
export function assertAccordsSchema(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  const why = schemaMismatch(db, migrations);
  if (why) throw new NotAccordsError(why);
}

/** Marks the file as Accords' (a file from before the mark existed gets it on its first open). */
export function markAsAccords(db: Database.Database): void {
  if ((db.pragma('application_id', { simple: true }) as number) !== ACCORDS_APPLICATION_ID)
    db.pragma(`application_id = ${ACCORDS_APPLICATION_ID}`);
}
