import { randomUUID } from 'node:crypto';
import { createWriteStream, renameSync, statSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDir, fsyncFile, removeQuietly } from '../safety/files';
import { DomainError } from '../core/errors';
import { ExportCancelled } from '../core/progress';
import { allWritten, type ExportSink } from './sink';
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
 * Writes a file through `write` so that the file is either absent (or its old self) or whole:
 * `write` streams into a temporary file in the same folder (a rename never crosses disks),
 * which is flushed, then renamed. A job cancelled while writing leaves nothing behind; so does
 * a failure. Resolves with the file's size.
 */
export async function writeFileAtomically(
  file: string,
  write: (out: ExportSink) => Promise<void>,
  options: ReplacePolicy & { signal: AbortSignal },
): Promise<number> {
  const temp = tempNameFor(file);
  let size = 0;
  try {
    const out = createWriteStream(temp, { flags: 'wx' });
    try {
      await write(out);
      await allWritten(out);
      await closed(out);
    } catch (error) {
      // A writer stopped mid-way (cancelled, failed) may still have bytes in flight: they are
      // dropped, and the file is closed before it is removed.
      out.on('error', () => {});
      out.destroy();
      await closed(out);
      throw error;
    }
    size = out.bytesWritten;
    fsyncFile(temp);
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
  return size;
}

/** Resolves once the file stream has closed its file (it was then fully written). */
function closed(out: WriteStream): Promise<void> {
  if (out.closed) return Promise.resolve();
  return new Promise<void>((resolve) => out.once('close', () => resolve()));
}
