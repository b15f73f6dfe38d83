import type Database from 'better-sqlite3';
import type { BackupTaker } from '../core/context';
import { changeSignature, createBackup, listBackups } from './backup';
import { rotateBackups } from './rotation';
import { backupDirs, defaultBackupDir, readBackupSettings, type BackupSettings } from './settings';
import type { BackupInfo, BackupReason } from './types';

/** An open data folder: what a backup needs to know. */
export interface BackupTarget {
  db: Database.Database;
  dataDir: string;
}

/**
 * Takes a backup into the data folder's backup folder (settings, else `<dataDir>/backups`) and
 * applies the rotation policy. The one call for every automatic backup and for "Back up now";
 * an import calls `takeBackup(ctx, 'import')` before writing anything. Throws when the backup
 * fails (nothing is left behind); a failed rotation is not an error.
 */
export function takeBackup(
  target: BackupTarget,
  reason: BackupReason,
  options: { now?: Date; dir?: string } = {},
): BackupInfo {
  const settings = readBackupSettings(target.dataDir);
  const dir = options.dir ?? settings.dir ?? defaultBackupDir(target.dataDir);
  const now = options.now ?? new Date();
  const info = createBackup(target.db, { dir, reason, now, dataDir: target.dataDir });
  try {
    rotateBackups(dir, settings.rotation, now);
  } catch {
    // A rotation that fails today is retried with the next backup.
  }
  return info;
}

/** The backup taker a context hands to services (an import, a team download): `takeBackup` on this folder. */
export function backupTakerFor(target: BackupTarget): BackupTaker {
  return (reason) => takeBackup(target, reason);
}

/** What a "Backups" screen shows (JSON-serialisable). */
export interface BackupOverview {
  /** Where new backups go. */
  dir: string;
  defaultDir: string;
  settings: BackupSettings;
  /** Every verified backup of this data folder (chosen folder and default one), newest first. */
  backups: BackupInfo[];
}

export function backupOverview(dataDir: string): BackupOverview {
  const settings = readBackupSettings(dataDir);
  const defaultDir = defaultBackupDir(dataDir);
  return {
    dir: settings.dir ?? defaultDir,
    defaultDir,
    settings,
    backups: listBackups(backupDirs(dataDir)),
  };
}

/** Remembers the state of the last backup so only changes trigger a new one. */
export interface ChangeTracker {
  changed(): boolean;
  /** Records the current state as backed up. */
  mark(): void;
  /** Forgets the last mark: the next `changed()` says yes. */
  invalidate(): void;
}

/**
 * Watches a connection for committed changes: its own (`total_changes()`) and other
 * connections' (`PRAGMA data_version`). Starts "unchanged" from now.
 */
export function createChangeTracker(db: Database.Database): ChangeTracker {
  let last = changeSignature(db);
  return {
    changed: () => changeSignature(db) !== last,
    mark: () => {
      last = changeSignature(db);
    },
    invalidate: () => {
      last = '';
    },
  };
}

/** Takes a `periodic` backup when something was committed since the last one; null otherwise. */
export function backupIfChanged(
  target: BackupTarget,
  tracker: ChangeTracker,
  now: Date = new Date(),
): BackupInfo | null {
  if (!target.db.open || target.db.inTransaction || !tracker.changed()) return null;
  // Read the signature before the backup: a commit landing after it is caught next time.
  tracker.mark();
  try {
    return takeBackup(target, 'periodic', { now });
  } catch (error) {
    // Not taken: try again at the next tick even if nothing else changes.
    tracker.invalidate();
    throw error;
  }
}

export interface PeriodicBackupOptions {
  intervalMs: number;
  /** Starts from this tracker (e.g. the one read right after the start backup). */
  tracker?: ChangeTracker;
  onBackup?: (info: BackupInfo) => void;
  /** A failed backup (disk full, folder unreachable): reported, then retried at the next tick. */
  onError?: (error: unknown) => void;
}

/**
 * Every `intervalMs`, backs up if something changed since the last backup. The timer does not
 * keep the process alive. Returns the function that stops it.
 */
export function startPeriodicBackups(
  target: BackupTarget,
  options: PeriodicBackupOptions,
): () => void {
  const tracker = options.tracker ?? createChangeTracker(target.db);
  const timer = setInterval(
    () => {
      try {
        const info = backupIfChanged(target, tracker);
        if (info) options.onBackup?.(info);
      } catch (error) {
        options.onError?.(error);
      }
    },
    Math.max(1000, options.intervalMs),
  );
  timer.unref();
  return () => clearInterval(timer);
}
