import { databasePath } from '../../paths/dataDir';
import { checkAttachments, describeAttachmentCheck } from '../../safety/attachments';
import { checkDatabaseFile, openReadOnly } from '../../safety/integrity';
import { listSessions } from '../../safety/sessions';
import { CliError, type FolderCommand } from '../types';
import { describeCounts } from './backup';

/**
 * `check [--full]`: checks the database without changing it (read-only): quick_check, or
 * integrity_check with --full. Exit 0 when ok, 1 with a one-line reason otherwise.
 */
export const checkCommand: FolderCommand = {
  name: 'check',
  summary: 'Check the database (quick_check; --full: integrity_check); exit 1 if damaged',
  usage: 'check [--full] [--data-dir DIR]',
  options: { full: { type: 'boolean' } },
  runInFolder(dataDir, values, io) {
    const result = checkDatabaseFile(databasePath(dataDir), { full: values.full === true });
    if (!result.ok) throw new CliError(`${result.problem}: ${result.detail}`);
    const check = result.level === 'full' ? 'integrity_check' : 'quick_check';
    io.out(
      `ok: ${check} passed in ${result.ms} ms; schema ${result.schemaVersion}; ${describeCounts(result.counts ?? {})}`,
    );
    // The documents against the files of the store (every file read and hashed).
    const db = openReadOnly(databasePath(dataDir));
    let attachments;
    try {
      attachments = checkAttachments(db, dataDir, { hash: true });
    } finally {
      db.close();
    }
    const problem = describeAttachmentCheck(attachments);
    if (problem) throw new CliError(`attachments: ${problem}`);
    io.out(`ok: ${attachments.documents} document(s), every attached file present and intact`);
    if (!values.full && listSessions(dataDir).some((s) => s.stale)) {
      io.out(
        'Note: the last session did not close cleanly; the app will run a full check at its next start (or run `check --full`).',
      );
    }
  },
};
