import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { blobPath } from '../services/documents/attachmentStore';
import { trashedBlobHashes } from '../services/trash/trash';
import { removeQuietly } from './files';
import { openReadOnly } from './integrity';

/**
 * Backups carry the attached files their database needs. A backup folder holds, next to its
 * `accords-*.sqlite3` files, one content-addressed store `attachments/sha256/ab/cdef…` laid out
 * like the data folder's: a file is named by its SHA-256, so a document unchanged between two
 * backups is stored once, and rotation keeps a file as long as any remaining backup needs it.
 * Files are hard links to the data folder's copies where the file system allows (no extra
 * space: the store never rewrites a file in place, it writes a new one under a new name), copies
 * otherwise (another disk, a network share).
 */

/** The content hashes a database needs: its documents, and those the trash would bring back. */
export function neededHashes(db: Database.Database): Set<string> {
  const hashes = new Set<string>();
  const hasDocuments =
    db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'documents'").pluck().get() === 1;
  if (!hasDocuments) return hashes;
  for (const hash of db.prepare('SELECT DISTINCT sha256 FROM documents').pluck().all() as string[])
    hashes.add(hash);
  const hasTrash =
    db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'trash'").pluck().get() === 1;
  if (hasTrash)
    for (const hash of trashedBlobHashes(db)) if (typeof hash === 'string') hashes.add(hash);
  return hashes;
}

/** The hashes a database file needs (opened read-only); empty when it cannot be read. */
export function neededHashesOfFile(file: string): Set<string> {
  let db: Database.Database | undefined;
  try {
    db = openReadOnly(file);
    return neededHashes(db);
  } catch {
    return new Set();
  } finally {
    db?.close();
  }
}

function isHash(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}

/** True when the file at `path` holds the bytes of `sha256`. */
export function fileMatches(path: string, sha256: string): boolean {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex') === sha256;
  } catch {
    return false;
  }
}

/** Puts `from` at `to` as a hard link, or a copy when linking is not possible; atomic by rename. */
function linkOrCopy(from: string, to: string): 'linked' | 'copied' {
  mkdirSync(dirname(to), { recursive: true });
  const temp = `${to}.${process.pid}.tmp`;
  removeQuietly(temp);
  let how: 'linked' | 'copied' = 'linked';
  try {
    linkSync(from, temp);
  } catch {
    copyFileSync(from, temp);
    how = 'copied';
  }
  renameSync(temp, to);
  return how;
}

export interface AttachmentCopyReport {
  /** Files newly put into the store (linked or copied). */
  added: number;
  linked: number;
  /** Bytes those files take (a hard link takes none of its own). */
  copiedBytes: number;
  /** Hashes needed but found nowhere intact (the data folder lacked them). */
  missing: string[];
}

/**
 * Makes sure `toDir`'s store holds every file of `hashes`, taken from `fromDir`'s store. A file
 * already there is kept as is (same name, same bytes); a source that is missing or does not
 * match its hash is not copied and is reported missing.
 */
export function copyBlobs(
  fromDir: string,
  toDir: string,
  hashes: Iterable<string>,
): AttachmentCopyReport {
  const report: AttachmentCopyReport = { added: 0, linked: 0, copiedBytes: 0, missing: [] };
  for (const hash of hashes) {
    if (!isHash(hash)) continue;
    const target = blobPath(toDir, hash);
    if (existsSync(target) && fileMatches(target, hash)) continue;
    const source = blobPath(fromDir, hash);
    if (!existsSync(source) || !fileMatches(source, hash)) {
      report.missing.push(hash);
      continue;
    }
    const how = linkOrCopy(source, target);
    report.added += 1;
    if (how === 'linked') report.linked += 1;
    else report.copiedBytes += statSync(target).size;
  }
  return report;
}

/** Removes from a backup folder's store the files no remaining backup needs. */
export function collectBackupBlobs(dir: string, backupFiles: readonly string[]): number {
  const root = join(dir, 'attachments', 'sha256');
  if (!existsSync(root)) return 0;
  const needed = new Set<string>();
  for (const file of backupFiles) for (const hash of neededHashesOfFile(file)) needed.add(hash);
  let removed = 0;
  for (const prefix of readdirSync(root)) {
    const folder = join(root, prefix);
    for (const rest of readdirSync(folder)) {
      if (needed.has(prefix + rest)) continue;
      rmSync(join(folder, rest), { force: true });
      removed += 1;
    }
  }
  return removed;
}

export interface AttachmentCheck {
  /** Documents in the database. */
  documents: number;
  /** Hashes whose file is not in the data folder. */
  missing: string[];
  /** Hashes whose file is there but does not hold those bytes (or has another size). */
  damaged: string[];
}

/**
 * Compares the documents table (and the trash) with the files of the data folder's store:
 * `hash: false` compares sizes only (the start-up check, cheap), `true` reads every file.
 */
export function checkAttachments(
  db: Database.Database,
  dataDir: string,
  options: { hash: boolean },
): AttachmentCheck {
  const rows = db.prepare('SELECT sha256, size FROM documents').all() as {
    sha256: string;
    size: number;
  }[];
  const sizes = new Map(rows.map((r) => [r.sha256, r.size]));
  const result: AttachmentCheck = { documents: rows.length, missing: [], damaged: [] };
  for (const hash of neededHashes(db)) {
    if (!isHash(hash)) continue;
    const path = blobPath(dataDir, hash);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) result.missing.push(hash);
    else if (sizes.has(hash) && stat.size !== sizes.get(hash)) result.damaged.push(hash);
    else if (options.hash && !fileMatches(path, hash)) result.damaged.push(hash);
  }
  return result;
}

/** One English line about attachments: null when all are in place. */
export function describeAttachmentCheck(check: AttachmentCheck): string | null {
  if (check.missing.length === 0 && check.damaged.length === 0) return null;
  const parts = [
    ...(check.missing.length ? [`${check.missing.length} attached file(s) missing`] : []),
    ...(check.damaged.length ? [`${check.damaged.length} attached file(s) damaged`] : []),
  ];
  return `${parts.join(', ')} (of ${check.documents} document(s)); restore a backup to bring them back`;
}
