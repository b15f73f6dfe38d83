import { randomUUID } from 'node:crypto';
import { renameSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDir, removeQuietly } from '../safety/files';
import { DomainError } from '../core/errors';
import { ExportCancelled } from '../core/progress';

/**
 * Refuses a file target before any work starts: the folder must exist, the path must not be a
 * folder, and an existing file is replaced only when the user said so.
 */
export function checkTarget(file: string, overwrite: boolean): void {
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
  if (existing && !overwrite) {
    throw new DomainError(
      'conflict',
      'errors.reports.fileExists',
      `A file already exists at ${file}`,
      [],
      { file },
    );
  }
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
  options: { overwrite: boolean; signal: AbortSignal },
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
    checkTarget(file, options.overwrite);
    renameSync(temp, file);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
  fsyncDir(dirname(file));
}
