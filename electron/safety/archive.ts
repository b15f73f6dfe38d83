import { assertFolderExists, assertReplaceable, recordWritten } from '../files/writtenFiles';
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { APP_VERSION } from '../core/meta';
import { DATABASE_FILE, databasePath } from '../paths/dataDir';
import { snapshotDatabase } from './backup';
import { SafetyError } from './errors';
import { fsyncDir, fsyncFile, removeQuietly } from './files';
import { checkDatabaseFile, openReadOnly } from './integrity';
import { writeTarGz } from './tar';
import type { TableCounts } from './types';

/**
 * A portable archive of a whole data folder, to move Accords to another computer: a .tar.gz
 * holding `accords.sqlite3` (a verified snapshot, never the live file), the `attachments/`
 * folder when there is one, and last `accords-archive.json`, the manifest (app and schema
 * version, counts, size and SHA-256 of every file). Written last, the manifest doubles as the
 * proof that the archive is complete. Backups, damaged copies and session markers stay behind.
 */
export const ARCHIVE_MANIFEST = 'accords-archive.json';
export const ATTACHMENTS_DIR = 'attachments';
export const ARCHIVE_FORMAT = 'accords-archive';
export const ARCHIVE_FORMAT_VERSION = 1;

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  schemaVersion: number;
  counts: TableCounts;
  files: { path: string; size: number; sha256: string }[];
}

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

export interface ExportOptions {
  /** The app's open connection; without it the folder's database is opened read-only. */
  db?: Database.Database;
  now?: Date;
  /** Replace an existing file: one Accords wrote (the ledger), or any `fromCommandLine`. */
  overwrite?: boolean;
  /**
   * The user typed the path on the command line: `--force` replaces whatever is there and a
   * missing folder is made. The app's doors replace only files Accords wrote, into a folder
   * that exists.
   */
  fromCommandLine?: boolean;
  version?: string;
}

/** The attachment store's folder for files being written: nothing finished lives there. */
const SKIPPED_DIRS = new Set([`${ATTACHMENTS_DIR}/tmp`]);

function listTree(
  root: string,
  prefix: string,
): { dirs: string[]; files: { path: string; source: string }[] } {
  const dirs: string[] = [];
  const files: { path: string; source: string }[] = [];
  const walk = (dir: string, rel: string) => {
    dirs.push(rel);
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = `${rel}/${entry.name}`;
      if (SKIPPED_DIRS.has(path)) continue;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else if (entry.isFile()) files.push({ path, source: join(dir, entry.name) });
      // Links and special files are not data Accords wrote: they are left out.
    }
  };
  if (existsSync(root)) walk(root, prefix);
  return { dirs, files };
}

/** Exports a data folder into one archive file (written to `<file>.partial`, flushed, then renamed). */
export async function exportArchive(
  dataDirInput: string,
  outFile: string,
  options: ExportOptions = {},
): Promise<ArchiveInfo> {
  const dataDir = resolve(dataDirInput);
  const target = resolve(outFile);
  const now = options.now ?? new Date();
  if (existsSync(target) && !options.overwrite) {
    throw new SafetyError('conflict', 'errors.safety.archiveExists', `${target} already exists`, {
      file: target,
    });
  }
  if (options.fromCommandLine) mkdirSync(dirname(target), { recursive: true });
  else {
    assertFolderExists(dirname(target));
    assertReplaceable(dataDir, target);
  }
  const partial = `${target}.partial`;
  const snapshot = `${target}.sqlite3.partial`;
  removeQuietly(partial);
  removeQuietly(snapshot);
  try {
    let db = options.db;
    if (!db) {
      const check = checkDatabaseFile(databasePath(dataDir));
      if (!check.ok)
        throw new SafetyError(
          'rule',
          'errors.safety.archiveSourceInvalid',
          `The database cannot be archived: ${check.detail}`,
        );
      db = openReadOnly(databasePath(dataDir));
    }
    let verified;
    try {
      verified = snapshotDatabase(db, snapshot);
    } finally {
      if (!options.db) db.close();
    }
    const attachments = listTree(join(dataDir, ATTACHMENTS_DIR), ATTACHMENTS_DIR);
    const files: ArchiveManifest['files'] = [];
    await writeTarGz(partial, async (tar) => {
      files.push({ path: DATABASE_FILE, ...(await tar.addFile(DATABASE_FILE, snapshot)) });
      for (const dir of attachments.dirs) await tar.addDir(dir, now);
      for (const file of attachments.files)
        files.push({ path: file.path, ...(await tar.addFile(file.path, file.source)) });
      const manifest: ArchiveManifest = {
        format: ARCHIVE_FORMAT,
        formatVersion: ARCHIVE_FORMAT_VERSION,
        appVersion: options.version ?? APP_VERSION,
        createdAt: now.toISOString(),
        schemaVersion: verified.schemaVersion,
        counts: verified.counts,
        files,
      };
      await tar.addBuffer(
        ARCHIVE_MANIFEST,
        Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
        now,
      );
    });
    fsyncFile(partial);
    renameSync(partial, target);
    recordWritten(dataDir, target);
    fsyncDir(dirname(target));
    return {
      file: target,
      size: statSync(target).size,
      createdAt: now.toISOString(),
      appVersion: options.version ?? APP_VERSION,
      schemaVersion: verified.schemaVersion,
      counts: verified.counts,
      files: files.length,
    };
  } finally {
    removeQuietly(snapshot);
    removeQuietly(partial);
  }
}
