import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  rmSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, closeDatabase } from '../../../electron/db/open';
import { SCHEMA_VERSION } from '../../../electron/db/migrations';
import { databasePath } from '../../../electron/paths/dataDir';
import { checkDatabaseFile } from '../../../electron/safety/integrity';
import { restoreBackup } from '../../../electron/safety/restore';
import { openDataFolderSafely, type RecoveryState } from '../../../electron/safety/startup';
import { takeBackup } from '../../../electron/safety/schedule';
import type { DatabaseProblem } from '../../../electron/safety/types';
import { countRecords } from '../../../electron/services/settings/setup';
import { cleanup, sampleDataDir, tempDir } from './helpers';

afterAll(cleanup);

/** A data folder with the Paris example and one verified backup, closed cleanly. */
function preparedFolder(): { dataDir: string; file: string; backup: string } {
  const dataDir = sampleDataDir('matrix');
  const db = openDatabase(databasePath(dataDir));
  const backup = takeBackup({ db, dataDir }, 'manual').file;
  closeDatabase(db);
  return { dataDir, file: databasePath(dataDir), backup };
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

/** A page that holds rows of a table (not the header page, not a free page), so quick_check reads it. */
function dataPage(file: string): { page: number; pageSize: number; table: string } {
  const db = new Database(file, { readonly: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db
      .prepare(
        "SELECT pageno, name FROM dbstat WHERE pagetype = 'leaf' AND name IN ('cities', 'agreements', 'themes') AND pageno > 1",
      )
      .all() as { pageno: number; name: string }[];
    const pick = pages[Math.floor(Math.random() * pages.length)]!;
    return { page: pick.pageno, pageSize, table: pick.name };
  } finally {
    db.close();
  }
}

/** A -wal of another Accords database, taken while that one was open with changes not yet checkpointed. */
function foreignWal(): Buffer {
  const other = sampleDataDir('other');
  const db = openDatabase(databasePath(other));
  db.pragma('wal_autocheckpoint = 0');
  db.prepare("UPDATE cities SET notes = 'changed in another database' WHERE rowid % 3 = 0").run();
  db.prepare('DELETE FROM agreements WHERE rowid % 5 = 0').run();
  const wal = readFileSync(`${databasePath(other)}-wal`);
  db.close();
  return wal;
}

interface Case {
  name: string;
  damage: (file: string) => void;
  expected: DatabaseProblem[];
  /** A newer schema is left where it is (updating Accords opens it); every other problem is moved aside. */
  movedAside: boolean;
}

const CASES: Case[] = [
  {
    name: 'overwritten header',
    damage: (f) => overwrite(f, 0, randomBytes(100)),
    expected: ['notadb', 'corrupt'],
    movedAside: true,
  },
  {
    name: 'truncated file',
    damage: (f) => truncateSync(f, Math.floor(statSync(f).size * 0.6) + 123),
    expected: ['corrupt', 'check-failed'],
    movedAside: true,
  },
  {
    name: 'one random damaged page',
    damage: (f) => {
      const { page, pageSize } = dataPage(f);
      overwrite(f, (page - 1) * pageSize, randomBytes(pageSize));
    },
    expected: ['corrupt', 'check-failed'],
    movedAside: true,
  },
  {
    name: 'stale -wal from another database',
    damage: (f) => writeFileSync(`${f}-wal`, foreignWal()),
    expected: ['corrupt', 'check-failed'],
    movedAside: true,
  },
  {
    name: 'a non-SQLite file',
    damage: (f) => writeFileSync(f, '%PDF-1.7\n' + 'not a database '.repeat(2000)),
    expected: ['notadb'],
    movedAside: true,
  },
  {
    name: 'another application’s SQLite file',
    damage: (f) => {
      writeFileSync(f, '');
      const db = new Database(f);
      db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)');
      db.close();
    },
    expected: ['not-accords'],
    movedAside: true,
  },
  {
    name: 'a newer user_version',
    damage: (f) => {
      const db = new Database(f);
      db.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
      db.close();
    },
    expected: ['newer-schema'],
    movedAside: false,
  },
];

function snapshotFiles(file: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const suffix of ['', '-wal'])
    if (existsSync(file + suffix)) out[suffix] = readFileSync(file + suffix);
  return out;
}

