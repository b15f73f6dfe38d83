import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseBackupName } from '../../safety/backup';
import { restoreBackup } from '../../safety/restore';
import { backupDirs } from '../../safety/settings';
import { CliError, type FolderCommand } from '../types';
import { describeBackup, describeCounts } from './backup';

/**
 * `restore FILE`: puts a backup in place of the database, after a safety backup of the current
 * one (or setting it aside when damaged). FILE is a path, or the name of a file in the backup folder.
 */
export const restoreCommand: FolderCommand = {
  name: 'restore',
  summary: 'Restore a backup (a safety backup of the current database is taken first)',
  usage: 'restore FILE [--force] [--data-dir DIR]',
  options: { force: { type: 'boolean' } },
  runInFolder(dataDir, values, io, positionals) {
    const [given, ...extra] = positionals;
    if (!given || extra.length > 0)
      throw new CliError(`give one backup file. Usage: ${restoreCommand.usage}`, 2);
    let file = given;
    if (!existsSync(file) && parseBackupName(given)) {
      const found = backupDirs(dataDir)
        .map((dir) => join(dir, given))
        .find((candidate) => existsSync(candidate));
      if (found) file = found;
    }
    if (!existsSync(file)) throw new CliError(`${given}: no such file`);
    const result = restoreBackup(dataDir, file, { force: values.force === true, kind: 'cli' });
    io.out(
      `Restored ${result.restoredFrom} (schema ${result.schemaVersion}): ${describeCounts(result.counts)}`,
    );
    if (result.attachmentsRestored > 0)
      io.out(`${result.attachmentsRestored} attached file(s) brought back from the backup`);
    if (result.attachmentsMissing > 0)
      io.err(
        `accords restore: ${result.attachmentsMissing} attached file(s) the restored documents need were not in the backup (an older backup carried none)`,
      );
    if (result.safetyBackup)
      io.out(`The previous database was backed up first: ${describeBackup(result.safetyBackup)}`);
    if (result.movedAside)
      io.out(
        `The previous database could not be read; it was moved, untouched, to ${result.movedAside}`,
      );
  },
};
