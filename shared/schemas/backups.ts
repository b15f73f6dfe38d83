import { z } from 'zod';
import { fileHandleSchema } from './fileHandles';

/**
 * Backups, integrity and recovery as both sides see them. The data-safety engine
 * (electron/safety) produces these; the recovery and backup screens show them. Everything
 * here is JSON-serialisable so a result can cross IPC unchanged.
 */

/** Why a backup was taken; part of its file name. */
export const BACKUP_REASONS = [
  'start',
  'periodic',
  'migration',
  'import',
  'restore',
  'manual',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Rows per table (every user table of the file, `sqlite_*` excluded). */
export type TableCounts = Record<string, number>;

/** One verified backup file. */
export interface BackupInfo {
  /** Absolute path. */
  file: string;
  /** File name, `accords-YYYYMMDD-HHMMSS-<reason>[-N].sqlite3` (UTC). */
  name: string;
  /** When it was taken (ISO 8601, UTC), from its name. */
  createdAt: string;
  reason: BackupReason;
  /** Bytes. */
  size: number;
  schemaVersion: number;
  counts: TableCounts;
}

/**
 * What is wrong with a database file:
 * - `missing`: no file (or an empty one) where data is expected;
 * - `notadb`: not an SQLite file (overwritten header, another kind of file);
 * - `corrupt`: SQLite reports SQLITE_CORRUPT while reading it;
 * - `check-failed`: quick_check / integrity_check did not say "ok";
 * - `not-accords`: an SQLite file, but not an Accords register;
 * - `newer-schema`: written by a newer Accords (`user_version` above what this build knows);
 * - `unavailable`: the folder cannot be read or written now (permissions, disk full, locked):
 *   the file itself may be fine, so it is never moved aside for this.
 */
export type DatabaseProblem =
  | 'missing'
  | 'notadb'
  | 'corrupt'
  | 'check-failed'
  | 'not-accords'
  | 'newer-schema'
  | 'unavailable';

/** The verdict on one database file. */
export interface CheckResult {
  ok: boolean;
  problem?: DatabaseProblem;
  /** One English line: "ok" or why not. */
  detail: string;
  /** `quick` = PRAGMA quick_check, `full` = PRAGMA integrity_check. */
  level: 'quick' | 'full';
  /** Present when the file could be read. */
  schemaVersion?: number;
  counts?: TableCounts;
  /** True for a file with no tables at all (a brand new or zero-length database). */
  empty?: boolean;
  ms: number;
}

/**
 * The data folder cannot be opened as it is; the app shows a recovery screen from this (it is
 * JSON-serialisable). The database was moved aside untouched into `movedTo` when it was damaged;
 * a database from a newer Accords and a folder that cannot be read are left where they are.
 */
export interface RecoveryState {
  status: 'recovery';
  problem: DatabaseProblem;
  detail: string;
  dataDir: string;
  databaseFile: string;
  movedTo: string | null;
  /** Restorable backups, newest first. */
  backups: BackupInfo[];
  /** The newest backup that passes quick_check: what the screen offers first. */
  suggested: BackupInfo | null;
  /** True when no database is in place: `openDataFolderSafely(dir, { allowEmptyStart: true })` starts a new, empty one. */
  canStartEmpty: boolean;
}

/** What the replaced database became when a backup was restored. */
export interface BackupRestoreResult {
  /** Attached files brought back from the backup folder (missing in the data folder). */
  attachmentsRestored: number;
  /** Attached files the backup needs that were found nowhere (older backups carried none). */
  attachmentsMissing: number;
  restoredFrom: string;
  schemaVersion: number;
  counts: TableCounts;
  /** The backup of the database that was replaced (reason `restore`); null when there was none. */
  safetyBackup: BackupInfo | null;
  /** Where the replaced database went instead, when it could not be read (damaged, newer schema). */
  movedAside: string | null;
}

/** Whether the data folder is open, or waiting for the user to choose how to recover it. */
export type AppStatus = { mode: 'ready' } | { mode: 'recovery'; recovery: RecoveryState };

/** The backups screen: where backups go, how often, and the verified backups found. */
export interface BackupOverviewView {
  dir: string;
  defaultDir: string;
  /** True when the user chose the folder (false: the default `<data folder>/backups`). */
  custom: boolean;
  periodicMinutes: number;
  backups: BackupInfo[];
}

/** A backup chosen from the list (only files the list offered are accepted). */
export const backupFileSchema = z.object({ file: z.string().min(1).max(4096) }).strict();

/**
 * The backup settings a user can change: the folder (null = default) and the interval. The
 * desktop app sends the folder chosen in its native dialog as `dirHandle`, never as a path.
 */
export const backupSettingsSchema = z
  .object({
    dir: z.string().trim().min(1).max(4096).nullable().optional(),
    dirHandle: fileHandleSchema.optional(),
    periodicMinutes: z.number().int().min(0).max(24 * 60).optional(),
  })
  .strict()
  .refine((input) => input.dir === undefined || input.dirHandle === undefined, {
    path: ['dir'],
    params: { key: 'errors.invalid' },
  });
export type BackupSettingsInput = z.input<typeof backupSettingsSchema>;

/** An integrity check on demand: quick (seconds) or full. */
export const integrityCheckSchema = z.object({ full: z.boolean().default(false) }).strict();

/**
 * True for a full path on any desktop: `/…` (macOS, Linux), `C:\…` or `C:/…`, `\\server\…`.
 * Checked here rather than with node:path so the form and main give the same verdict.
 */
export function isAbsolutePath(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path);
}

/** Exactly one of a typed path (`file`) and a dialog's handle. */
function pathOrHandle(input: { file?: string; handle?: string }, context: z.RefinementCtx): void {
  if ((input.file === undefined) === (input.handle === undefined)) {
    context.addIssue({
      code: 'custom',
      path: ['file'],
      message: input.file === undefined ? 'A file is required' : 'Give a file or a handle, not both',
      params: { key: input.file === undefined ? 'errors.required' : 'errors.invalid' },
    });
  }
}

const archiveFile = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine(isAbsolutePath, { params: { key: 'errors.safety.archivePathNotAbsolute' } });

/**
 * Where to write the portable archive of the whole data folder (database and attachments): a
 * path typed in the preview, or the desktop save dialog's handle.
 */
export const archiveExportSchema = z
  .object({
    file: archiveFile.optional(),
    handle: fileHandleSchema.optional(),
    overwrite: z.boolean().optional(),
  })
  .strict()
  .superRefine(pathOrHandle);
export type ArchiveExportInput = z.input<typeof archiveExportSchema>;

/** The archive (made on this or another computer) whose data replaces this folder's. */
export const archiveImportSchema = z
  .object({ file: archiveFile.optional(), handle: fileHandleSchema.optional() })
  .strict()
  .superRefine(pathOrHandle);
export type ArchiveImportInput = z.input<typeof archiveImportSchema>;

/** An archive written by `archive:export`. */
export interface ArchiveInfo {
  file: string;
  /** Bytes of the archive. */
  size: number;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  counts: TableCounts;
  /** Files inside (the database included). */
  files: number;
}

/** What `archive:import` did: the data now in place, and where the replaced data went. */
export interface ArchiveImportResult {
  schemaVersion: number;
  counts: TableCounts;
  files: number;
  archiveCreatedAt: string;
  archiveAppVersion: string;
  /** The backup of the database that was replaced (reason `import`); null when there was none. */
  safetyBackup: BackupInfo | null;
  /** Where a damaged database of this folder went instead. */
  movedAside: string | null;
  /** Where this folder's previous attachments went. */
  replacedAttachments: string | null;
}
