import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { databasePath } from '../../../electron/paths/dataDir';
import { exportArchive } from '../../../electron/safety/archive';
import { importArchive } from '../../../electron/safety/archiveImport';
import { checkAttachments } from '../../../electron/safety/attachments';
import { restoreBackup } from '../../../electron/safety/restore';
import { rotateBackups } from '../../../electron/safety/rotation';
import { takeBackup } from '../../../electron/safety/schedule';
import { openDataFolderSafely } from '../../../electron/safety/startup';
import { blobPath } from '../../../electron/services/documents/attachmentStore';
import {
  deleteDocument,
  readDocument,
  uploadDocument,
} from '../../../electron/services/documents/documents';
import { emptyTrash } from '../../../electron/services/trash/restore';
import { runCli } from '../../../electron/cli/run';
import { cleanup, sampleDataDir, tempDir } from './helpers';

afterAll(cleanup);

const BYTES = Buffer.from('%PDF-1.7 convention de jumelage signée — Kyōto', 'utf8');

function withDocument(label: string) {
  const dataDir = sampleDataDir(label);
  const db = openDatabase(databasePath(dataDir));
  const ctx = { db, dataDir };
  const agreementId = db.prepare('SELECT id FROM agreements LIMIT 1').pluck().get() as string;
  const doc = uploadDocument(ctx, {
    ownerType: 'agreement',
    ownerId: agreementId,
    name: 'convention.pdf',
    mime: 'application/pdf',
    dataBase64: BYTES.toString('base64'),
  });
  return { dataDir, db, ctx, doc };
}

/** The document opens with its bytes, and every document's file is there and whole. */
function expectDocumentOpens(dataDir: string, id: string): void {
  const db = openDatabase(databasePath(dataDir));
  try {
    expect(readDocument({ db, dataDir }, id).dataBase64).toBe(BYTES.toString('base64'));
    expect(checkAttachments(db, dataDir, { hash: true })).toMatchObject({
      missing: [],
      damaged: [],
    });
  } finally {
    closeDatabase(db);
  }
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

describe('backups carry attachments', () => {
  it('upload, back up, delete, empty the trash, restore: the document is listed and opens again', async () => {
    const { dataDir, db, ctx, doc } = withDocument('att-restore');
    const backup = takeBackup({ db, dataDir }, 'manual');
    const inBackup = blobPath(join(dataDir, 'backups'), doc.sha256);
    expect(existsSync(inBackup)).toBe(true);
    // Same file system: a hard link, no second copy of the bytes.
    expect(statSync(inBackup).nlink).toBeGreaterThanOrEqual(2);

    deleteDocument(db, doc.id);
    emptyTrash(ctx);
    expect(existsSync(blobPath(dataDir, doc.sha256))).toBe(false);
    closeDatabase(db);
    // Nothing refers to it any more: the check is right to say ok.
    expect((await cli('check', '--data-dir', dataDir)).code).toBe(0);

    const result = restoreBackup(dataDir, backup.file);
    expect(result.attachmentsRestored).toBe(1);
    expect(result.attachmentsMissing).toBe(0);
    expectDocumentOpens(dataDir, doc.id);
  });

  it('backup --out FILE carries the attachments beside FILE; restore FILE brings them back', async () => {
    const { dataDir, db, ctx, doc } = withDocument('att-out');
    closeDatabase(db);
    const usb = tempDir('att-out-usb');
    const file = join(usb, 'accords-before-cleanup.sqlite3');
    const backedUp = await cli('backup', '--out', file, '--data-dir', dataDir);
    expect(backedUp.code).toBe(0);
    expect(backedUp.out.join('\n')).toMatch(/With its 1 attached file\(s\) in .*attachments/);
    expect(existsSync(blobPath(usb, doc.sha256))).toBe(true);

    // The document is deleted and the trash emptied: its file is gone from the data folder.
    const live = openDatabase(databasePath(dataDir));
    deleteDocument(live, doc.id);
    emptyTrash({ ...ctx, db: live });
    closeDatabase(live);
    expect(existsSync(blobPath(dataDir, doc.sha256))).toBe(false);

    const restored = await cli('restore', file, '--data-dir', dataDir);
    expect(restored.code, restored.err.join('\n')).toBe(0);
    expectDocumentOpens(dataDir, doc.id);
  });

  it('check and the start-up check say when a document has no file or a damaged one', async () => {
    const { dataDir, db, doc } = withDocument('att-check');
    closeDatabase(db);
    rmSync(blobPath(dataDir, doc.sha256));
    const check = await cli('check', '--data-dir', dataDir);
    expect(check.code).toBe(1);
    expect(check.err.join('\n')).toMatch(/1 attached file\(s\) missing/);
    const opened = openDataFolderSafely(dataDir, { startBackup: false });
    expect(opened.status).toBe('ready');
    if (opened.status === 'ready') {
      expect(opened.report.warnings.join('\n')).toMatch(/1 attached file\(s\) missing/);
      opened.ctx.close();
    }
  });

  it('rotation keeps a file while any backup needs it, and drops it with the last one', () => {
    const { dataDir, db, doc } = withDocument('att-rotation');
    const dir = join(dataDir, 'backups');
    const day = (d: number) => new Date(Date.UTC(2026, 0, d, 12));
    takeBackup({ db, dataDir }, 'periodic', { now: day(1) });
    takeBackup({ db, dataDir }, 'periodic', { now: day(2) });
    closeDatabase(db);
    const policy = { keepLast: 1, hourlyHours: 0, dailyDays: 0, monthlyMonths: 0 };
    rotateBackups(dir, policy, day(3));
    expect(existsSync(blobPath(dir, doc.sha256))).toBe(true);
    // The document is deleted in the data folder; a new backup no longer needs the file.
    const reopened = openDatabase(databasePath(dataDir));
    deleteDocument(reopened, doc.id);
    emptyTrash({ db: reopened, dataDir });
    takeBackup({ db: reopened, dataDir }, 'periodic', { now: day(4) });
    closeDatabase(reopened);
    rotateBackups(dir, policy, day(5));
    expect(existsSync(blobPath(dir, doc.sha256))).toBe(false);
  });

  it('archive import refuses a database whose documents have no file', async () => {
    const { dataDir, db, doc } = withDocument('att-archive');
    closeDatabase(db);
    rmSync(blobPath(dataDir, doc.sha256));
    const archive = join(tempDir('att-archive-out'), 'move.tar.gz');
    await exportArchive(dataDir, archive);
    const target = tempDir('att-archive-target');
    await expect(importArchive(archive, target)).rejects.toThrow(
      /1 attached file\(s\) its documents need are not in it/,
    );
    expect(existsSync(databasePath(target))).toBe(false);
  });
});
