import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobPath } from '../../../electron/services/documents/attachmentStore';
import { listHistory } from '../../../electron/services/history/audit';
import { deleteAction } from '../../../electron/services/actions/crud';
import {
  addDocument,
  addDocumentFromFile,
  cleanFileName,
  deleteDocument,
  exportDocumentToFolder,
  listDocuments,
  readDocument,
  uploadDocument,
} from '../../../electron/services/documents/documents';
import { DomainError } from '../../../electron/core/errors';
import { emptyTrash, purgeTrash, restoreFromTrash } from '../../../electron/services/trash/restore';
import { listTrash } from '../../../electron/services/trash/trash';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/schemas/documents';
import { agreementIdByCity, tempDatabase, tempDir } from '../helpers/tempData';
import { MISSING, addAction, callError, refused } from '../helpers/domain';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function blobs(dir: string): string[] {
  const root = join(dir, 'attachments', 'sha256');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .flatMap((prefix) => readdirSync(join(root, prefix)).map((rest) => prefix + rest))
    .sort();
}

describe('documents', () => {
  it('attach takes regular files only: /dev/zero, a folder and a pipe are refused at once', () => {
    const { db, ctx, dir } = tempDatabase({ sample: true });
    const owner = { ownerType: 'agreement' as const, ownerId: agreementIdByCity(db, 'Montreal') };
    const fifo = join(tempDir(), 'pipe');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', tempDir(), fifo]) {
      let error: unknown = null;
      try {
        addDocumentFromFile(ctx, path, owner);
      } catch (caught) {
        error = caught;
      }
      expect(error, path).toBeInstanceOf(DomainError);
      expect((error as DomainError).key, path).toBe('errors.attachmentNotAFile');
    }
    expect(blobs(dir)).toEqual([]);
    expect(listDocuments(db, owner.ownerType, owner.ownerId)).toEqual([]);
  });

  it('stores the bytes once under their hash, intact, with no temporary file left', () => {
    const { db, ctx, dir } = tempDatabase({ sample: true });
    const montreal = agreementIdByCity(db, 'Montreal');
    const bytes = Buffer.from('%PDF-1.7 signed agreement scan', 'utf8');
    const first = uploadDocument(ctx, {
      ownerType: 'agreement',
      ownerId: montreal,
      name: 'C:\\scans\\Montréal 2006.pdf',
      mime: 'application/pdf',
      dataBase64: bytes.toString('base64'),
    });
    const action = addAction(db, 'Montreal');
    const second = addDocument(
      ctx,
      { ownerType: 'action', ownerId: action.id },
      { name: 'copy.pdf', mime: '', bytes },
    );
    expect(first).toMatchObject({
      name: 'Montréal 2006.pdf',
      mime: 'application/pdf',
      size: bytes.length,
      sha256: sha(bytes),
    });
    expect(second).toMatchObject({ sha256: first.sha256, mime: 'application/pdf' });
    expect(blobs(dir)).toEqual([sha(bytes)]);
    expect(blobPath(dir, first.sha256)).toBe(
      join(dir, 'attachments', 'sha256', first.sha256.slice(0, 2), first.sha256.slice(2)),
    );
    expect(readFileSync(blobPath(dir, first.sha256)).equals(bytes)).toBe(true);
    expect(readdirSync(join(dir, 'attachments', 'tmp'))).toEqual([]);
    expect(listDocuments(db, 'agreement', montreal).map((d) => d.id)).toEqual([first.id]);
    const read = readDocument(ctx, first.id);
    expect(Buffer.from(read.dataBase64, 'base64').equals(bytes)).toBe(true);
    const copy = exportDocumentToFolder(ctx, first.id, tempDir());
    expect(copy.endsWith('Montréal 2006.pdf')).toBe(true);
    expect(readFileSync(copy).equals(bytes)).toBe(true);
    const lines = listHistory(db, { entityType: 'agreement', entityId: montreal }).rows;
    expect(lines.find((h) => h.entityType === 'document')).toMatchObject({
      action: 'create',
      label: 'Montréal 2006.pdf',
      parentId: montreal,
    });
  });

  it('keeps a file whose original moved or vanished', () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const source = join(tempDir(), 'minutes.txt');
    writeFileSync(source, 'Minutes of the 2014 meeting');
    const doc = addDocumentFromFile(ctx, source, {
      ownerType: 'agreement',
      ownerId: agreementIdByCity(db, 'Montreal'),
    });
    expect(doc).toMatchObject({ name: 'minutes.txt', mime: 'text/plain', size: 27 });
    writeFileSync(source, 'something else entirely');
    expect(Buffer.from(readDocument(ctx, doc.id).dataBase64, 'base64').toString()).toBe(
      'Minutes of the 2014 meeting',
    );
  });

  it('refuses a file over the limit with its own error, storing nothing', () => {
    const { db, ctx, dir } = tempDatabase({ sample: true });
    const owner = { ownerType: 'agreement' as const, ownerId: agreementIdByCity(db, 'Rome') };
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    const error = refused(db, () =>
      addDocument(ctx, owner, { name: 'big.bin', mime: '', bytes: big }),
    );
    expect(error).toMatchObject({
      code: 'rule',
      key: 'errors.attachmentTooLarge',
      params: { max: 50 },
    });
    expect(error.issues).toEqual([
      { path: 'dataBase64', key: 'errors.attachmentTooLarge', params: { max: 50 } },
    ]);
    const viaChannel = callError(ctx, 'documents:upload', {
      ...owner,
      name: 'big.bin',
      dataBase64: big.toString('base64'),
    });
    expect(viaChannel).toMatchObject({
      code: 'rule',
      key: 'errors.attachmentTooLarge',
      details: { params: { max: 50 } },
    });
    const file = join(tempDir(), 'big.bin');
    writeFileSync(file, big);
    expect(() => addDocumentFromFile(ctx, file, owner)).toThrow(DomainError);
    expect(blobs(dir)).toEqual([]);
    // Exactly at the limit is fine.
    expect(
      addDocument(ctx, owner, {
        name: 'max.bin',
        mime: '',
        bytes: Buffer.alloc(MAX_ATTACHMENT_BYTES),
      }).size,
    ).toBe(MAX_ATTACHMENT_BYTES);
  });

  it('refuses bad base64, an unknown owner and an empty name', () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const owner = { ownerType: 'agreement', ownerId: agreementIdByCity(db, 'Rome') };
    expect(
      callError(ctx, 'documents:upload', { ...owner, name: 'x', dataBase64: 'not base64!' }),
    ).toMatchObject({ key: 'errors.base64' });
    expect(
      callError(ctx, 'documents:upload', {
        ...owner,
        ownerId: MISSING,
        name: 'x',
        dataBase64: 'AAAA',
      }),
    ).toMatchObject({
      code: 'rule',
      details: { issues: [{ path: 'ownerId', key: 'errors.notFound' }] },
    });
    expect(
      callError(ctx, 'documents:upload', {
        ...owner,
        ownerType: 'city',
        name: 'x',
        dataBase64: 'AAAA',
      }),
    ).toMatchObject({ code: 'validation' });
    expect(
      callError(ctx, 'documents:upload', { ...owner, name: ' ', dataBase64: 'AAAA' }),
    ).toMatchObject({ details: { issues: [{ path: 'name', key: 'errors.required' }] } });
    expect(
      callError(ctx, 'documents:upload', {
        ...owner,
        name: 'x',
        mime: 'not a mime',
        dataBase64: 'AAAA',
      }),
    ).toMatchObject({ details: { issues: [{ path: 'mime', key: 'errors.mime' }] } });
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
  });

  it('notices a damaged or missing stored file instead of serving wrong bytes', () => {
    const { db, ctx, dir } = tempDatabase({ sample: true });
    const doc = addDocument(
      ctx,
      { ownerType: 'agreement', ownerId: agreementIdByCity(db, 'Rome') },
      { name: 'a.txt', mime: '', bytes: Buffer.from('hello world') },
    );
    truncateSync(blobPath(dir, doc.sha256), 3);
    expect(callError(ctx, 'documents:read', { id: doc.id })).toMatchObject({
      code: 'conflict',
      key: 'errors.attachmentDamaged',
      details: { params: { name: 'a.txt' } },
    });
    // Attaching the same bytes again repairs the stored copy.
    addDocument(
      ctx,
      { ownerType: 'agreement', ownerId: agreementIdByCity(db, 'Rome') },
      { name: 'b.txt', mime: '', bytes: Buffer.from('hello world') },
    );
    expect(Buffer.from(readDocument(ctx, doc.id).dataBase64, 'base64').toString()).toBe(
      'hello world',
    );
  });

  it('goes to the trash with its owner; the stored file stays until nothing needs it', () => {
    const { db, ctx, dir } = tempDatabase({ sample: true });
    const action = addAction(db, 'Rome');
    const shared = Buffer.from('shared bytes');
    const own = Buffer.from('own bytes');
    addDocument(
      ctx,
      { ownerType: 'action', ownerId: action.id },
      { name: 'own.txt', mime: '', bytes: own },
    );
    const a = addDocument(
      ctx,
      { ownerType: 'action', ownerId: action.id },
      { name: 'shared.txt', mime: '', bytes: shared },
    );
    addDocument(
      ctx,
      { ownerType: 'agreement', ownerId: agreementIdByCity(db, 'Rome') },
      { name: 'shared-too.txt', mime: '', bytes: shared },
    );
    deleteAction(db, action.id);
    expect(listDocuments(db, 'action', action.id)).toEqual([]);
    emptyTrash(ctx);
    expect(blobs(dir)).toEqual([sha(shared)]);
    expect(() => readDocument(ctx, a.id)).toThrow(/not found/);
  });

  it('a document deleted alone can be restored, then purged', () => {
    const { db, ctx, dir } = tempDatabase({ sample: true });
    const doc = addDocument(
      ctx,
      { ownerType: 'agreement', ownerId: agreementIdByCity(db, 'Rome') },
      { name: 'a.txt', mime: '', bytes: Buffer.from('abc') },
    );
    deleteDocument(db, doc.id);
    restoreFromTrash(db, { entityId: doc.id });
    expect(readDocument(ctx, doc.id).dataBase64).toBe(Buffer.from('abc').toString('base64'));
    deleteDocument(db, doc.id);
    purgeTrash(ctx, listTrash(db).rows[0]!.id);
    expect(blobs(dir)).toEqual([]);
  });

  it('cleans file names', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b?.pdf')).toBe('a_b_.pdf');
    expect(cleanFileName('..')).toBe('document');
  });
});
