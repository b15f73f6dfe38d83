import { finishInterruptedImport, SWAP_JOURNAL } from './importSwap';
import { WRITTEN_FILES } from '../files/writtenFiles';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { APP_VERSION } from '../core/meta';
import { closeDatabase, openDatabase } from '../db/open';
import { schemaVersion } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { Migration } from '../db/migrations/types';
import type { HandlerContext } from '../core/context';
import { databasePath } from '../paths/dataDir';
import { backupNames, listBackups, newestVerifiedBackup, PARTIAL_SUFFIX } from './backup';
import { checkAttachments, describeAttachmentCheck } from './attachments';
import { cleanCloseCheckedAt, forgetCleanClose, markCleanClose } from './cleanClose';
import { messageOf, removeQuietly } from './files';
import { checkDatabaseFile, classifyError, hasAnyRow } from './integrity';
import { backupTakerFor, createChangeTracker, startPeriodicBackups, takeBackup } from './schedule';
import { beginSession, clearStaleSessions, listSessions, type SessionKind } from './sessions';
import { backupDir, backupDirs } from './settings';
import { moveAside } from './recovery';
import type { BackupInfo, DatabaseProblem, RecoveryState } from './types';

/** An open data folder; `close()` stops the periodic backups, closes cleanly and ends the session. */
export interface AppContext extends HandlerContext {
  close(): void;
}

/** What happened while opening (for logs and an "about your data" panel). */
export interface StartupReport {
  /**
   * The check run on the existing file; null for a database created now. `clean-close`: the
   * file is byte for byte as the last session left it after a clean close (see cleanClose.ts),
   * so only its schema and identity were checked, not its pages.
   */
  check: { level: 'quick' | 'full' | 'clean-close'; ms: number } | null;
  /**
   * A previous session ended without closing (crash, kill, power cut: a stale session marker or a
   * -wal nobody has open): the check was full (integrity_check + foreign_key_check).
   */
  uncleanShutdown: boolean;
  created: boolean;
  migrated: { from: number; to: number } | null;
  /** Backups taken while opening (before a migration, at start). */
  backups: BackupInfo[];
  /** Things that did not stop the start but the user may want to know (a start backup that failed). */
  warnings: string[];
}

export type StartupResult =
  { status: 'ready'; ctx: AppContext; report: StartupReport } | RecoveryState;

export interface SafeOpenOptions {
  version?: string;
  /** Which kind of process opens the folder (its session marker says so to a refused restore). */
  kind?: SessionKind;
  now?: () => Date;
  /** Take a `start` backup (at most one per `startBackupMinIntervalMs`, default an hour). Default true. */
  startBackup?: boolean;
  startBackupMinIntervalMs?: number;
  /** Back up every so often while there are changes; off when absent or 0. */
  periodicBackupMs?: number;
  onPeriodicBackup?: (info: BackupInfo) => void;
  onPeriodicError?: (error: unknown) => void;
  /**
   * The user chose to start with an empty register although backups exist (or the previous file
   * was set aside): create a new database instead of offering recovery.
   */
  allowEmptyStart?: boolean;
  migrations?: readonly Migration[];
}

const COMPANIONS = ['-wal', '-shm'] as const;

/**
 * Opens a data folder, refusing to hand a damaged database to the app:
 * 1. a previous session that did not close (see sessions.ts) ⇒ full integrity_check, else quick_check;
 * 2. a file that fails (SQLITE_CORRUPT, SQLITE_NOTADB, a check that does not say ok, not an
 *    Accords file) is moved aside untouched with its -wal/-shm, and the recovery state offers the
 *    newest verified backup; a newer schema is left in place (updating Accords opens it);
 *    a missing database while backups exist is recovery too — never a silent empty register;
 * 3. opens it (WAL, migrations — each preceded by a backup), leaves a session marker, takes a
 *    start backup (at most hourly) and, if asked, starts the periodic backups.
 * Never throws for a problem of the data: the answer is `ready` or `recovery`.
 */
export function openDataFolderSafely(
  dataDirInput: string,
  options: SafeOpenOptions = {},
): StartupResult {
  try {
    return openChecked(dataDirInput, options);
  } catch (error) {
    // A failure nobody foresaw (a folder that vanished midway, a permission error while moving a
    // file aside): still an answer, never a crash. Nothing was moved or created by then.
    const dataDir = resolve(dataDirInput);
    let backups: BackupInfo[] = [];
    try {
      backups = listBackups(backupDirs(dataDir));
    } catch {
      // the backup folder is unreachable too
    }
    return {
      status: 'recovery',
      problem: 'unavailable',
      detail: `Opening failed: ${messageOf(error)}`,
      dataDir,
      databaseFile: databasePath(dataDir),
      movedTo: null,
      backups,
      suggested: null,
      canStartEmpty: false,
    };
  }
}

