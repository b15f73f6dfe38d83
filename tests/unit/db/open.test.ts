import Database from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerSchemaError } from '../../../electron/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/db/migrations';
import { MMAP_BYTES, PAGE_CACHE_KIB, closeDatabase, openDatabase } from '../../../electron/db/open';
import { tempDatabase, tempDir } from '../helpers/tempData';

describe('openDatabase', () => {
  it('opens a fresh file at the latest schema with WAL, foreign keys, synchronous FULL and a busy timeout', () => {
    const { db } = tempDatabase({ fresh: true });
    expect(MIGRATIONS[0]).toMatchObject({ version: 10, name: 'initial schema' });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    // Savepoint journals in memory (2), not in temporary files (the default, 0).
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
  });

  it('sizes the page cache for the register (64 MB) and maps the file, read-only connections too', () => {
    const { db, file } = tempDatabase({ fresh: true });
    expect(db.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
    expect(db.pragma('mmap_size', { simple: true })).toBe(MMAP_BYTES);
    const reader = openDatabase(file, { readonly: true });
    expect(reader.pragma('cache_size', { simple: true })).toBe(-65536);
    reader.close();
  });

  it('creates the missing parent folders of the file', () => {
    const file = join(tempDir(), 'a', 'b', 'accords.sqlite3');
    const db = openDatabase(file);
    closeDatabase(db);
    expect(existsSync(file)).toBe(true);
  });

  it('folds the WAL back into the file on close, leaving one file in the folder', () => {
    const dir = tempDir();
    const file = join(dir, 'accords.sqlite3');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    expect(existsSync(`${file}-wal`)).toBe(true);
    closeDatabase(db);
    expect(db.open).toBe(false);
    expect(readdirSync(dir)).toEqual(['accords.sqlite3']);
    closeDatabase(db); // closing twice is harmless
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('k')).toBe('v');
    raw.close();
  });

  it('opens read-only without migrating and refuses a missing file', () => {
    const dir = tempDir();
    expect(() => openDatabase(join(dir, 'missing.sqlite3'), { readonly: true })).toThrow();
    expect(readdirSync(dir)).toEqual([]);
    const file = join(dir, 'empty.sqlite3');
    new Database(file).close();
    const db = openDatabase(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get(),
    ).toBe(0);
    closeDatabase(db);
  });

  it.each(['delete', 'wal'])(
    'refuses a file from a newer Accords (%s journal) and leaves it byte for byte',
    (journal) => {
      const dir = tempDir();
      const file = join(dir, 'accords.sqlite3');
      const raw = new Database(file);
      raw.pragma(`journal_mode = ${journal}`);
      raw.exec("CREATE TABLE future (x TEXT) STRICT; INSERT INTO future VALUES ('kept');");
      raw.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
      raw.close();
      const before = readFileSync(file);

      let thrown: unknown;
      try {
        openDatabase(file);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(NewerSchemaError);
      expect(thrown).toMatchObject({
        name: 'NewerSchemaError',
        found: SCHEMA_VERSION + 10,
        supported: SCHEMA_VERSION,
      });
      expect((thrown as Error).message).toContain('newer version of Accords');

      expect(readFileSync(file).equals(before)).toBe(true);
      expect(readdirSync(dir)).toEqual(['accords.sqlite3']);
    },
  );

  it('does not call the backup hook when the file is already up to date', () => {
    const { file, db } = tempDatabase();
    closeDatabase(db);
    const calls: [number, number][] = [];
    const again = openDatabase(file, { beforeMigrate: (from, to) => calls.push([from, to]) });
    closeDatabase(again);
    expect(calls).toEqual([]);
  });

  it('calls the backup hook once with the versions before migrating a fresh file', () => {
    const file = join(tempDir(), 'accords.sqlite3');
    const calls: [number, number, number][] = [];
    const probe = new Database(file);
    probe.close();
    const db = openDatabase(file, {
      beforeMigrate: (from, to) => {
        const raw = new Database(file, { readonly: true });
        calls.push([from, to, raw.pragma('user_version', { simple: true }) as number]);
        raw.close();
      },
    });
    closeDatabase(db);
    expect(calls).toEqual([[0, SCHEMA_VERSION, 0]]);
  });

  it('does not open a file that is not a database, and does not overwrite it', () => {
    const file = join(tempDir(), 'accords.sqlite3');
    writeFileSync(file, 'not a database, just some text that is long enough to be a header.....');
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/not a database/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
