import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ACCORDS_APPLICATION_ID,
  NotAccordsError,
  schemaMismatch,
} from '../../../electron/db/identity';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { SCHEMA_VERSION } from '../../../electron/db/migrations';
import { databasePath } from '../../../electron/paths/dataDir';
import { exportArchive } from '../../../electron/safety/archive';
import { importArchive } from '../../../electron/safety/archiveImport';
import { createBackup } from '../../../electron/safety/backup';
import { SafetyError } from '../../../electron/safety/errors';
import { restoreBackup } from '../../../electron/safety/restore';
import { openDataFolderSafely } from '../../../electron/safety/startup';
import { cleanup, sampleDataDir, tempDir } from './helpers';

afterAll(cleanup);

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A backup of the Paris sample with `sql` run on the copy afterwards (a hostile edit). */
function tamperedBackup(sql: string): { dataDir: string; backup: string } {
  const dataDir = sampleDataDir('identity');
  const db = openDatabase(databasePath(dataDir));
  const backup = createBackup(db, { dir: join(dataDir, 'backups'), reason: 'manual' }).file;
  closeDatabase(db);
  const raw = new Database(backup);
  raw.exec(sql);
  raw.close();
  return { dataDir, backup };
}

/** Another program's SQLite file that happens to carry a user_version. */
function foreignFile(version: number): string {
  const file = join(tempDir('foreign'), `other-${version}.sqlite3`);
  const raw = new Database(file);
  raw.exec(
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x')",
  );
  raw.pragma(`user_version = ${version}`);
  raw.close();
  return file;
}

function refusal(run: () => unknown): SafetyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SafetyError);
    return error as SafetyError;
  }
  throw new Error('expected a refusal');
}

describe('an Accords database is recognised by its application_id and its exact schema', () => {
  it('a new database carries the application_id; an older file without it gets it on open', () => {
    const dataDir = tempDir('appid');
    const file = databasePath(dataDir);
    closeDatabase(openDatabase(file));
    const raw = new Database(file);
    expect(raw.pragma('application_id', { simple: true })).toBe(ACCORDS_APPLICATION_ID);
    raw.pragma('application_id = 0'); // as files made before the mark existed
    raw.close();
    closeDatabase(openDatabase(file));
    const again = new Database(file, { readonly: true });
    expect(again.pragma('application_id', { simple: true })).toBe(ACCORDS_APPLICATION_ID);
    again.close();
  });

  it('restore refuses a backup with one injected trigger, and the database is unchanged', () => {
    const { dataDir, backup } = tamperedBackup(
      'CREATE TRIGGER wipe AFTER INSERT ON actions BEGIN DELETE FROM documents; END',
    );
    const before = sha(databasePath(dataDir));
    const error = refusal(() => restoreBackup(dataDir, backup));
    expect(error.message).toMatch(/Not an Accords database.*unexpected trigger wipe/);
    expect(sha(databasePath(dataDir))).toBe(before);
    expect(existsSync(`${databasePath(dataDir)}.restoring`)).toBe(false);
  });

  it('a foreign view, a dropped index or an altered column is refused too', () => {
    for (const sql of [
      'CREATE VIEW spy AS SELECT * FROM contacts',
      'DROP INDEX documents_sha256',
      'ALTER TABLE contacts ADD COLUMN secret TEXT',
    ]) {
      const { dataDir, backup } = tamperedBackup(sql);
      expect(refusal(() => restoreBackup(dataDir, backup)).message, sql).toMatch(
        /Not an Accords database/,
      );
    }
  });

  it.each([3, 70])(
    "another application's file at user_version %i: restore, archive import and open refuse it",
    async (version) => {
      const foreign = foreignFile(version);
      const dataDir = sampleDataDir('foreign-target');
      const before = sha(databasePath(dataDir));
      expect(refusal(() => restoreBackup(dataDir, foreign)).message).toMatch(
        version === 3
          ? /schema version 3 is not one Accords ever wrote/
          : /does not match Accords schema 70/,
      );
      expect(sha(databasePath(dataDir))).toBe(before);

      // An archive around it (a correct manifest: only the database inside is foreign).
      const raw = new Database(foreign, { readonly: true });
      const archive = join(tempDir('foreign-archive'), 'foreign.tar.gz');
      await exportArchive(tempDir('foreign-src'), archive, { db: raw });
      raw.close();
      const target = tempDir('foreign-import');
      await expect(importArchive(archive, target)).rejects.toThrow(/Not an Accords database/);
      expect(existsSync(databasePath(target))).toBe(false);

      // Opened directly: never "ready" with an empty or broken register.
      expect(() => openDatabase(foreign)).toThrow(NotAccordsError);
      const folder = tempDir('foreign-open');
      const raw2 = new Database(databasePath(folder));
      raw2.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
      raw2.pragma(`user_version = ${version}`);
      raw2.close();
      const opened = openDataFolderSafely(folder, { startBackup: false });
      expect(opened.status).toBe('recovery');
      if (opened.status === 'recovery') expect(opened.problem).toBe('not-accords');
    },
  );

  it('a file marked by another application is refused whatever its schema', () => {
    const dataDir = sampleDataDir('other-app');
    const raw = new Database(databasePath(dataDir));
    raw.pragma('application_id = 1234');
    expect(schemaMismatch(raw)).toMatch(/another application \(application_id 1234\)/);
    raw.close();
    expect(() => openDatabase(databasePath(dataDir))).toThrow(NotAccordsError);
  });

  it('the current schema matches itself (no false alarm on a real register)', () => {
    const dataDir = sampleDataDir('self');
    const raw = new Database(databasePath(dataDir), { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(schemaMismatch(raw)).toBeNull();
    raw.close();
  });
});
