import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DomainError } from '../core/errors';
import { writeFileAtomic } from '../safety/files';

/** The ledger of files Accords wrote outside its data folder (exports, archives), in that folder. */
export const WRITTEN_FILES = 'written-files.json';
/** The newest entries kept; older exports simply can no longer be replaced in place. */
const MAX_ENTRIES = 500;

/** What identifies one file as the very one Accords left there (not a later replacement). */
interface Written {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
}

type Ledger = Record<string, Written>;

function ledgerFile(dataDir: string): string {
  return join(dataDir, WRITTEN_FILES);
}

function identity(file: string): Written | null {
  const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  if (!stat?.isFile()) return null;
  return {
    dev: String(stat.dev),
    ino: String(stat.ino),
    size: String(stat.size),
    mtimeNs: String(stat.mtimeNs),
  };
}

function readLedger(dataDir: string): Ledger {
  try {
    const raw = JSON.parse(readFileSync(ledgerFile(dataDir), 'utf8')) as unknown;
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Ledger) : {};
  } catch {
    // No ledger yet, or an unreadable one: nothing counts as ours, which only refuses more.
    return {};
  }
}

/**
 * Notes that Accords just wrote `file` (called after the rename that put it in place). The
 * file is written whatever happens here: a ledger that cannot be saved only means that this
 * file will not be replaced later without another name.
 */
export function recordWritten(dataDir: string, file: string): void {
  try {
    const written = identity(file);
    if (!written) return;
    const ledger = readLedger(dataDir);
    const path = resolve(file);
    delete ledger[path];
    ledger[path] = written;
    const kept = Object.entries(ledger).slice(-MAX_ENTRIES);
    writeFileAtomic(ledgerFile(dataDir), `${JSON.stringify(Object.fromEntries(kept), null, 1)}\n`);
  } catch (error) {
    console.warn(
      `Accords: could not note ${file} in ${WRITTEN_FILES}: ${(error as Error).message}`,
    );
  }
}

/** True when `file` is exactly the file Accords last wrote there: same inode, size and time. */
export function wasWrittenByAccords(dataDir: string, file: string): boolean {
  const known = readLedger(dataDir)[resolve(file)];
  const now = identity(file);
  return (
    known !== undefined &&
    now !== null &&
    known.dev === now.dev &&
    known.ino === now.ino &&
    known.size === now.size &&
    known.mtimeNs === now.mtimeNs
  );
}

/**
 * Refuses to replace an existing file Accords did not write (a user's spreadsheet, a system
 * file): asking to overwrite only ever replaces one of our own exports or archives.
 */
export function assertReplaceable(dataDir: string, file: string): void {
  if (identity(file) === null || wasWrittenByAccords(dataDir, file)) return;
  throw new DomainError(
    'conflict',
    'errors.files.notWrittenByAccords',
    `${file} was not written by Accords: it is not replaced`,
    [],
    { file },
  );
}

/** Refuses a folder that does not exist (the app writes only into folders the user has). */
export function assertFolderExists(dir: string): void {
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return;
  throw new DomainError(
    'rule',
    'errors.files.folderMissing',
    `The folder ${dir} does not exist`,
    [],
    {
      dir,
    },
  );
}
