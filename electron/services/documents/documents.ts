import type Database from 'better-sqlite3';
import { closeSync, constants, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
  DOCUMENT_OWNERS,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_MB,
  documentUploadSchema,
  type DocumentContent,
  type DocumentMeta,
  type DocumentOwnerType,
  type DocumentUpload,
} from '../../../shared/schemas/documents';
import { recordAudit } from '../history/audit';
import { collectGarbage, putBlob, readBlob } from './attachmentStore';
import { newId, now } from '../common/clock';
import { DomainError, notFound } from '../../core/errors';
import { moveToTrash, trashedBlobHashes } from '../trash/trash';

/** What the documents service needs: the database and the data folder its store lives in. */
export interface StoreContext {
  db: Database.Database;
  dataDir: string;
}

const SELECT_META = `
  SELECT id, owner_type AS ownerType, owner_id AS ownerId, name, mime, size, sha256,
         created_at AS createdAt, updated_at AS updatedAt
  FROM documents`;

const OWNER_TABLE: Record<DocumentOwnerType, string> = {
  agreement: 'agreements',
  action: 'actions',
};

function tooLarge(size: number): DomainError {
  return new DomainError(
    'rule',
    'errors.attachmentTooLarge',
    `The file is ${(size / 1024 / 1024).toFixed(1)} MB; files over ${MAX_ATTACHMENT_MB} MB cannot be attached`,
    [{ path: 'dataBase64', key: 'errors.attachmentTooLarge', params: { max: MAX_ATTACHMENT_MB } }],
    { max: MAX_ATTACHMENT_MB },
  );
}

