import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { SafetyError } from './errors';
import { messageOf, writeFileAtomic } from './files';
import { normalizePolicy, type RotationPolicy } from './rotation';

/**
 * Backup settings live in `<dataDir>/backup-settings.json`, not in the database's settings
 * table: they are needed precisely when the database cannot be opened (to find the backups
 * to offer). A missing or unreadable file means the defaults.
 */
export const BACKUP_SETTINGS_FILE = 'backup-settings.json';

export interface BackupSettings {
  /** The backup folder chosen by the user; null = `<dataDir>/backups`. */
  dir: string | null;
  rotation: RotationPolicy;
  /** Minutes between two periodic backups (taken only when something changed); 0 = none. */
  periodicMinutes: number;
}

export interface BackupSettingsUpdate {
  dir?: string | null;
  rotation?: Partial<RotationPolicy>;
  periodicMinutes?: number;
}

export const DEFAULT_PERIODIC_MINUTES = 15;

/** `<dataDir>/backups`. */
export function defaultBackupDir(dataDir: string): string {
  return join(resolve(dataDir), 'backups');
}

export function readBackupSettings(dataDir: string): BackupSettings {
  let raw: Partial<Record<keyof BackupSettings, unknown>> = {};
  try {
    raw = JSON.parse(readFileSync(join(dataDir, BACKUP_SETTINGS_FILE), 'utf8')) as typeof raw;
  } catch {
    // defaults
  }
  const periodic =
    typeof raw.periodicMinutes === 'number' && Number.isFinite(raw.periodicMinutes)
      ? Math.max(0, raw.periodicMinutes)
      : DEFAULT_PERIODIC_MINUTES;
  return {
    dir: typeof raw.dir === 'string' && isAbsolute(raw.dir) ? raw.dir : null,
    rotation: normalizePolicy(
      typeof raw.rotation === 'object' && raw.rotation !== null
        ? (raw.rotation as Partial<RotationPolicy>)
        : {},
    ),
    periodicMinutes: periodic,
  };
}

/**
 * Changes the backup settings. A new folder must be an absolute path where a file can be
 * written (it is created when missing); backups already taken stay where they are and are
 * still listed (see `backupDirs`).
 */
export function writeBackupSettings(dataDir: string, update: BackupSettingsUpdate): BackupSettings {
  const current = readBackupSettings(dataDir);
  const next: BackupSettings = {
    dir: update.dir === undefined ? current.dir : update.dir,
    rotation: normalizePolicy({ ...current.rotation, ...update.rotation }),
    periodicMinutes:
      update.periodicMinutes === undefined
        ? current.periodicMinutes
        : Math.max(0, update.periodicMinutes),
  };
  if (next.dir !== null && update.dir !== undefined) {
    if (!isAbsolute(next.dir)) {
      throw new SafetyError(
        'validation',
        'errors.safety.backupDirNotAbsolute',
        `The backup folder must be a full path, not "${next.dir}"`,
        { dir: next.dir },
      );
    }
    next.dir = resolve(next.dir);
    assertWritableDir(next.dir);
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileAtomic(join(dataDir, BACKUP_SETTINGS_FILE), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

function assertWritableDir(dir: string): void {
  const probe = join(dir, `.accords-write-test-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
  } catch (error) {
    throw new SafetyError(
      'rule',
      'errors.safety.backupDirUnusable',
      `Backups cannot be written to ${dir}: ${messageOf(error)}`,
      { dir },
    );
  }
}

/** Where new backups go. */
export function backupDir(dataDir: string): string {
  return readBackupSettings(dataDir).dir ?? defaultBackupDir(dataDir);
}

/** Every folder that may hold this data folder's backups: the chosen one, then the default. */
export function backupDirs(dataDir: string): string[] {
  const chosen = backupDir(dataDir);
  const fallback = defaultBackupDir(dataDir);
  return chosen === fallback ? [chosen] : [chosen, fallback];
}
