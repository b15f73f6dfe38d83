import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SafetyError } from './errors';
import { fsyncDir, fsyncFile, removeQuietly, stamp } from './files';
import { copyBlobs, neededHashesOfFile } from './attachments';
import { checkDatabaseFile, openReadOnly, tableCounts, type CheckOptions } from './integrity';
import { BACKUP_REASONS, type BackupInfo, type BackupReason, type TableCounts } from './types';

/**
 * Backups are plain SQLite files, one per snapshot, named `accords-YYYYMMDD-HHMMSS-<reason>.sqlite3`
 * (UTC; `-2`, `-3`… when two land in the same second). A file only gets that name after it was
 * written to `<name>.partial`, verified and flushed to disk: a backup killed midway leaves at
 * most a `.partial`, which no listing ever shows. No sidecar manifest: the file itself is the
 * proof (a listing opens each file and reads its schema version and counts; a restore runs a
 * full integrity_check first), so nothing can say "valid" about a file that is not.
 */
const NAME_PATTERN = new RegExp(
  `^accords-(\\d{8})-(\\d{6})-(${BACKUP_REASONS.join('|')})(?:-(\\d+))?\\.sqlite3$`,
);
export const PARTIAL_SUFFIX = '.partial';

/** What a backup's name tells: when and why (no file access). */
export interface BackupName {
  name: string;
  createdAt: string;
  reason: BackupReason;
  /** 1 for the first of its second, then 2, 3… */
  sequence: number;
}

/** Reads a backup file name; null for anything else (partials, foreign files). */
export function parseBackupName(name: string): BackupName | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, time, reason, sequence] = match as unknown as [
    string,
    string,
    string,
    BackupReason,
    string | undefined,
  ];
  const createdAt = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.000Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { name, createdAt, reason, sequence: sequence ? Number(sequence) : 1 };
}

/** The name a backup taken at `date` for `reason` gets (before de-duplication). */
export function backupFileName(date: Date, reason: BackupReason, sequence = 1): string {
  return `accords-${stamp(date)}-${reason}${sequence > 1 ? `-${sequence}` : ''}.sqlite3`;
}

/** Newest first; within one second, the later sequence first. */
export function compareNewestFirst(a: BackupName, b: BackupName): number {
  return a.createdAt === b.createdAt ? b.sequence - a.sequence : a.createdAt < b.createdAt ? 1 : -1;
}

/** The backup names in a folder, newest first, without opening them. */
export function backupNames(dir: string): BackupName[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map(parseBackupName)
    .filter((parsed): parsed is BackupName => parsed !== null)
    .sort(compareNewestFirst);
}

export interface CreateBackupOptions {
  dir: string;
  reason: BackupReason;
  now?: Date;
  /** The data folder whose attached files the backup carries (see attachments.ts). */
  dataDir?: string;
}