describe('corruption matrix: detected at open, set aside untouched, newest verified backup offered', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { dataDir, file, backup } = preparedFolder();
      c.damage(file);
      const before = snapshotFiles(file);

      // quick_check may not see a stale -wal (it does not compare indexes with tables); startup
      // runs the full check whenever a -wal is there that nobody has open, and so does this.
      const direct = checkDatabaseFile(file, { full: existsSync(`${file}-wal`) });
      expect(direct.ok).toBe(false);
      expect(c.expected).toContain(direct.problem);

      const result = openDataFolderSafely(dataDir);
      expect(result.status).toBe('recovery');
      const state = result as RecoveryState;
      expect(c.expected).toContain(state.problem);
      // What the recovery screen receives over IPC.
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      expect(state.suggested?.file).toBe(backup);
      expect(state.backups.map((b) => b.file)).toEqual([backup]);
      if (c.movedAside) {
        expect(state.movedTo).not.toBeNull();
        expect(existsSync(file)).toBe(false);
        expect(state.canStartEmpty).toBe(true);
        for (const [suffix, bytes] of Object.entries(before)) {
          expect(
            readFileSync(join(state.movedTo!, `accords.sqlite3${suffix}`)).equals(bytes),
            `accords.sqlite3${suffix} untouched`,
          ).toBe(true);
        }
        const problem = JSON.parse(readFileSync(join(state.movedTo!, 'problem.json'), 'utf8')) as {
          problem: string;
        };
        expect(problem.problem).toBe(state.problem);
        // Next start: still recovery (never a silent empty register), nothing moved again.
        const again = openDataFolderSafely(dataDir);
        expect(again.status).toBe('recovery');
        expect((again as RecoveryState).problem).toBe('missing');
        expect(readdirSync(join(dataDir, 'damaged'))).toHaveLength(1);
      } else {
        expect(state.movedTo).toBeNull();
        expect(state.canStartEmpty).toBe(false);
        expect(readFileSync(file).equals(before['']!)).toBe(true);
      }

      // The offered backup brings the register back; a damaged file in place is set aside first.
      const restored = restoreBackup(dataDir, state.suggested!.file);
      if (!c.movedAside) {
        expect(restored.movedAside).not.toBeNull();
        expect(
          readFileSync(join(restored.movedAside!, 'accords.sqlite3')).equals(before['']!),
        ).toBe(true);
      }
      const reopened = openDataFolderSafely(dataDir);
      expect(reopened.status).toBe('ready');
      if (reopened.status === 'ready') {
        expect(countRecords(reopened.ctx.db).agreements).toBe(40);
        reopened.ctx.close();
      }
    });
  }

  it('a zero-length database while backups exist is "missing", not a new empty register', () => {
    const { dataDir, file } = preparedFolder();
    writeFileSync(file, '');
    const result = openDataFolderSafely(dataDir);
    expect(result.status).toBe('recovery');
    expect((result as RecoveryState).problem).toBe('missing');
    const fresh = openDataFolderSafely(dataDir, { allowEmptyStart: true });
    expect(fresh.status).toBe('ready');
    if (fresh.status === 'ready') {
      expect(fresh.report.created).toBe(true);
      fresh.ctx.close();
    }
  });

  it('a missing database with a -wal left behind: the -wal is set aside, never replayed into a new file', () => {
    const { dataDir, file } = preparedFolder();
    const wal = foreignWal();
    // The database file vanished (a sync tool, a careless cleanup) but a -wal is there.
    rmSync(file);
    writeFileSync(`${file}-wal`, wal);
    const result = openDataFolderSafely(dataDir);
    expect(result.status).toBe('recovery');
    const state = result as RecoveryState;
    expect(state.problem).toBe('missing');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(readFileSync(join(state.movedTo!, 'accords.sqlite3-wal')).equals(wal)).toBe(true);
  });

  it('with no backup at all, recovery says so and offers an empty start', () => {
    const dataDir = sampleDataDir('nobackup');
    const file = databasePath(dataDir);
    overwrite(file, 0, Buffer.alloc(100));
    const result = openDataFolderSafely(dataDir);
    expect(result.status).toBe('recovery');
    const state = result as RecoveryState;
    expect(state.suggested).toBeNull();
    expect(state.backups).toEqual([]);
    expect(state.canStartEmpty).toBe(true);
    const fresh = openDataFolderSafely(dataDir, { allowEmptyStart: true });
    expect(fresh.status).toBe('ready');
    if (fresh.status === 'ready') fresh.ctx.close();
  });

  it('a damaged newest backup is skipped: the newest one that verifies is suggested', () => {
    const { dataDir, file, backup } = preparedFolder();
    const db = openDatabase(file);
    const newer = takeBackup({ db, dataDir }, 'manual', {
      now: new Date(Date.now() + 60_000),
    }).file;
    closeDatabase(db);
    const { page, pageSize } = dataPage(newer);
    overwrite(newer, (page - 1) * pageSize, randomBytes(pageSize));
    overwrite(file, 0, randomBytes(64));
    const state = openDataFolderSafely(dataDir) as RecoveryState;
    expect(state.status).toBe('recovery');
    expect(state.suggested?.file).toBe(backup);
  });

  it('an empty temporary directory is not a database and creates nothing by itself', () => {
    const dataDir = tempDir('fresh');
    const result = openDataFolderSafely(dataDir);
    expect(result.status).toBe('ready');
    if (result.status === 'ready') {
      expect(result.report.created).toBe(true);
      expect(result.report.backups).toEqual([]);
      result.ctx.close();
    }
  });
});
