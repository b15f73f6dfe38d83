import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AppSession } from '../../../electron/app/session';
import { databasePath } from '../../../electron/paths/dataDir';
import { loadSample } from '../../../electron/sample/load';
import type { Result } from '../../../shared/ipc/result';
import { resources } from '../../../shared/i18n';
import type { AgreementPage } from '../../../shared/schemas/agreements';
import type {
  AppStatus,
  BackupInfo,
  BackupRestoreResult,
  RecoveryState,
} from '../../../shared/schemas/backups';
import { tempDir } from '../helpers/tempData';

/** A session closed when the test ends; no start backup unless asked, so tests count backups. */
function session(dataDir: string, startBackup = false): AppSession {
  const opened = new AppSession(dataDir, { startBackup });
  onTestFinished(() => opened.close());
  return opened;
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Refused: ${result.error.key} ${result.error.message}`);
  return result.value as T;
}

function agreementTotal(opened: AppSession): number {
  return value<AgreementPage>(opened.answer('agreements:list', {})).total;
}

/** A folder holding the Paris example and one manual backup of it, closed cleanly. */
function folderWithBackup(): { dataDir: string; backup: BackupInfo } {
  const dataDir = tempDir('accords-session-');
  const first = new AppSession(dataDir, { startBackup: false });
  try {
    loadSample(first.ctx!.db);
    const backup = value<BackupInfo>(first.answer('backups:create', undefined));
    return { dataDir, backup };
  } finally {
    first.close();
  }
}

/** Overwrites the SQLite header: the file is no database any more (SQLITE_NOTADB). */
function damageHeader(file: string): void {
  const bytes = Buffer.from('This is not a database file at all.');
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, 0);
  closeSync(fd);
}

/** Every file under a folder with its bytes, to see that a refusal changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path] = readFileSync(path).toString('base64');
  }
  return files;
}

function recoveryOf(opened: AppSession): RecoveryState {
  const status = value<AppStatus>(opened.answer('app:status', undefined));
  if (status.mode !== 'recovery') throw new Error('Expected the recovery mode');
  return status.recovery;
}

describe('AppSession', () => {
  it('opens a fresh folder ready and answers the data channels', () => {
    const opened = session(tempDir('accords-session-'));
    expect(value<AppStatus>(opened.answer('app:status', undefined))).toEqual({ mode: 'ready' });
    expect(opened.ctx).not.toBeNull();
    expect(agreementTotal(opened)).toBe(0);
  });

  it('a damaged database: recovery, data refused, only a listed backup restored', () => {
    const { dataDir, backup } = folderWithBackup();
    damageHeader(databasePath(dataDir));

    const opened = session(dataDir);
    const recovery = recoveryOf(opened);
    expect(recovery.problem).toBe('notadb');
    expect(recovery.movedTo).not.toBeNull();
    expect(existsSync(recovery.movedTo!)).toBe(true);
    expect(existsSync(databasePath(dataDir))).toBe(false);
    expect(recovery.suggested?.file).toBe(backup.file);
    expect(recovery.suggested?.counts.agreements).toBe(40);
    expect(opened.ctx).toBeNull();

    const refused = opened.answer('agreements:list', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.key).toBe('errors.recoveryNeeded');

    // A file the list did not offer, even a real database, is refused and nothing moves.
    const stranger = join(tempDir('accords-stranger-'), 'other.sqlite3');
    new Database(stranger).close();
    const before = snapshot(dataDir);
    const unknown = opened.answer('recovery:restore', { file: stranger });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.error.code).toBe('rule');
      expect(unknown.error.key).toBe('errors.safety.backupUnknown');
    }
    expect(snapshot(dataDir)).toEqual(before);
    expect(recoveryOf(opened)).toEqual(recovery);

    const restored = value<BackupRestoreResult>(
      opened.answer('recovery:restore', { file: recovery.suggested!.file }),
    );
    expect(restored.counts.agreements).toBe(40);
    expect(value<AppStatus>(opened.answer('app:status', undefined))).toEqual({ mode: 'ready' });
    expect(agreementTotal(opened)).toBe(40);
    // The damaged file is still where it was moved.
    expect(existsSync(recovery.movedTo!)).toBe(true);
  });

  it('backups:restore when ready backs up the current state first, then reopens', () => {
    const dataDir = tempDir('accords-session-');
    const opened = session(dataDir);
    const emptyBackup = value<BackupInfo>(opened.answer('backups:create', undefined));
    loadSample(opened.ctx!.db);
    expect(agreementTotal(opened)).toBe(40);
    const ctxBefore = opened.ctx;

    const result = value<BackupRestoreResult>(
      opened.answer('backups:restore', { file: emptyBackup.file }),
    );
    expect(result.safetyBackup).not.toBeNull();
    expect(result.safetyBackup!.reason).toBe('restore');
    expect(result.safetyBackup!.counts.agreements).toBe(40);
    expect(existsSync(result.safetyBackup!.file)).toBe(true);
    expect(opened.ctx).not.toBe(ctxBefore);
    expect(ctxBefore!.db.open).toBe(false);
    expect(agreementTotal(opened)).toBe(0);

    // The safety backup brings the example back.
    value<BackupRestoreResult>(
      opened.answer('backups:restore', { file: result.safetyBackup!.file }),
    );
    expect(agreementTotal(opened)).toBe(40);
  });

  it('recovery:start-empty only when no database is in place', () => {
    const readyDir = tempDir('accords-session-');
    const ready = session(readyDir);
    const refusedReady = ready.answer('recovery:start-empty', undefined);
    expect(refusedReady.ok).toBe(false);
    if (!refusedReady.ok) expect(refusedReady.error.key).toBe('errors.safety.cannotStartEmpty');

    // A register from a newer Accords stays in place: starting empty would hide it.
    const { dataDir: newerDir } = folderWithBackup();
    const db = new Database(databasePath(newerDir));
    db.pragma('user_version = 9999');
    db.close();
    const newer = session(newerDir);
    const newerState = recoveryOf(newer);
    expect(newerState.problem).toBe('newer-schema');
    expect(newerState.canStartEmpty).toBe(false);
    const refusedNewer = newer.answer('recovery:start-empty', undefined);
    expect(refusedNewer.ok).toBe(false);
    if (!refusedNewer.ok) expect(refusedNewer.error.key).toBe('errors.safety.cannotStartEmpty');
    expect(recoveryOf(newer)).toEqual(newerState);

    // A damaged file was moved aside: the user may start again with an empty register.
    const { dataDir: damagedDir } = folderWithBackup();
    damageHeader(databasePath(damagedDir));
    const damaged = session(damagedDir);
    const damagedState = recoveryOf(damaged);
    expect(damagedState.canStartEmpty).toBe(true);
    expect(value<AppStatus>(damaged.answer('recovery:start-empty', undefined))).toEqual({
      mode: 'ready',
    });
    expect(agreementTotal(damaged)).toBe(0);
    expect(existsSync(damagedState.movedTo!)).toBe(true);
  });
});

describe('safety error keys', () => {
  it('every errors.safety.* key main can send has an English and a French sentence', () => {
    const root = new URL('../../../', import.meta.url);
    const dir = new URL('electron/safety/', root).pathname;
    const files = [
      ...readdirSync(dir).map((name) => join(dir, name)),
      new URL('electron/app/session.ts', root).pathname,
    ].filter((file) => file.endsWith('.ts'));
    const keys = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'errors\.safety\.([A-Za-z]+)'/g))
        keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThanOrEqual(15);
    const en: Record<string, string> = resources.en.translation.errors.safety;
    const fr: Record<string, string> = resources.fr.translation.errors.safety;
    expect([...keys].filter((key) => !en[key] || !fr[key])).toEqual([]);
    expect(resources.fr.translation.errors.recoveryNeeded).toBeTruthy();
  });
});
