import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  IMPORT_MAX_UPLOAD_BYTES,
  type ImportUploadRequest,
  type ImportUploadResult,
} from '../../../shared/schemas/imports';
import { DomainError } from '../../core/errors';
import { importError } from '../../import/errors';
import { megabytes } from '../../import/limits';
import { forgetStagedGrid } from './gridCache';

/**
 * The import's staging area: files uploaded by the screen, chunk by chunk, wait here (in the
 * data folder, never in a path the renderer chose) until they are imported or discarded.
 * Each file is `<id>.part` while it arrives, `<id>.file` once complete, with `<id>.json`
 * holding its name. Files older than a day are swept on the next upload.
 */

/** How long an uploaded file is kept. */
const KEEP_MS = 24 * 60 * 60 * 1000;

export function stagingDir(dataDir: string): string {
  return join(dataDir, 'import-staging');
}

const partPath = (dataDir: string, id: string) => join(stagingDir(dataDir), `${id}.part`);
const filePath = (dataDir: string, id: string) => join(stagingDir(dataDir), `${id}.file`);
const metaPath = (dataDir: string, id: string) => join(stagingDir(dataDir), `${id}.json`);

function notFound(id: string): DomainError {
  return new DomainError('not_found', 'import.errors.fileNotFound', `Uploaded file ${id} not found`, [], {
    id,
  });
}

function sweep(dataDir: string, now: number): void {
  for (const name of readdirSync(stagingDir(dataDir))) {
    const path = join(stagingDir(dataDir), name);
    if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { force: true });
  }
}

/** Receives one chunk; the first creates the file, the one marked `last` completes it. */
export function uploadChunk(dataDir: string, request: ImportUploadRequest): ImportUploadResult {
  const bytes = Buffer.from(request.chunkBase64, 'base64');
  let id = request.uploadId;
  if (id === undefined) {
    mkdirSync(stagingDir(dataDir), { recursive: true });
    sweep(dataDir, Date.now());
    id = randomUUID();
    writeFileSync(metaPath(dataDir, id), JSON.stringify({ name: request.name }));
    writeFileSync(partPath(dataDir, id), bytes);
  } else {
    let size: number;
    try {
      size = statSync(partPath(dataDir, id)).size;
    } catch {
      throw notFound(id);
    }
    if (size + bytes.length > IMPORT_MAX_UPLOAD_BYTES) {
      discardFile(dataDir, id);
      throw importError('fileTooBig', 'The file is too large', {
        size: megabytes(size + bytes.length),
        max: megabytes(IMPORT_MAX_UPLOAD_BYTES),
      });
    }
    appendFileSync(partPath(dataDir, id), bytes);
  }
  const size = statSync(partPath(dataDir, id)).size;
  if (size > IMPORT_MAX_UPLOAD_BYTES) {
    discardFile(dataDir, id);
    throw importError('fileTooBig', 'The file is too large', {
      size: megabytes(size),
      max: megabytes(IMPORT_MAX_UPLOAD_BYTES),
    });
  }
  if (request.last) {
    writeFileSync(filePath(dataDir, id), readFileSync(partPath(dataDir, id)));
    rmSync(partPath(dataDir, id), { force: true });
  }
  return { fileId: id, size, complete: request.last };
}

/** A complete uploaded file: its bytes and the name the user gave it. */
export function stagedFile(dataDir: string, id: string): { name: string; bytes: Buffer } {
  try {
    const { name } = JSON.parse(readFileSync(metaPath(dataDir, id), 'utf8')) as { name: string };
    return { name, bytes: readFileSync(filePath(dataDir, id)) };
  } catch {
    throw notFound(id);
  }
}

/** Forgets an uploaded file (complete or not); harmless when it is already gone. */
export function discardFile(dataDir: string, id: string): { fileId: string } {
  for (const path of [partPath(dataDir, id), filePath(dataDir, id), metaPath(dataDir, id)])
    rmSync(path, { force: true });
  forgetStagedGrid(id);
  return { fileId: id };
}