/** A reading of "has anything changed", for this connection and every other one. */
export function changeSignature(db: Database.Database): string {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const ownChanges = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${dataVersion}:${ownChanges}`;
}

/**
 * Takes a verified snapshot of an open database into `dir`: `VACUUM INTO` a `.partial` file
 * (a consistent read transaction: it completes while other connections write, unlike an online
 * backup at its default rate), then opens the copy read-only and checks quick_check, the schema
 * version and each table's count (against the source when nothing was committed meanwhile),
 * flushes it and renames it into place. On any failure the partial is removed and the error
 * thrown (SQLite's own error for a full disk, so callers report it as a storage failure).
 */
export function createBackup(db: Database.Database, options: CreateBackupOptions): BackupInfo {
  if (db.inTransaction) throw new Error('createBackup: cannot snapshot from inside a transaction');
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const now = options.now ?? new Date();
  let sequence = 1;
  while (
    existsSync(join(dir, backupFileName(now, options.reason, sequence))) ||
    existsSync(join(dir, backupFileName(now, options.reason, sequence) + PARTIAL_SUFFIX))
  ) {
    sequence += 1;
  }
  const name = backupFileName(now, options.reason, sequence);
  const final = join(dir, name);
  const verified = writeVerified(db, final);
  // The attached files the snapshot needs, into the backup folder's shared store. Taken from
  // the snapshot (not the live database): exactly the documents that backup lists.
  if (options.dataDir) copyBlobs(options.dataDir, dir, neededHashesOfFile(final));
  const created = parseBackupName(name)!;
  return {
    file: final,
    name,
    createdAt: created.createdAt,
    reason: options.reason,
    size: statSync(final).size,
    ...verified,
  };
}

/** Snapshot to `<final>.partial`, verify, flush, rename; the partial is removed on failure. */
function writeVerified(
  db: Database.Database,
  final: string,
): { schemaVersion: number; counts: TableCounts } {
  const partial = final + PARTIAL_SUFFIX;
  removeQuietly(partial);
  try {
    const verified = snapshotDatabase(db, partial);
    fsyncFile(partial);
    renameSync(partial, final);
    fsyncDir(dirname(final));
    return verified;
  } catch (error) {
    removeQuietly(partial);
    removeQuietly(`${partial}-journal`);
    throw error;
  }
}

/** A backup written with `backup --out FILE`, and the attached files that went with it. */
export interface FileBackupInfo extends BackupInfo {
  /** Attached files the backup needs, now in the store next to it (already there or added). */
  attachments: number;
  /** Of those, files the data folder lacked (or whose bytes no longer match): not backed up. */
  attachmentsMissing: number;
}

/**
 * Writes a verified backup to a file the user chose (`backup --out FILE`), with the same
 * partial → verify → flush → rename steps. It is not part of any rotation; refuses to overwrite.
 * Like the backups of the backup folder it carries the attached files its documents need, in
 * the content-addressed store beside it (`<folder of FILE>/attachments/sha256/…`, hard links
 * where the file system allows, copies otherwise), where a restore of FILE finds them.
 */
export function backupToFile(
  db: Database.Database,
  outFile: string,
  options: { dataDir?: string; now?: Date } = {},
): FileBackupInfo {
  const final = resolve(outFile);
  if (existsSync(final))
    throw new SafetyError('conflict', 'errors.safety.fileExists', `${final} already exists`, {
      file: final,
    });
  mkdirSync(dirname(final), { recursive: true });
  const verified = writeVerified(db, final);
  const needed = neededHashesOfFile(final);
  const copied = options.dataDir
    ? copyBlobs(options.dataDir, dirname(final), needed)
    : { missing: [...needed] };
  return {
    file: final,
    name: basename(final),
    createdAt: (options.now ?? new Date()).toISOString(),
    reason: 'manual',
    size: statSync(final).size,
    ...verified,
    attachments: needed.size,
    attachmentsMissing: copied.missing.length,
  };
}

/**
 * `VACUUM INTO` a new file and verifies it (quick_check, same schema version, same counts as the
 * source when nothing was committed meanwhile). The file is not flushed and may be left behind
 * on failure: callers write to a temporary name and clean up.
 */
export function snapshotDatabase(
  db: Database.Database,
  target: string,
): { schemaVersion: number; counts: TableCounts } {
  const before = changeSignature(db);
  const sourceCounts = tableCounts(db);
  const sourceVersion = db.pragma('user_version', { simple: true }) as number;
  db.prepare('VACUUM INTO ?').run(target);
  const unchanged = changeSignature(db) === before;
  return verifySnapshot(target, sourceVersion, unchanged ? sourceCounts : null);
}

function verifySnapshot(
  file: string,
  expectedVersion: number,
  expectedCounts: TableCounts | null,
): { schemaVersion: number; counts: TableCounts } {
  const check = checkDatabaseFile(file);
  const fail = (why: string) =>
    new SafetyError(
      'rule',
      'errors.safety.backupUnverified',
      `The backup copy did not verify (${why}); it was discarded`,
      { why },
    );
  // The schema version is only read once the integrity check passed; whether this build knows
  // that version is not the copy's business (it must just match its source).
  if (check.schemaVersion === undefined || check.counts === undefined) throw fail(check.detail);
  if (check.schemaVersion !== expectedVersion)
    throw fail(`schema ${check.schemaVersion} instead of ${expectedVersion}`);
  if (expectedCounts) {
    for (const [table, count] of Object.entries(expectedCounts)) {
      if (check.counts[table] !== count)
        throw fail(`${table}: ${check.counts[table] ?? 'missing'} rows instead of ${count}`);
    }
  }
  return { schemaVersion: check.schemaVersion, counts: check.counts };
}

/**
 * Reads one backup file for a listing: opens it read-only and reads its schema version and
 * counts. Null when the name is not a backup name or the file does not open as a database.
 */
export function readBackupInfo(file: string): BackupInfo | null {
  const parsed = parseBackupName(basename(file));
  if (!parsed) return null;
  let db: Database.Database | undefined;
  try {
    const size = statSync(file).size;
    db = openReadOnly(file);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const counts = tableCounts(db);
    if (Object.keys(counts).length === 0) return null;
    return {
      file: resolve(file),
      name: parsed.name,
      createdAt: parsed.createdAt,
      reason: parsed.reason,
      size,
      schemaVersion,
      counts,
    };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/**
 * The backups of one or more folders, newest first: only files with a final backup name that
 * open as an Accords database (partials and anything else are ignored). The same file listed
 * twice (two folder settings pointing to one place) appears once.
 */
export function listBackups(dirs: string | readonly string[]): BackupInfo[] {
  const seen = new Set<string>();
  const result: BackupInfo[] = [];
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) {
    for (const parsed of backupNames(dir)) {
      const file = resolve(dir, parsed.name);
      if (seen.has(file)) continue;
      seen.add(file);
      const info = readBackupInfo(file);
      if (info) result.push(info);
    }
  }
  return result.sort((a, b) =>
    compareNewestFirst(parseBackupName(a.name)!, parseBackupName(b.name)!),
  );
}

/**
 * The newest backup that passes a check (`quick_check`, or `integrity_check` with `full`) and
 * that this version can open; null when there is none. This is what a recovery screen offers.
 */
export function newestVerifiedBackup(
  backups: readonly BackupInfo[],
  options: CheckOptions = {},
): BackupInfo | null {
  for (const backup of backups) {
    if (checkDatabaseFile(backup.file, options).ok) return backup;
  }
  return null;
}
