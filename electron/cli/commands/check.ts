import { databasePath } from '../../paths/dataDir';
import { checkDatabaseFile } from '../../safety/integrity';
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
    if (!values.full && listSessions(dataDir).some((s) => s.stale)) {
      io.out(
        'Note: the last session did not close cleanly; the app will run a full check at its next start (or run `check --full`).',
      );
    }
  },
};
