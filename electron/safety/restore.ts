import { renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { copyBlobs, neededHashesOfFile, type AttachmentCopyReport } from './attachments';
import { databasePath } from '../paths/dataDir';
import { SafetyError } from './errors';
import { fsyncDir, fsyncFile, removeQuietly } from './files';
import { snapshotDatabase } from './backup';
import { checkDatabaseFile, openReadOnly } from './integrity';
import { assertNotInUse, removeCompanions, setAsideCurrent } from './recovery';
import { beginSession, type SessionKind } from './sessions';
import { APP_VERSION } from '../core/meta';
import type { BackupInfo, BackupRestoreResult } from './types';

export type { BackupRestoreResult } from './types';

export interface RestoreOptions {
  now?: Date;
  /** Take over session markers left by another machine (a live process here is never overridden). */
  force?: boolean;
  /** Who restores (the marker held meanwhile says so). */
  kind?: SessionKind;
}

/**
 * Puts a backup in place of a data folder's database. The folder must not be open (close the
 * app's context first). In order:
 * 1. the backup must pass a full integrity_check and be a schema this version can open;
 * 2. it is copied with `VACUUM INTO` (which also takes in a -wal next to a hand-picked file) to
 *    `accords.sqlite3.restoring`, flushed and checked;
 * 3. the current database is backed up (reason `restore`), or moved aside untouched when it is
 *    damaged; if it can be neither, nothing is restored;
 * 4. the old -wal/-shm are removed (their content is in the safety backup) and the copy is
 *    renamed into place.
 * A crash before the rename leaves the old database; after it, the restored one.
 */
export function restoreBackup(
  dataDirInput: string,
  backupFile: string,
  options: RestoreOptions = {},
): BackupRestoreResult {
  const dataDir = resolve(dataDirInput);
  const file = databasePath(dataDir);
  const source = resolve(backupFile);
  const now = options.now ?? new Date();
  if (source === file)
    throw new SafetyError(
      'rule',
      'errors.safety.restoreSelf',
      'That file is the database itself, not a backup',
    );
  assertNotInUse(dataDir, options.force);
  // Held while the files change: a start meanwhile sees the folder in use and leaves our
  // temporary file alone; a restore or import from elsewhere is refused.
  const endSession = beginSession(dataDir, APP_VERSION, options.kind ?? 'other');
  try {
    return restoreUnlocked(dataDir, file, source, now);
  } finally {
    endSession();
  }
}

function restoreUnlocked(
  dataDir: string,
  file: string,
  source: string,
  now: Date,
): BackupRestoreResult {
  const verdict = checkDatabaseFile(source, { full: true });
  if (!verdict.ok || verdict.empty) {
    throw new SafetyError(
      'rule',
      'errors.safety.backupInvalid',
      `${source} cannot be restored: ${verdict.ok ? 'it holds no Accords data' : verdict.detail}`,
      {
        file: source,
      },
    );
  }

  // Copy first: the rotation after the safety backup may drop an old backup, even this one.
  const temp = `${file}.restoring`;
  removeQuietly(temp);
  let safetyBackup: BackupInfo | null = null;
  let movedAside: string | null = null;
  let attachments: AttachmentCopyReport = { added: 0, linked: 0, copiedBytes: 0, missing: [] };
  try {
    const db = openReadOnly(source);
    try {
      snapshotDatabase(db, temp);
    } finally {
      db.close();
    }
    fsyncFile(temp);
    // Attached files the restored database needs and the folder lacks (deleted since, the trash
    // emptied) come back from the backup folder's store — before the safety backup, whose
    // rotation may drop this very backup and the files only it needed. Adding files to the
    // content-addressed store never harms the database in place.
    attachments = copyBlobs(dirname(source), dataDir, neededHashesOfFile(temp));

    ({ safetyBackup, movedAside } = setAsideCurrent(dataDir, 'restore', now));
    // The old WAL must not be replayed onto the restored file (its content is in the safety backup).
    removeCompanions(dataDir);
    renameSync(temp, file);
    fsyncDir(dataDir);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
  return {
    attachmentsRestored: attachments.added,
    attachmentsMissing: attachments.missing.length,
    restoredFrom: source,
    schemaVersion: verdict.schemaVersion!,
    counts: verdict.counts!,
    safetyBackup,
    movedAside,
  };
}
