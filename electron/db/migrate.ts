import type Database from 'better-sqlite3';
import type { Migration } from './migrations/types';
import { MIGRATIONS } from './migrations';

/** A database written by a newer Accords: opening it could lose what that version stored. */
export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of Accords (schema ${found}; this version knows up to ${supported}). Update Accords to open it.`,
    );
    this.name = 'NewerSchemaError';
  }
}

/** The schema version stored in the file. */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Throws `NewerSchemaError` when the file was written by a newer Accords; returns the latest
 * version the given migrations know. Reads only, so it can run before anything touches the file.
 */
export function assertSupportedVersion(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const found = schemaVersion(db);
  if (found > latest) throw new NewerSchemaError(found, latest);
  return latest;
}

/**
 * Applies the migrations the file has not seen yet, each in its own transaction that also
 * sets `user_version`, so a crash leaves the file at the last complete step.
 * `before` runs once before the first pending step (the backup hook).
 */
export function migrate(
  db: Database.Database,
  options: { migrations?: readonly Migration[]; before?: (from: number, to: number) => void } = {},
): { from: number; to: number } {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = assertSupportedVersion(db, migrations);
  const from = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  options.before?.(from, latest);
  for (const migration of pending) {
    if (migration.rebuildsTables) rebuildingTables(db, migration);
    else
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
  }
  return { from, to: schemaVersion(db) };
}

/**
 * Runs a step that rebuilds tables with foreign keys off (the pragma is ignored inside a
 * transaction, so it is switched around it) and refuses to commit a dangling reference.
 */
function rebuildingTables(db: Database.Database, migration: Migration): void {
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      migration.up(db);
      const dangling = db.pragma('foreign_key_check') as { table: string }[];
      if (dangling.length > 0)
        throw new Error(`Migration ${migration.version} left ${dangling.length} dangling reference(s) in ${dangling[0]!.table}`);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
}
