import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { toAppError } from '../../../electron/core/errors';
import { databasePath } from '../../../electron/paths/dataDir';
import { createBackup } from '../../../electron/safety/backup';
import { checkDatabaseFile } from '../../../electron/safety/integrity';
import { writeBackupSettings } from '../../../electron/safety/settings';
import { openDataFolderSafely, type RecoveryState } from '../../../electron/safety/startup';
import { loadSample } from '../../../electron/sample/load';
import { cleanup, dumpDatabase, sampleDataDir, tempDir } from './helpers';

/**
 * Disk full and read-only folders. The real thing is a small tmpfs, which needs the right to
 * mount (root in CI containers usually has it); where mounting is refused those tests are
 * skipped — their names say so — and `PRAGMA max_page_count` stands in for a full disk.
 */
const mounted: string[] = [];

function mountTmpfs(sizeKb: number): string | null {
  const dir = tempDir('tmpfs');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], {
      stdio: 'ignore',
    });
    mounted.push(dir);
    return dir;
  } catch {
    return null;
  }
}

function remount(dir: string, mode: 'ro' | 'rw'): void {
  execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'ignore' });
}

const probe = mountTmpfs(64);
const CAN_MOUNT = probe !== null;

afterAll(() => {
  for (const dir of mounted.reverse()) {
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    } catch {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    }
  }
  cleanup();
});

function insertBig(db: Database.Database, key: string, kb: number): void {
  db.transaction(() => {
    for (let i = 0; i < 4; i += 1) {
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(
        `${key}.${i}`,
        'x'.repeat((kb * 1024) / 4),
      );
    }
  }).immediate();
}

function settingsCount(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM settings').pluck().get() as number;
}

describe(`disk full and read-only folders (${CAN_MOUNT ? 'real tmpfs available' : 'mounting not allowed: max_page_count only'})`, () => {
  it('max_page_count: SQLITE_FULL rolls the transaction back, earlier data intact, the same connection writes again once there is room', () => {
    const dataDir = sampleDataDir('full');
    const opened = openDataFolderSafely(dataDir, { startBackup: false });
    if (opened.status !== 'ready') throw new Error(opened.detail);
    const { db } = opened.ctx;
    insertBig(db, 'saved', 8);
    const before = settingsCount(db);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);

    let failure: unknown;
    try {
      insertBig(db, 'too-big', 200);
    } catch (error) {
      failure = error;
    }
    expect((failure as { code?: string }).code).toBe('SQLITE_FULL');
    expect(toAppError(failure)).toMatchObject({ code: 'storage', key: 'errors.storageFull' });
    expect(db.inTransaction).toBe(false);
    expect(settingsCount(db)).toBe(before);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');

    db.pragma('max_page_count = 1073741823');
    insertBig(db, 'later', 200);
    expect(settingsCount(db)).toBe(before + 4);
    opened.ctx.close();
    expect(checkDatabaseFile(databasePath(dataDir), { full: true }).ok).toBe(true);
  });

  it.skipIf(!CAN_MOUNT)(
    'real tmpfs: a full disk fails the write cleanly; after space is freed the same connection goes on',
    () => {
      const mount = mountTmpfs(2048)!;
      const dataDir = join(mount, 'Accords');
      const db = openDatabase(databasePath(dataDir));
      loadSample(db);
      insertBig(db, 'saved', 16);
      const before = settingsCount(db);
      // Fill the disk but a few pages.
      const free = () => {
        const s = statfsSync(mount);
        return s.bavail * s.bsize;
      };
      writeFileSync(join(mount, 'ballast'), Buffer.alloc(Math.max(0, free() - 64 * 1024)));
      let failure: unknown;
      for (let i = 0; i < 20 && !failure; i += 1) {
        try {
          insertBig(db, `fill${i}`, 64);
        } catch (error) {
          failure = error;
        }
      }
      expect((failure as { code?: string }).code).toBe('SQLITE_FULL');
      expect(toAppError(failure).code).toBe('storage');
      expect(db.inTransaction).toBe(false);
      const afterFailure = settingsCount(db);
      expect(afterFailure).toBeGreaterThanOrEqual(before);
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');

      rmSync(join(mount, 'ballast'));
      insertBig(db, 'after-space-is-back', 64);
      expect(settingsCount(db)).toBe(afterFailure + 4);
      closeDatabase(db);
      expect(checkDatabaseFile(databasePath(dataDir), { full: true }).ok).toBe(true);
    },
  );

  it.skipIf(!CAN_MOUNT)(
    'real tmpfs: a backup into a full folder fails without leaving a file; the start goes on with a warning',
    () => {
      const dataDir = sampleDataDir('full-backups');
      const mount = mountTmpfs(128)!;
      writeBackupSettings(dataDir, { dir: join(mount, 'backups') });
      const opened = openDataFolderSafely(dataDir);
      expect(opened.status).toBe('ready');
      if (opened.status !== 'ready') return;
      expect(opened.report.backups).toEqual([]);
      expect(opened.report.warnings.join(' ')).toMatch(/start backup failed/);
      expect(readdirSync(join(mount, 'backups'))).toEqual([]);
      expect(() =>
        createBackup(opened.ctx.db, { dir: join(mount, 'backups'), reason: 'manual' }),
      ).toThrow();
      expect(readdirSync(join(mount, 'backups'))).toEqual([]);
      // The register itself keeps working.
      opened.ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('still', 'works')").run();
      opened.ctx.close();
    },
  );

  it.skipIf(!CAN_MOUNT)(
    'real tmpfs: a read-only folder gives "unavailable" (nothing moved aside), and opens once writable again',
    () => {
      const mount = mountTmpfs(4096)!;
      const dataDir = join(mount, 'Accords');
      mkdirSync(dataDir);
      const db = openDatabase(databasePath(dataDir));
      loadSample(db);
      closeDatabase(db);
      const before = dumpDatabase(databasePath(dataDir));
      remount(mount, 'ro');
      try {
        const result = openDataFolderSafely(dataDir);
        expect(result.status).toBe('recovery');
        const state = result as RecoveryState;
        expect(state.problem).toBe('unavailable');
        expect(state.movedTo).toBeNull();
        expect(existsSync(join(dataDir, 'damaged'))).toBe(false);
      } finally {
        remount(mount, 'rw');
      }
      const again = openDataFolderSafely(dataDir);
      expect(again.status).toBe('ready');
      if (again.status === 'ready') again.ctx.close();
      expect(dumpDatabase(databasePath(dataDir))).toEqual(before);
    },
  );
});
