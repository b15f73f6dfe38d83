import Database from 'better-sqlite3';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { databasePath } from '../../../electron/paths/dataDir';
import {
  backupNames,
  createBackup,
  listBackups,
  parseBackupName,
} from '../../../electron/safety/backup';
import { checkDatabaseFile } from '../../../electron/safety/integrity';
import { restoreBackup } from '../../../electron/safety/restore';
import { rotateBackups } from '../../../electron/safety/rotation';
import {
  backupIfChanged,
  backupOverview,
  createChangeTracker,
  startPeriodicBackups,
  takeBackup,
} from '../../../electron/safety/schedule';
import { listSessions } from '../../../electron/safety/sessions';
import {
  BACKUP_SETTINGS_FILE,
  defaultBackupDir,
  writeBackupSettings,
} from '../../../electron/safety/settings';
import { openDataFolderSafely, type RecoveryState } from '../../../electron/safety/startup';
import { SafetyError } from '../../../electron/safety/errors';
import { countRecords } from '../../../electron/services/settings/setup';
import {
  CRASH_LAST_SQL,
  CRASH_ROWS_SQL,
  cleanup,
  dumpDatabase,
  killHard,
  sampleDataDir,
  sleep,
  spawnChild,
  tempDir,
} from './helpers';

afterAll(cleanup);

function ready(dataDir: string, options: Parameters<typeof openDataFolderSafely>[1] = {}) {
  const result = openDataFolderSafely(dataDir, options);
  if (result.status !== 'ready')
    throw new Error(`expected ready, got ${result.problem}: ${result.detail}`);
  return result;
}