function openChecked(dataDirInput: string, options: SafeOpenOptions): StartupResult {
  const dataDir = resolve(dataDirInput);
  const file = databasePath(dataDir);
  const now = options.now ?? (() => new Date());
  const version = options.version ?? APP_VERSION;
  const recovery = (
    problem: DatabaseProblem,
    detail: string,
    movedTo: string | null,
  ): RecoveryState => {
    const backups = listBackups(backupDirs(dataDir)).filter(
      (b) => b.schemaVersion <= latestVersion(options.migrations),
    );
    return {
      status: 'recovery',
      problem,
      detail,
      dataDir,
      databaseFile: file,
      movedTo,
      backups,
      suggested: newestVerifiedBackup(
        backups,
        options.migrations ? { migrations: options.migrations } : {},
      ),
      canStartEmpty: !existsSync(file),
    };
  };
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    return recovery('unavailable', `The data folder cannot be created: ${messageOf(error)}`, null);
  }
  const sessions = listSessions(dataDir);
  const inUse = sessions.filter((s) => !s.stale);
  // An import killed during its final swap: completed first, before its staging folder would
  // be taken for a leftover and before the database is checked.
  if (inUse.length === 0) {
    try {
      finishInterruptedImport(dataDir);
    } catch (error) {
      return recovery(
        'unavailable',
        `An interrupted archive import could not be completed: ${messageOf(error)}`,
        null,
      );
    }
  }
  removeLeftovers(dataDir, now(), inUse.length > 0);
  // A clean close folds the WAL back and removes it. A non-empty -wal that nobody has open is
  // the trace of a session that did not close — or a stale one from elsewhere, which only a
  // full check tells apart (quick_check does not compare indexes with their tables).
  const leftoverWal =
    inUse.length === 0 && existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0;
  const unclean = sessions.some((s) => s.stale) || leftoverWal;
  const report: StartupReport = {
    check: null,
    uncleanShutdown: unclean,
    created: false,
    migrated: null,
    backups: [],
    warnings: [],
  };
  let fromVersion = 0;
  // When the file was last read page by page: now, unless a clean close vouches for it.
  let checkedAt = now();

  if (!existsSync(file)) {
    const orphanWal = existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0;
    const hasBackups = listBackups(backupDirs(dataDir)).length > 0;
    // A WAL without its database would be replayed into a new empty file: set it aside first.
    const movedTo =
      orphanWal && inUse.length === 0
        ? tryMoveAside('missing', 'A -wal file without its database')
        : null;
    if ((orphanWal || hasBackups) && !options.allowEmptyStart) {
      return recovery(
        'missing',
        orphanWal
          ? 'The database file is missing; its -wal file was set aside'
          : 'The database file is missing, but backups exist',
        movedTo,
      );
    }
    // Empty leftovers of a read-only check: nothing in them, and nobody has the folder open.
    if (!orphanWal && inUse.length === 0)
      for (const suffix of COMPANIONS) removeQuietly(`${file}${suffix}`);
    report.created = true;
  } else {
    const cleanSince = unclean || inUse.length > 0 ? null : cleanCloseCheckedAt(dataDir, file, now());
    const check = checkDatabaseFile(file, {
      full: unclean,
      pages: cleanSince === null,
      counts: false,
      ...(options.migrations ? { migrations: options.migrations } : {}),
    });
    report.check = { level: cleanSince ? 'clean-close' : check.level, ms: check.ms };
    if (cleanSince) checkedAt = cleanSince;
    if (!check.ok) return refuse(check.problem ?? 'unavailable', check.detail);
    fromVersion = check.schemaVersion ?? 0;
    if (check.empty && !options.allowEmptyStart && listBackups(backupDirs(dataDir)).length > 0) {
      return refuse('missing', 'The database file is empty, but backups exist');
    }
    report.created = check.empty === true;
  }

  let endSession: () => void;
  try {
    endSession = beginSession(dataDir, version, options.kind);
  } catch (error) {
    return recovery('unavailable', `The data folder cannot be written: ${messageOf(error)}`, null);
  }
  // From now on the file may change: the next start checks it, unless this session closes cleanly.
  forgetCleanClose(dataDir);
  let db;
  let migrationBackupFailed = false;
  try {
    db = openDatabase(file, {
      ...(options.migrations ? { migrations: options.migrations } : {}),
      beforeMigrate: (from, _to, opened) => {
        if (from === 0) return;
        try {
          report.backups.push(takeBackup({ db: opened, dataDir }, 'migration', { now: now() }));
        } catch (error) {
          migrationBackupFailed = true;
          throw error;
        }
      },
    });
  } catch (error) {
    endSession();
    // No schema update without a backup first: the file is fine, the folder is the problem.
    if (migrationBackupFailed)
      return recovery(
        'unavailable',
        `The backup before the schema update failed: ${messageOf(error)}`,
        null,
      );
    return refuse(classifyError(error), `Opening failed: ${messageOf(error)}`);
  }
  clearStaleSessions(sessions);
  const toVersion = schemaVersion(db);
  if (!report.created && toVersion !== fromVersion)
    report.migrated = { from: fromVersion, to: toVersion };

  // The documents against the store's files (presence and size; `check` also hashes them).
  try {
    const problem = describeAttachmentCheck(checkAttachments(db, dataDir, { hash: false }));
    if (problem) report.warnings.push(problem);
  } catch (error) {
    report.warnings.push(`The attached files could not be checked: ${messageOf(error)}`);
  }

  if (options.startBackup !== false && !report.created && report.backups.length === 0) {
    try {
      const dir = backupDir(dataDir);
      const newest = backupNames(dir)[0];
      const recent =
        newest &&
        now().getTime() - Date.parse(newest.createdAt) <
          (options.startBackupMinIntervalMs ?? 3_600_000);
      if (!recent && hasAnyRow(db))
        report.backups.push(takeBackup({ db, dataDir }, 'start', { now: now() }));
    } catch (error) {
      report.warnings.push(`The start backup failed: ${messageOf(error)}`);
    }
  }

  const opened = db;
  const stopPeriodic = options.periodicBackupMs
    ? startPeriodicBackups(
        { db: opened, dataDir },
        {
          intervalMs: options.periodicBackupMs,
          tracker: createChangeTracker(opened),
          ...(options.onPeriodicBackup ? { onBackup: options.onPeriodicBackup } : {}),
          ...(options.onPeriodicError ? { onError: options.onPeriodicError } : {}),
        },
      )
    : () => {};
  let closed = false;
  const ctx: AppContext = {
    db: opened,
    dataDir,
    version,
    takeBackup: backupTakerFor({ db: opened, dataDir }),
    close() {
      if (closed) return;
      closed = true;
      stopPeriodic();
      // A close that fails (disk full while folding the WAL) keeps the marker: next start checks fully.
      closeDatabase(opened);
      endSession();
      // The last one out vouches for the file it leaves, so the next start need not read every page.
      try {
        if (!listSessions(dataDir).some((s) => !s.stale)) markCleanClose(dataDir, file, checkedAt);
      } catch {
        // no mark: the next start only checks the file again
      }
    },
  };
  return { status: 'ready', ctx, report };

  function refuse(problem: DatabaseProblem, detail: string): RecoveryState {
    if (problem === 'unavailable' || problem === 'newer-schema')
      return recovery(problem, detail, null);
    if (inUse.length > 0) {
      return recovery(
        problem,
        `${detail} (not moved aside: Accords process ${inUse.map((s) => s.pid).join(', ')} has it open)`,
        null,
      );
    }
    const movedTo = tryMoveAside(problem, detail);
    if (movedTo) clearStaleSessions(sessions);
    return recovery(problem, movedTo ? detail : `${detail} (it could not be moved aside)`, movedTo);
  }

  function tryMoveAside(problem: DatabaseProblem, detail: string): string | null {
    try {
      return moveAside(dataDir, problem, detail, now());
    } catch {
      return null;
    }
  }
}

