import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerSchemaError, migrate, schemaVersion } from '../../../electron/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/db/migrations';
import type { Migration } from '../../../electron/db/migrations/types';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { dumpTables, tempDir } from '../helpers/tempData';

function rawDatabase(): { file: string; db: Database.Database } {
  const file = join(tempDir(), 'accords.sqlite3');
  const db = new Database(file);
  return { file, db };
}

describe('the migration list', () => {
  it('starts at 10 and goes up in steps of 10, in order, each named', () => {
    expect(MIGRATIONS[0]!.version).toBe(10);
    MIGRATIONS.forEach((migration, i) => {
      expect(migration.version % 10).toBe(0);
      if (i > 0) expect(migration.version).toBeGreaterThan(MIGRATIONS[i - 1]!.version);
      expect(migration.name.trim()).not.toBe('');
    });
    expect(SCHEMA_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
  });
});

describe('migrate', () => {
  it('rebuilds a parent table with foreign keys off (nothing cascades), and refuses to commit a dangling reference', () => {
    const parent: Migration = {
      version: 10,
      name: 'parent and child',
      up: (db) =>
        db.exec(`CREATE TABLE p (id TEXT PRIMARY KEY) STRICT;
                 CREATE TABLE c (id TEXT PRIMARY KEY, p TEXT NOT NULL REFERENCES p (id) ON DELETE CASCADE) STRICT;
                 INSERT INTO p VALUES ('a'), ('b'); INSERT INTO c VALUES ('x', 'a'), ('y', 'b');`),
    };
    const rebuild = (keep: string): Migration => ({
      version: 20,
      name: 'rebuild p',
      rebuildsTables: true,
      up: (db) =>
        db.exec(`CREATE TABLE p_new (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE) STRICT;
                 INSERT INTO p_new (id) SELECT id FROM p WHERE id ${keep};
                 DROP TABLE p; ALTER TABLE p_new RENAME TO p;`),
    });
    const { db } = rawDatabase();
    try {
      db.pragma('foreign_keys = ON');
      migrate(db, { migrations: [parent] });
      // Keeping only 'a' leaves 'y' pointing at nothing: refused, rolled back, keys back on.
      expect(() => migrate(db, { migrations: [parent, rebuild("= 'a'")] })).toThrow(/dangling/);
      expect(schemaVersion(db)).toBe(10);
      expect(db.prepare('SELECT id FROM p ORDER BY id').pluck().all()).toEqual(['a', 'b']);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      migrate(db, { migrations: [parent, rebuild("<> ''")] });
      expect(schemaVersion(db)).toBe(20);
      // Dropping the old table cascaded nothing.
      expect(db.prepare('SELECT id, p FROM c ORDER BY id').raw().all()).toEqual([['x', 'a'], ['y', 'b']]);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(() => db.prepare("DELETE FROM p WHERE id = 'a'").run()).not.toThrow();
      expect(db.prepare('SELECT id FROM c').pluck().all()).toEqual(['y']);
    } finally {
      db.close();
    }
  });

  it('applies the pending steps and reports the versions', () => {
    const { db } = rawDatabase();
    try {
      expect(migrate(db)).toEqual({ from: 0, to: SCHEMA_VERSION });
      expect(migrate(db)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    } finally {
      db.close();
    }
  });

  it('refuses a newer file without touching it', () => {
    const { db } = rawDatabase();
    try {
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      expect(() => migrate(db)).toThrow(NewerSchemaError);
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION + 1);
      expect(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('rolls back a step that throws: user_version, schema and data stay as before', () => {
    const { file, db: raw } = rawDatabase();
    raw.close();
    const first = openDatabase(file, { migrations: MIGRATIONS });
    first.prepare("INSERT INTO settings (key, value) VALUES ('city.own', 'Paris')").run();
    const before = dumpTables(first);
    closeDatabase(first);

    const broken: Migration = {
      version: SCHEMA_VERSION + 10,
      name: 'broken step',
      up(db) {
        db.exec('CREATE TABLE half_done (x TEXT) STRICT');
        db.prepare("UPDATE settings SET value = 'Rome' WHERE key = 'city.own'").run();
        db.prepare("INSERT INTO settings (key, value) VALUES ('half', 'done')").run();
        throw new Error('boom in the middle of the step');
      },
    };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow(
      'boom in the middle of the step',
    );

    const after = new Database(file, { readonly: true });
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(
        after.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get(),
      ).toBe(0);
      expect(dumpTables(after)).toEqual(before);
    } finally {
      after.close();
    }
  });

  it('keeps the steps that succeeded before a failing one', () => {
    const { db } = rawDatabase();
    try {
      const steps: Migration[] = [
        { version: 10, name: 'one', up: (d) => d.exec('CREATE TABLE one (x INTEGER) STRICT') },
        { version: 20, name: 'two', up: (d) => d.exec('CREATE TABLE two (x INTEGER) STRICT') },
        {
          version: 30,
          name: 'three',
          up: (d) => {
            d.exec('CREATE TABLE three (x INTEGER) STRICT');
            throw new Error('three fails');
          },
        },
      ];
      expect(() => migrate(db, { migrations: steps })).toThrow('three fails');
      expect(schemaVersion(db)).toBe(20);
      const tables = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .pluck()
        .all();
      expect(tables).toEqual(['one', 'two']);
    } finally {
      db.close();
    }
  });
});