describe('createBackup', () => {
  it('writes a verified single-file copy under its final name, with counts and schema version', () => {
    const dataDir = sampleDataDir();
    const { ctx } = ready(dataDir, { startBackup: false });
    const dir = join(dataDir, 'backups');
    const info = createBackup(ctx.db, {
      dir,
      reason: 'manual',
      now: new Date('2026-03-04T05:06:07Z'),
    });
    expect(info.name).toBe('accords-20260304-050607-manual.sqlite3');
    expect(info.createdAt).toBe('2026-03-04T05:06:07.000Z');
    expect(info.counts.agreements).toBe(40);
    expect(info.schemaVersion).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(info.size).toBe(statSync(info.file).size);
    // One self-contained file (rollback journal mode), nothing else left in the folder.
    expect(readdirSync(dir)).toEqual([info.name]);
    const header = new Database(info.file, { readonly: true });
    expect(header.pragma('journal_mode', { simple: true })).toBe('delete');
    header.close();
    // Same second, same reason: a second name, not an overwrite.
    const second = createBackup(ctx.db, {
      dir,
      reason: 'manual',
      now: new Date('2026-03-04T05:06:07Z'),
    });
    expect(second.name).toBe('accords-20260304-050607-manual-2.sqlite3');
    expect(listBackups(dir).map((b) => b.name)).toEqual([second.name, info.name]);
    ctx.close();
    const live = dumpDatabase(databasePath(dataDir));
    const copy = dumpDatabase(info.file);
    expect(copy).toEqual(live);
  });

  it('completes and verifies while another process keeps writing', async () => {
    const dataDir = tempDir('concurrent');
    const file = databasePath(dataDir);
    const writer = spawnChild(['write', file]);
    try {
      await writer.waitFor((line) => line === '50');
      const db = openDatabase(file);
      const dir = join(dataDir, 'backups');
      const taken = [];
      for (let i = 0; i < 5; i += 1) {
        const started = performance.now();
        taken.push(
          createBackup(db, {
            dir,
            reason: 'periodic',
            now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
          }),
        );
        expect(performance.now() - started).toBeLessThan(5_000);
        await sleep(30);
      }
      closeDatabase(db);
      const groupsBefore = Number(writer.lines.filter((l) => /^\d+$/.test(l)).at(-1));
      expect(groupsBefore).toBeGreaterThan(50);
      for (const info of taken) {
        expect(checkDatabaseFile(info.file, { full: true }).ok).toBe(true);
        // Each backup is one consistent moment: whole transactions only.
        const copy = new Database(info.file, { readonly: true });
        const broken = copy
          .prepare(
            `WITH crash_rows AS (${CRASH_ROWS_SQL})
             SELECT count(*) FROM (SELECT grp FROM crash_rows GROUP BY grp HAVING count(*) <> max(size))`,
          )
          .pluck()
          .get();
        const last = copy.prepare(CRASH_LAST_SQL).pluck().get();
        const maxGroup = copy
          .prepare(`WITH crash_rows AS (${CRASH_ROWS_SQL}) SELECT max(grp) FROM crash_rows`)
          .pluck()
          .get();
        copy.close();
        expect(broken).toBe(0);
        expect(last).toBe(maxGroup);
      }
      // The writer went on during the backups.
      expect(taken[4]!.counts.settings!).toBeGreaterThan(taken[0]!.counts.settings!);
    } finally {
      await killHard(writer);
    }
  });

  it('a backup killed midway leaves no file with a final name; listings and rotation ignore or clear the leftovers', async () => {
    const dataDir = tempDir('killed');
    const file = databasePath(dataDir);
    const db = openDatabase(file);
    // Ballast in an Accords table (a table of our own would make it a foreign schema).
    const insert = db.prepare(
      "INSERT INTO settings (key, value) VALUES ('ballast/' || ?, hex(randomblob(1000)))",
    );
    db.transaction(() => {
      for (let i = 0; i < 40_000; i += 1) insert.run(i);
    })();
    closeDatabase(db);
    const dir = join(dataDir, 'backups');
    let killedMidway = 0;
    for (let attempt = 0; attempt < 3 && killedMidway === 0; attempt += 1) {
      const child = spawnChild(['backup', file, dir]);
      await child.waitFor((line) => line === 'start');
      // Kill as soon as the partial file is being written.
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const partial = existsSync(dir)
          ? readdirSync(dir).find((n) => n.endsWith('.partial'))
          : undefined;
        if (partial && statSync(join(dir, partial)).size > 0) break;
        await new Promise((done) => setImmediate(done));
      }
      await killHard(child);
      if (!child.lines.some((l) => l.startsWith('done'))) killedMidway += 1;
    }
    expect(killedMidway).toBeGreaterThan(0);
    const names = readdirSync(dir);
    expect(names.filter((n) => parseBackupName(n) !== null)).toEqual([]);
    // At most `<name>.partial` and SQLite's `<name>.partial-journal`.
    expect(
      names.every((n) => n.includes('.partial')),
      names.join(', '),
    ).toBe(true);
    expect(listBackups(dir)).toEqual([]);
    expect(backupNames(dir)).toEqual([]);
    // A later rotation clears partials once they are old enough not to be a backup in progress.
    rotateBackups(dir, {}, new Date(Date.now() + 7 * 3_600_000));
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('listBackups shows only files with a final name that open as a database', () => {
    const dataDir = sampleDataDir();
    const { ctx } = ready(dataDir, { startBackup: false });
    const dir = join(dataDir, 'backups');
    const good = takeBackup(ctx, 'manual');
    ctx.close();
    writeFileSync(join(dir, 'accords-20250101-000000-manual.sqlite3'), 'not a database at all');
    writeFileSync(join(dir, 'accords-20250102-000000-start.sqlite3'), '');
    writeFileSync(join(dir, 'accords-20250103-000000-start.sqlite3.partial'), 'half');
    writeFileSync(join(dir, 'holiday-photo.jpg'), 'jpeg');
    expect(listBackups(dir).map((b) => b.file)).toEqual([good.file]);
  });
});

describe('restore', () => {
  it('round trip: the restored database is identical, table by table, and the replaced state was backed up first', () => {
    const dataDir = sampleDataDir();
    const file = databasePath(dataDir);
    let { ctx } = ready(dataDir, { startBackup: false });
    ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('test.marker', 'before')").run();
    const backup = takeBackup(ctx, 'manual', { now: new Date('2026-01-01T00:00:00Z') });
    ctx.close();
    const original = dumpDatabase(file);
    expect(dumpDatabase(backup.file)).toEqual(original);

    ({ ctx } = ready(dataDir, { startBackup: false }));
    ctx.db.prepare("UPDATE settings SET value = 'after' WHERE key = 'test.marker'").run();
    ctx.db.prepare('DELETE FROM action_themes').run();
    ctx.close();
    const changed = dumpDatabase(file);
    expect(changed).not.toEqual(original);

    const result = restoreBackup(dataDir, backup.file, { now: new Date('2026-01-02T00:00:00Z') });
    expect(result.counts.agreements).toBe(40);
    expect(result.safetyBackup?.reason).toBe('restore');
    expect(dumpDatabase(file)).toEqual(original);
    expect(dumpDatabase(result.safetyBackup!.file)).toEqual(changed);
    expect(existsSync(`${file}.restoring`)).toBe(false);
    const reopened = ready(dataDir, { startBackup: false });
    expect(
      reopened.ctx.db.prepare("SELECT value FROM settings WHERE key = 'test.marker'").pluck().get(),
    ).toBe('before');
    reopened.ctx.close();
  });

  it('refuses while the folder is open, and refuses a damaged backup without touching anything', () => {
    const dataDir = sampleDataDir();
    const file = databasePath(dataDir);
    const { ctx } = ready(dataDir, { startBackup: false });
    const backup = takeBackup(ctx, 'manual');
    expect(listSessions(dataDir).filter((s) => !s.stale)).toHaveLength(1);
    expect(() => restoreBackup(dataDir, backup.file)).toThrow(SafetyError);
    ctx.close();
    expect(listSessions(dataDir)).toHaveLength(0);

    const damaged = join(dataDir, 'damaged-copy.sqlite3');
    writeFileSync(damaged, 'SQLite format 3\0' + 'x'.repeat(5000));
    const before = dumpDatabase(file);
    expect(() => restoreBackup(dataDir, damaged)).toThrow(/cannot be restored/);
    expect(dumpDatabase(file)).toEqual(before);
    expect(listBackups(defaultBackupDir(dataDir))).toHaveLength(1);
  });
});

describe('automatic backups', () => {
  it('start: none for a database created now, then at most one an hour', () => {
    const fresh = tempDir('fresh');
    const first = ready(fresh);
    expect(first.report.created).toBe(true);
    expect(first.report.backups).toEqual([]);
    first.ctx.close();

    const dataDir = sampleDataDir();
    const t0 = new Date('2026-05-01T08:00:00Z');
    const a = ready(dataDir, { now: () => t0 });
    expect(a.report.backups.map((b) => b.reason)).toEqual(['start']);
    a.ctx.close();
    const b = ready(dataDir, { now: () => new Date(t0.getTime() + 30 * 60_000) });
    expect(b.report.backups).toEqual([]);
    b.ctx.close();
    const c = ready(dataDir, { now: () => new Date(t0.getTime() + 2 * 3_600_000) });
    expect(c.report.backups.map((x) => x.reason)).toEqual(['start']);
    c.ctx.close();
    expect(listBackups(defaultBackupDir(dataDir))).toHaveLength(2);
  });

  it('before a migration: the file as it was, then the migration; a failed backup blocks the migration', () => {
    const dataDir = tempDir('migrate');
    const file = databasePath(dataDir);
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    old
      .prepare(
        "INSERT INTO cities (id, name, name_key, country, created_at, updated_at) VALUES ('c1', 'Kyoto', 'kyoto', 'JP', '2020-01-01', '2020-01-01')",
      )
      .run();
    closeDatabase(old);
    const v1 = MIGRATIONS[0]!.version;

    // A backup folder that cannot be created: the migration must not run.
    writeFileSync(join(dataDir, 'not-a-folder'), 'x');
    writeFileSync(
      join(dataDir, BACKUP_SETTINGS_FILE),
      JSON.stringify({ dir: join(dataDir, 'not-a-folder', 'backups') }),
    );
    const blocked = openDataFolderSafely(dataDir);
    expect(blocked.status).toBe('recovery');
    expect((blocked as RecoveryState).problem).toBe('unavailable');
    expect((blocked as RecoveryState).movedTo).toBeNull();
    expect(checkDatabaseFile(file).schemaVersion).toBe(v1);

    writeFileSync(join(dataDir, BACKUP_SETTINGS_FILE), '{}');
    const opened = ready(dataDir);
    expect(opened.report.migrated).toEqual({
      from: v1,
      to: MIGRATIONS[MIGRATIONS.length - 1]!.version,
    });
    expect(opened.report.backups.map((b) => [b.reason, b.schemaVersion, b.counts.cities])).toEqual([
      ['migration', v1, 1],
    ]);
    opened.ctx.close();
  });

  it('periodic: only when something changed, from this connection or another', () => {
    const dataDir = sampleDataDir();
    const { ctx } = ready(dataDir, { startBackup: false });
    const tracker = createChangeTracker(ctx.db);
    let t = Date.parse('2026-06-01T10:00:00Z');
    const tick = () => backupIfChanged(ctx, tracker, new Date((t += 60_000)));
    expect(tick()).toBeNull();
    ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    expect(tick()?.reason).toBe('periodic');
    expect(tick()).toBeNull();
    const other = openDatabase(databasePath(dataDir));
    other.prepare("UPDATE settings SET value = 'w' WHERE key = 'k'").run();
    closeDatabase(other);
    expect(tick()?.reason).toBe('periodic');
    expect(tick()).toBeNull();
    ctx.close();
  });

  it('startPeriodicBackups runs on its timer and stops', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const dataDir = sampleDataDir();
      const { ctx } = ready(dataDir, { startBackup: false });
      const taken: string[] = [];
      const stop = startPeriodicBackups(ctx, {
        intervalMs: 60_000,
        onBackup: (info) => taken.push(info.reason),
      });
      vi.advanceTimersByTime(60_000);
      expect(taken).toEqual([]);
      ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
      vi.advanceTimersByTime(60_000);
      expect(taken).toEqual(['periodic']);
      stop();
      ctx.db.prepare("UPDATE settings SET value = 'w' WHERE key = 'k'").run();
      vi.advanceTimersByTime(120_000);
      expect(taken).toEqual(['periodic']);
      ctx.close();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('backup settings', () => {
  it('a chosen folder (outside the data folder) takes new backups; the default one is still listed', () => {
    const dataDir = sampleDataDir();
    const { ctx } = ready(dataDir, { startBackup: false });
    const first = takeBackup(ctx, 'manual', { now: new Date('2026-01-01T00:00:00Z') });
    expect(() => writeBackupSettings(dataDir, { dir: 'relative/path' })).toThrow(SafetyError);
    const blocker = join(tempDir('blocker'), 'file');
    writeFileSync(blocker, 'x');
    expect(() => writeBackupSettings(dataDir, { dir: join(blocker, 'backups') })).toThrow(
      /cannot be written/,
    );

    const elsewhere = join(tempDir('share'), 'Accords backups');
    const settings = writeBackupSettings(dataDir, {
      dir: elsewhere,
      rotation: { keepLast: 3 },
      periodicMinutes: 5,
    });
    expect(settings).toMatchObject({
      dir: elsewhere,
      periodicMinutes: 5,
      rotation: { keepLast: 3, dailyDays: 14 },
    });
    const second = takeBackup(ctx, 'manual', { now: new Date('2026-01-02T00:00:00Z') });
    expect(second.file.startsWith(elsewhere)).toBe(true);
    const overview = backupOverview(dataDir);
    expect(overview.dir).toBe(elsewhere);
    expect(overview.backups.map((b) => b.file)).toEqual([second.file, first.file]);
    expect(JSON.parse(JSON.stringify(overview))).toEqual(overview);
    ctx.close();

    // A broken settings file means the defaults, never a failed start.
    writeFileSync(join(dataDir, BACKUP_SETTINGS_FILE), '{ not json');
    expect(backupOverview(dataDir).dir).toBe(defaultBackupDir(dataDir));
  });
});

describe('unclean shutdown', () => {
  it('a session killed with SIGKILL makes the next start run the full check; a clean close does not', async () => {
    const dataDir = sampleDataDir();
    const child = spawnChild(['open-safe', dataDir]);
    await child.waitFor((line) => line === 'ready');
    expect(
      listSessions(dataDir)
        .filter((s) => !s.stale)
        .map((s) => s.pid),
    ).toEqual([child.process.pid]);
    await killHard(child);
    expect(listSessions(dataDir).map((s) => s.stale)).toEqual([true]);

    const after = ready(dataDir, { startBackup: false });
    expect(after.report.uncleanShutdown).toBe(true);
    expect(after.report.check?.level).toBe('full');
    expect(countRecords(after.ctx.db).agreements).toBe(40);
    after.ctx.close();
    expect(listSessions(dataDir)).toEqual([]);

    const clean = ready(dataDir, { startBackup: false });
    expect(clean.report.uncleanShutdown).toBe(false);
    expect(clean.report.check?.level).toBe('clean-close');
    clean.ctx.close();
  });
});
