import { exportArchive } from '../../safety/archive';
import { importArchive } from '../../safety/archiveImport';
import { CliError, type FolderCommand } from '../types';
import { describeBackup, describeCounts, describeSize } from './backup';

/**
 * `archive export FILE` / `archive import FILE [--replace]`: the whole data folder (database and
 * attachments) as one portable .tar.gz, to move Accords to another computer. Import goes into
 * --data-dir, which must be empty unless --replace.
 */
export const archiveCommand: FolderCommand = {
  name: 'archive',
  summary: 'Export the data folder as one archive, or import one (to move to another computer)',
  usage: 'archive export FILE | archive import FILE [--replace] [--data-dir DIR]',
  options: { replace: { type: 'boolean' }, force: { type: 'boolean' } },
  async runInFolder(dataDir, values, io, positionals) {
    const [action, file, ...extra] = positionals;
    if ((action !== 'export' && action !== 'import') || !file || extra.length > 0) {
      throw new CliError(`Usage: ${archiveCommand.usage}`, 2);
    }
    if (action === 'export') {
      const info = await exportArchive(dataDir, file, {
        overwrite: values.force === true,
        fromCommandLine: true,
      });
      io.out(
        `Archive written: ${info.file} (${describeSize(info.size)}, ${info.files} file(s), schema ${info.schemaVersion}): ${describeCounts(info.counts)}`,
      );
      return;
    }
    const result = await importArchive(file, dataDir, {
      replace: values.replace === true,
      force: values.force === true,
      kind: 'cli',
    });
    io.out(
      `Imported into ${result.dataDir} (${result.files} file(s), schema ${result.schemaVersion}, archived ${result.archiveCreatedAt}): ${describeCounts(result.counts)}`,
    );
    if (result.safetyBackup)
      io.out(`The previous database was backed up first: ${describeBackup(result.safetyBackup)}`);
    if (result.movedAside)
      io.out(
        `The previous database could not be read; it was moved, untouched, to ${result.movedAside}`,
      );
    if (result.replacedAttachments)
      io.out(`The previous attachments were moved to ${result.replacedAttachments}`);
  },
};
