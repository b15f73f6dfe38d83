import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { databasePath } from '../../../electron/paths/dataDir';
import { exportArchive } from '../../../electron/safety/archive';
import { checkAttachments } from '../../../electron/safety/attachments';
import { SWAP_JOURNAL } from '../../../electron/safety/importSwap';
import { openDataFolderSafely } from '../../../electron/safety/startup';
import { blobPath } from '../../../electron/services/documents/attachmentStore';
import { uploadDocument } from '../../../electron/services/documents/documents';
import { cleanup, killHard, sampleDataDir, spawnChild, tempDir } from './helpers';

afterAll(cleanup);

/** A data folder with the Paris example and one document whose bytes say `text`. */
function folderWithDocument(label: string, text: string): { dataDir: string; sha256: string } {
  const dataDir = sampleDataDir(label);
  const db = openDatabase(databasePath(dataDir));
  try {
    const agreementId = db.prepare('SELECT id FROM agreements LIMIT 1').pluck().get() as string;
    const doc = uploadDocument(
      { db, dataDir },
      {
        ownerType: 'agreement',
        ownerId: agreementId,
        name: `${label}.pdf`,
        mime: 'application/pdf',
        dataBase64: Buffer.from(`%PDF-1.7 ${text}`).toString('base64'),
      },
    );
    return { dataDir, sha256: doc.sha256 };
  } finally {
    closeDatabase(db);
  }
}

/** The documents' hashes the database lists, and what the attachment check says of them. */
function state(dataDir: string) {
  const db = openDatabase(databasePath(dataDir));
  try {
    const hashes = db
      .prepare('SELECT sha256 FROM documents ORDER BY sha256')
      .pluck()
      .all() as string[];
    return { hashes, check: checkAttachments(db, dataDir, { hash: true }) };
  } finally {
    closeDatabase(db);
  }
}

const STEPS = [
  'before-swap',
  'old-attachments-aside',
  'new-attachments-in',
  'database-in',
  'cleanup',
];

describe('archive import killed during its final swap', () => {
  it.each(STEPS)(
    'killed at %s: the next start leaves the database and its attachments in step',
    async (step) => {
      const source = folderWithDocument('swap-src', 'from the other computer');
      const archive = join(tempDir('swap-archive'), 'move.tar.gz');
      await exportArchive(source.dataDir, archive);
      const target = folderWithDocument('swap-target', 'already here');

      const child =
        step === 'before-swap'
          ? spawnChild(['import-hang', archive, target.dataDir])
          : spawnChild(['import-stop', archive, target.dataDir, step]);
      try {
        await child.waitFor((line) => line === (step === 'before-swap' ? 'staged' : `at ${step}`));
      } finally {
        await killHard(child);
      }

      const opened = openDataFolderSafely(target.dataDir, { startBackup: false });
      expect(opened.status).toBe('ready');
      if (opened.status === 'ready') opened.ctx.close();

      const after = state(target.dataDir);
      // Whichever side it ended on, every document's file is there and whole.
      expect(after.check.missing).toEqual([]);
      expect(after.check.damaged).toEqual([]);
      if (step === 'before-swap') {
        // Killed before anything changed: the folder's own data, untouched.
        expect(after.hashes).toContain(target.sha256);
        expect(after.hashes).not.toContain(source.sha256);
      } else {
        // The journal was written: the start completed the import.
        expect(after.hashes).toContain(source.sha256);
        expect(after.hashes).not.toContain(target.sha256);
        expect(readFileSync(blobPath(target.dataDir, source.sha256), 'utf8')).toContain(
          'other computer',
        );
        // The replaced attachments were set aside, not lost.
        const replaced = readdirSync(join(target.dataDir, 'replaced'));
        expect(replaced).toHaveLength(1);
        expect(
          existsSync(blobPath(join(target.dataDir, 'replaced', replaced[0]!), target.sha256)),
        ).toBe(true);
      }
      expect(existsSync(join(target.dataDir, SWAP_JOURNAL))).toBe(false);
      expect(readdirSync(target.dataDir).filter((n) => n.startsWith('.import-'))).toEqual([]);
    },
    60_000,
  );
});

describe('the import journal at start-up', () => {
  it('a journal cut short or made up is never acted on; it and stray temporary files go', () => {
    const target = folderWithDocument('swap-bad-journal', 'already here');
    const before = state(target.dataDir);
    // Points outside the folder: not a journal Accords wrote.
    writeFileSync(
      join(target.dataDir, SWAP_JOURNAL),
      JSON.stringify({ staging: '../elsewhere', aside: '/etc', stagedAttachments: true }),
    );
    writeFileSync(join(target.dataDir, `${SWAP_JOURNAL}.4242.tmp`), '{"staging":');
    const opened = openDataFolderSafely(target.dataDir, { startBackup: false });
    expect(opened.status).toBe('ready');
    if (opened.status === 'ready') opened.ctx.close();
    expect(state(target.dataDir)).toEqual(before);
    expect(readdirSync(target.dataDir).filter((n) => n.startsWith(SWAP_JOURNAL))).toEqual([]);
  });
});
