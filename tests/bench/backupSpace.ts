/**
 * How much space backups with attachments take (README, "Backups and restore"): a register with
 * 200 documents of about 500 KB, a first and a second backup into a folder on the same disk
 * (hard links) and into one on another file system (copies). Run: `npx tsx tests/bench/backupSpace.ts`
 * (not part of `npm run bench`: it writes about 300 MB). Sizes are counted as `du` does: a hard
 * link to a file already counted costs nothing.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../electron/db/open';
import { databasePath } from '../../electron/paths/dataDir';
import { loadSample } from '../../electron/sample/load';
import { takeBackup } from '../../electron/safety/schedule';
import { writeBackupSettings } from '../../electron/safety/settings';
import { uploadDocument } from '../../electron/services/documents/documents';

const DOCUMENTS = 200;
const DOCUMENT_BYTES = 500 * 1024;

/** Bytes under the given folders, each inode counted once (like `du -b` over all of them). */
function diskBytes(...roots: string[]): number {
  const seen = new Set<string>();
  let total = 0;
  const walk = (path: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) walk(join(path, name));
      return;
    }
    const key = `${stat.dev}:${stat.ino}`;
    if (seen.has(key)) return;
    seen.add(key);
    total += stat.size;
  };
  roots.forEach(walk);
  return total;
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

function measure(label: string, backupDir: string | null): void {
  const dataDir = mkdtempSync(join(tmpdir(), 'accords-space-'));
  try {
    const db = openDatabase(databasePath(dataDir));
    loadSample(db);
    const agreementId = db.prepare('SELECT id FROM agreements LIMIT 1').pluck().get() as string;
    for (let i = 0; i < DOCUMENTS; i += 1) {
      uploadDocument(
        { db, dataDir },
        {
          ownerType: 'agreement',
          ownerId: agreementId,
          name: `scan-${i}.pdf`,
          mime: 'application/pdf',
          dataBase64: randomBytes(DOCUMENT_BYTES).toString('base64'),
        },
      );
    }
    if (backupDir) writeBackupSettings(dataDir, { dir: backupDir });
    const dir = backupDir ?? join(dataDir, 'backups');
    const data = diskBytes(join(dataDir, 'attachments'), databasePath(dataDir));
    const first = takeBackup({ db, dataDir }, 'manual', {
      now: new Date(Date.UTC(2026, 11, 4, 10)),
    });
    const afterFirst = diskBytes(join(dataDir, 'attachments'), databasePath(dataDir), dir) - data;
    db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('bench/touch', '1')").run();
    takeBackup({ db, dataDir }, 'manual', { now: new Date(Date.UTC(2026, 11, 4, 11)) });
    const afterSecond = diskBytes(join(dataDir, 'attachments'), databasePath(dataDir), dir) - data;
    closeDatabase(db);
    console.log(
      `${label}: data folder ${mb(data)} (attachments ${mb(diskBytes(join(dataDir, 'attachments')))}, database ${mb(statSync(databasePath(dataDir)).size)}); ` +
        `first backup +${mb(afterFirst)} (database copy ${mb(first.size)}); second backup +${mb(afterSecond - afterFirst)}`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (backupDir) rmSync(backupDir, { recursive: true, force: true });
  }
}

measure('same disk (hard links)', null);
// /dev/shm is another file system here: links fail, files are copied.
measure('another file system (copies)', mkdtempSync(join('/dev/shm', 'accords-space-backups-')));
