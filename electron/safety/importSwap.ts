import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { databasePath } from '../paths/dataDir';
import { ATTACHMENTS_DIR } from './archive';
import { fsyncDir, removeQuietly, writeFileAtomic } from './files';
import { removeCompanions } from './recovery';

/**
 * The journal of an archive import's final swap, in the data folder. Written (and flushed)
 * once the archive is unpacked and checked in its staging folder and the current database is
 * backed up, before the first rename; removed when the swap is done. A process killed in
 * between leaves it, and the next start completes the swap from it (`finishInterruptedImport`),
 * so the attachments folder never stays out of step with the database.
 */
export const SWAP_JOURNAL = 'import-swap.json';

export interface SwapJournal {
  /** The staging folder's name, inside the data folder (`.import-xxxxxxxx`). */
  staging: string;
  /** Where the current attachments go, relative to the data folder (`replaced/<stamp>`). */
  aside: string;
  /** Whether the archive brought an attachments folder. */
  stagedAttachments: boolean;
}

/** The swap's steps, in order: a test can stop the process before any of them. */
export type SwapStep = 'old-attachments-aside' | 'new-attachments-in' | 'database-in' | 'cleanup';

export function writeSwapJournal(dataDir: string, journal: SwapJournal): void {
  writeFileAtomic(join(dataDir, SWAP_JOURNAL), `${JSON.stringify(journal)}\n`);
}

function readSwapJournal(dataDir: string): SwapJournal | null {
  const file = join(dataDir, SWAP_JOURNAL);
  if (!existsSync(file)) return null;
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<SwapJournal>;
    if (
      typeof raw.staging === 'string' &&
      /^\.import-[0-9a-f]+$/.test(raw.staging) &&
      typeof raw.aside === 'string' &&
      /^replaced\/[0-9-]+$/.test(raw.aside) &&
      typeof raw.stagedAttachments === 'boolean'
    )
      return raw as SwapJournal;
  } catch {
    // A journal cut short was never acted on: writeFileAtomic renames it into place whole.
  }
  return null;
}

/**
 * Does (or finishes) the swap the journal describes. Every step looks at what is already done,
 * so it can run again after a kill at any point: the old attachments go aside, the archive's
 * come in, then the database (the last rename: while the staged database is still in the
 * staging folder, the swap is not done). Answers where the old attachments went, if anywhere.
 */
export function finishSwap(
  dataDir: string,
  journal: SwapJournal,
  beforeStep?: (step: SwapStep) => void,
): string | null {
  const staging = join(dataDir, journal.staging);
  const stagedDb = join(staging, 'accords.sqlite3');
  const stagedAttachments = join(staging, ATTACHMENTS_DIR);
  const attachments = join(dataDir, ATTACHMENTS_DIR);
  const aside = join(dataDir, journal.aside, ATTACHMENTS_DIR);
  // The archive's attachments are in place once they have left the staging folder.
  const newInPlace = journal.stagedAttachments && !existsSync(stagedAttachments);

  beforeStep?.('old-attachments-aside');
  if (existsSync(attachments) && !newInPlace && !existsSync(aside)) {
    mkdirSync(dirname(aside), { recursive: true });
    renameSync(attachments, aside);
    fsyncDir(dataDir);
  }
  beforeStep?.('new-attachments-in');
  if (existsSync(stagedAttachments)) {
    renameSync(stagedAttachments, attachments);
    fsyncDir(dataDir);
  }
  beforeStep?.('database-in');
  if (existsSync(stagedDb)) {
    removeCompanions(dataDir);
    renameSync(stagedDb, databasePath(dataDir));
    fsyncDir(dataDir);
  }
  beforeStep?.('cleanup');
  removeQuietly(join(dataDir, SWAP_JOURNAL));
  fsyncDir(dataDir);
  removeQuietly(staging);
  return existsSync(aside) ? aside : null;
}

/**
 * At start-up, before anything else reads the folder (and only when no live process holds it):
 * completes an import swap a killed process left half done. The archive was fully checked and
 * the replaced database backed up before the journal was written, so completing is always
 * safe. Answers true when there was one.
 */
export function finishInterruptedImport(dataDir: string): boolean {
  const journal = readSwapJournal(dataDir);
  if (!journal) {
    // Unreadable or cut short: nothing was moved yet (see writeSwapJournal); the staging
    // folder is a leftover like any other.
    removeQuietly(join(dataDir, SWAP_JOURNAL));
    return false;
  }
  finishSwap(dataDir, journal);
  return true;
}
