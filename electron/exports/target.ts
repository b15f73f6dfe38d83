import { randomUUID } from 'node:crypto';
import { renameSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDir, removeQuietly } from '../safety/files';
import { DomainError } from '../core/errors';
import { ExportCancelled } from '../core/progress';
import { assertReplaceable, recordWritten } from '../files/writtenFiles';

/**
 * What may be replaced: nothing (`overwrite` false); a file Accords wrote, per the ledger of
 * the data folder `ledgerDir` (the app's doors); or any file (`ledgerDir` null: the command
 * line's `--force`, where the user typed the path).
 */
export interface ReplacePolicy {
  overwrite: boolean;
  ledgerDir: string | null;
}

/**
 * Refuses a file target before any work starts: the folder must exist, the path must not be a
 * folder, and an existing file is replaced only when the user said so and, in the app, only
 * when Accords wrote it.
 */
export function checkTarget(file: string, policy: ReplacePolicy): void {
  const folder = dirname(file);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new DomainError(
      'rule',
      'errors.reports.folderMissing',
      `The folder ${folder} does not exist`,
      [],
      { folder },
    );
  }
  const existing = statSync(file, { throwIfNoEntry: false });
  if (existing?.isDirectory()) {
    throw new DomainError(
      'rule',
      'errors.reports.pathIsFolder',
      `${file} is a folder, not a file`,
      [],
      { file },
    );
  }
  if (existing && !policy.overwrite) {
    throw new DomainError(
      'conflict',
      'errors.reports.fileExists',
      `A file already exists at ${file}`,
      [],
      { file },
    );
  }
  if (existing && policy.ledgerDir !== null) assertReplaceable(policy.ledgerDir, file);
}

/** The temporary name a file is written under before it is renamed into place. */
export function tempNameFor(file: string): string {
  return `${file}.${randomUUID().slice(0, 8)}.tmp`;
}

/**
 * Writes `bytes` to `file` so that the file is either absent (or its old self) or whole: a
 * temporary file in the same folder (a rename never crosses disks), flushed, then renamed.
 * A job cancelled while writing leaves nothing behind; so does a failure.
 */
export async function writeFileAtomically(
  file: string,
  bytes: Uint8Array,
  options: ReplacePolicy & { signal: AbortSignal },
): Promise<void> {
  const temp = tempNameFor(file);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.signal.aborted) throw new ExportCancelled();
    // Checked again: the folder may be gone, or a file may have appeared, while we rendered.
    checkTarget(file, options);
    renameSync(temp, file);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
  fsyncDir(dirname(file));
  if (options.ledgerDir !== null) recordWritten(options.ledgerDir, file);
}
