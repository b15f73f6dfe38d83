import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * The content-addressed store of attached files: `<dataDir>/attachments/sha256/ab/cdef…`.
 * A file is named by the SHA-256 of its bytes, so the same scan attached twice is kept once,
 * and nothing depends on where the original lived. Writes go to a temporary file that is
 * flushed to disk and then renamed into place: a crash never leaves half a file under a hash.
 */

export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'attachments');
}

/** Where the bytes with this hash live. */
export function blobPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a SHA-256 hash: ${sha256}`);
  return join(attachmentsDir(dataDir), 'sha256', sha256.slice(0, 2), sha256.slice(2));
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Flushes a folder's entry list (a rename) to disk; some systems cannot, which is harmless. */
function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** True when the stored file has the expected bytes. */
function intact(path: string, sha256: string, size: number): boolean {
  try {
    return statSync(path).size === size && sha256Of(readFileSync(path)) === sha256;
  } catch {
    return false;
  }
}

/**
 * Stores bytes and returns their hash. Already stored (and intact) bytes are not written
 * again; a damaged copy is replaced.
 */
export function putBlob(dataDir: string, bytes: Uint8Array): { sha256: string; size: number } {
  const sha256 = sha256Of(bytes);
  const target = blobPath(dataDir, sha256);
  if (existsSync(target) && intact(target, sha256, bytes.length))
    return { sha256, size: bytes.length };
  const tmpDir = join(attachmentsDir(dataDir), 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  const folder = join(attachmentsDir(dataDir), 'sha256', sha256.slice(0, 2));
  mkdirSync(folder, { recursive: true });
  const tmp = join(tmpDir, `${sha256}.${randomBytes(6).toString('hex')}.part`);
  const fd = openSync(tmp, 'wx');
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(tmp, target);
  fsyncDir(folder);
  return { sha256, size: bytes.length };
}

/** A stored file's bytes, checked against their hash; null when missing or damaged. */
export function readBlob(dataDir: string, sha256: string): Buffer | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(blobPath(dataDir, sha256));
  } catch {
    return null;
  }
  return sha256Of(bytes) === sha256 ? bytes : null;
}

/**
 * Removes stored files no record needs any more (nor any trash entry), and leftovers of
 * interrupted writes. Returns how many files were removed.
 */
export function collectGarbage(dataDir: string, needed: ReadonlySet<string>): number {
  const root = join(attachmentsDir(dataDir), 'sha256');
  let removed = 0;
  if (existsSync(root)) {
    for (const prefix of readdirSync(root)) {
      const folder = join(root, prefix);
      for (const rest of readdirSync(folder)) {
        if (!needed.has(prefix + rest)) {
          rmSync(join(folder, rest), { force: true });
          removed += 1;
        }
      }
    }
  }
  rmSync(join(attachmentsDir(dataDir), 'tmp'), { recursive: true, force: true });
  return removed;
}