function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.length ? migrations[migrations.length - 1]!.version : 0;
}

/** The temporary name of a small file written atomically (the import journal, the written-files ledger). */
function isSmallFileTemp(name: string): boolean {
  return (
    (name.startsWith(`${SWAP_JOURNAL}.`) || name.startsWith(`${WRITTEN_FILES}.`)) &&
    name.endsWith('.tmp')
  );
}

/**
 * Temporary files of a restore, an import or a backup that was killed (the real files were not
 * touched by then): `accords.sqlite3.restoring`, `.import-*` staging folders, `.partial` backups,
 * and the temporary files of the import journal and the written-files ledger.
 * Every restore, import and backup runs inside a session of a live process, so when no live
 * session holds the folder, nothing is writing them and they all go now; otherwise only those
 * untouched for an hour (a younger one may belong to the process that holds the folder).
 */
function removeLeftovers(dataDir: string, now: Date, othersLive: boolean): void {
  const stale = (path: string) => !othersLive || now.getTime() - statSync(path).mtimeMs > 3_600_000;
  try {
    for (const name of readdirSync(dataDir)) {
      if (!name.endsWith('.restoring') && !name.startsWith('.import-') && !isSmallFileTemp(name))
        continue;
      const path = join(dataDir, name);
      if (stale(path)) removeQuietly(path);
    }
  } catch {
    // unreadable folder: the open below reports it
  }
  for (const dir of backupDirs(dataDir)) {
    try {
      for (const name of readdirSync(dir)) {
        if (!name.startsWith('accords-') || !name.includes(PARTIAL_SUFFIX)) continue;
        const path = join(dir, name);
        if (stale(path)) removeQuietly(path);
      }
    } catch {
      // no backup folder yet, or unreachable: the next start tries again
    }
  }
}

export { DataFolderError, describeRecovery, moveAside } from './recovery';
export type { RecoveryState } from './types';