/** A file name without folders or control characters, as it will be offered back on download. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' || '<>:"|?*'.includes(ch) ? '_' : ch))
    .join('')
    .trim()
    .slice(0, 255);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'document' : cleaned;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.zip': 'application/zip',
};

/** A MIME type guessed from a file name's extension. */
export function mimeOf(name: string): string {
  return MIME_BY_EXTENSION[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

function assertOwner(db: Database.Database, ownerType: DocumentOwnerType, ownerId: string): void {
  if (!DOCUMENT_OWNERS.includes(ownerType))
    throw new DomainError('validation', 'errors.invalidChoice', `Unknown owner type ${ownerType}`);
  if (
    db.prepare(`SELECT 1 FROM ${OWNER_TABLE[ownerType]} WHERE id = ?`).get(ownerId) === undefined
  ) {
    throw new DomainError(
      'rule',
      'errors.notFound',
      `${ownerType} ${ownerId} not found`,
      [{ path: 'ownerId', key: 'errors.notFound' }],
      { id: ownerId },
    );
  }
}

/**
 * Attaches bytes to an agreement or an action: the bytes go to the store first (a crash
 * then leaves at worst an unreferenced file, removed by the next purge), the description and
 * its history line in one transaction.
 */
export function addDocument(
  ctx: StoreContext,
  owner: { ownerType: DocumentOwnerType; ownerId: string },
  file: { name: string; mime: string; bytes: Uint8Array },
): DocumentMeta {
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) throw tooLarge(file.bytes.length);
  assertOwner(ctx.db, owner.ownerType, owner.ownerId);
  const { sha256, size } = putBlob(ctx.dataDir, file.bytes);
  const id = newId();
  const stamp = now();
  const name = cleanFileName(file.name);
  const mime = file.mime || mimeOf(name);
  return ctx.db
    .transaction(() => {
      assertOwner(ctx.db, owner.ownerType, owner.ownerId);
      ctx.db
        .prepare(
          `INSERT INTO documents (id, owner_type, owner_id, name, mime, size, sha256, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, owner.ownerType, owner.ownerId, name, mime, size, sha256, stamp, stamp);
      recordAudit(ctx.db, {
        entityType: 'document',
        entityId: id,
        parentId: owner.ownerId,
        action: 'create',
        label: name,
        changes: {
          name: [null, name],
          mime: [null, mime],
          size: [null, size],
          sha256: [null, sha256],
        },
        at: stamp,
      });
      return getDocument(ctx.db, id);
    })
    .immediate();
}

/** A browser upload (base64). */
export function uploadDocument(ctx: StoreContext, upload: DocumentUpload): DocumentMeta {
  const u = documentUploadSchema.parse(upload);
  // Decoded size, known before decoding: refuse early, without allocating the bytes.
  const padding = u.dataBase64.endsWith('==') ? 2 : u.dataBase64.endsWith('=') ? 1 : 0;
  const size = Math.floor((u.dataBase64.length * 3) / 4) - padding;
  if (size > MAX_ATTACHMENT_BYTES) throw tooLarge(size);
  if (u.dataBase64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(u.dataBase64)) {
    throw new DomainError('validation', 'errors.base64', 'The file content is not valid base64', [
      { path: 'dataBase64', key: 'errors.base64' },
    ]);
  }
  return addDocument(ctx, u, {
    name: u.name,
    mime: u.mime,
    bytes: Buffer.from(u.dataBase64, 'base64'),
  });
}

function notAFile(path: string): DomainError {
  return new DomainError(
    'rule',
    'errors.attachmentNotAFile',
    `${path} is not a regular file (a folder, a device or a pipe cannot be attached)`,
    [{ path: 'file', key: 'errors.attachmentNotAFile' }],
    { file: path },
  );
}

/**
 * Reads a regular file whole, at most `MAX_ATTACHMENT_BYTES`. Opened without blocking (a FIFO
 * would wait for a writer) and judged on the opened descriptor (no swap between check and read):
 * a device such as /dev/zero, a pipe or a folder is refused before a byte is read.
 */
function readRegularFile(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notAFile(path);
    if (stat.size > MAX_ATTACHMENT_BYTES) throw tooLarge(stat.size);
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === stat.size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Attaches a file from disk (desktop dialogs, the command line): regular files only, size
 * checked before reading.
 */
export function addDocumentFromFile(
  ctx: StoreContext,
  path: string,
  owner: { ownerType: DocumentOwnerType; ownerId: string },
  options: { name?: string; mime?: string } = {},
): DocumentMeta {
  const bytes = readRegularFile(path);
  const name = options.name ?? basename(path);
  return addDocument(ctx, owner, { name, mime: options.mime ?? mimeOf(name), bytes });
}

export function getDocument(db: Database.Database, id: string): DocumentMeta {
  const row = db.prepare(`${SELECT_META} WHERE id = ?`).get(id) as DocumentMeta | undefined;
  if (!row) throw notFound('Document', id);
  return row;
}

/** The documents attached to a record, oldest first. */
export function listDocuments(
  db: Database.Database,
  ownerType: DocumentOwnerType,
  ownerId: string,
): DocumentMeta[] {
  return db
    .prepare(`${SELECT_META} WHERE owner_type = ? AND owner_id = ? ORDER BY created_at, rowid`)
    .all(ownerType, ownerId) as DocumentMeta[];
}

/** A document's bytes, checked against their hash. */
export function readDocumentBytes(
  ctx: StoreContext,
  id: string,
): { meta: DocumentMeta; bytes: Buffer } {
  const meta = getDocument(ctx.db, id);
  const bytes = readBlob(ctx.dataDir, meta.sha256);
  if (!bytes) {
    throw new DomainError(
      'conflict',
      'errors.attachmentDamaged',
      `The stored file of ${meta.name} is missing or damaged`,
      [],
      { name: meta.name },
    );
  }
  return { meta, bytes };
}

/** A document for download, as base64. */
export function readDocument(ctx: StoreContext, id: string): DocumentContent {
  const { meta, bytes } = readDocumentBytes(ctx, id);
  return { ...meta, dataBase64: bytes.toString('base64') };
}

/** Saves a copy of a document (a "save as", or a copy to open in its application). */
export function exportDocument(ctx: StoreContext, id: string, target: string): string {
  const { bytes } = readDocumentBytes(ctx, id);
  writeFileSync(target, bytes);
  return target;
}

/** Writes a copy under its original name into a folder (e.g. the OS temp folder, to open it). */
export function exportDocumentToFolder(ctx: StoreContext, id: string, folder: string): string {
  const meta = getDocument(ctx.db, id);
  return exportDocument(ctx, id, join(folder, cleanFileName(meta.name)));
}

/** Sends a document to the trash (its stored file stays until the trash is emptied). */
export function deleteDocument(db: Database.Database, id: string): { id: string } {
  return db
    .transaction(() => {
      const meta = getDocument(db, id);
      moveToTrash(db, 'document', id, {
        label: meta.name,
        parentId: meta.ownerId,
        changes: {
          name: [meta.name, null],
          mime: [meta.mime, null],
          size: [meta.size, null],
          sha256: [meta.sha256, null],
        },
      });
      return { id };
    })
    .immediate();
}

/** Removes stored files that neither a document nor the trash needs. */
export function removeUnusedFiles(ctx: StoreContext): number {
  const needed = new Set([
    ...(ctx.db.prepare('SELECT DISTINCT sha256 FROM documents').pluck().all() as string[]),
    ...trashedBlobHashes(ctx.db),
  ]);
  return collectGarbage(ctx.dataDir, needed);
}
