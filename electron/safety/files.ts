import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';

/** Flushes a file's content to the disk. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a folder's entries (so a rename survives a power cut). Windows cannot open a folder
 * for syncing and journals its metadata anyway: failures there are ignored.
 */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (process.platform !== 'win32' && code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM')
      throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a small file so that readers see either the old or the whole new content. */
export function writeFileAtomic(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    fsyncFile(temp);
    renameSync(temp, file);
    fsyncDir(dirname(file));
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

/** Removes a file or folder when it exists; a failure to clean up never hides the real error. */
export function removeQuietly(path: string): void {
  try {
    if (existsSync(path)) rmSync(path, { recursive: true, force: true });
  } catch {
    // best effort
  }
}

/** `20261128-215600` (UTC): sorts as text, safe in file names on every OS. */
export function stamp(date: Date): string {
  const iso = date.toISOString(); // 2026-11-28T21:56:00.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

/** The error's code (`SQLITE_…`, `ENOSPC`…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The error's message in one line. */
export function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
