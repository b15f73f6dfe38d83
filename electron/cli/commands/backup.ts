import { dirname, join } from 'node:path';
import { backupToFile, listBackups } from '../../safety/backup';
import { checkDatabaseFile, openReadOnly } from '../../safety/integrity';
import { takeBackup } from '../../safety/schedule';
import { backupDirs } from '../../safety/settings';
import type { BackupInfo, TableCounts } from '../../safety/types';
import { databasePath } from '../../paths/dataDir';
import { CliError, type FolderCommand } from '../types';

const MAIN_TABLES = ['agreements', 'cities', 'actions', 'themes'];

/** "40 agreements, 40 cities, 12 actions, 9 themes" (every table is in `--json`). */
export function describeCounts(counts: TableCounts): string {
  const main = MAIN_TABLES.filter((t) => t in counts).map((t) => `${counts[t]} ${t}`);
  return main.length ? main.join(', ') : `${Object.keys(counts).length} table(s)`;
}

/** 1.2 MB, 340 kB, 512 B. */
export function describeSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} B`;
}

/** The local date and time of an ISO instant: `2026-11-28 22:56:00`. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function describeBackup(info: BackupInfo): string {
  return `${info.file} (${describeSize(info.size)}, schema ${info.schemaVersion}): ${describeCounts(info.counts)}`;
}

/**
 * `backup [--out FILE]`: a verified copy of the database, taken through a read-only connection
 * (it works while the app is open and never changes the database), with the attached files its
 * documents need. Without --out it goes to the backup folder like the automatic ones, rotation
 * included; with it, the files go to `attachments/` beside FILE, where `restore FILE` finds them.
 */
export const backupCommand: FolderCommand = {
  name: 'backup',
  summary: 'Back up the database now (into the backup folder, or --out FILE)',
  usage: 'backup [--out FILE] [--data-dir DIR]',
  options: { out: { type: 'string' } },
  runInFolder(dataDir, values, io) {
    const file = databasePath(dataDir);
    const check = checkDatabaseFile(file);
    if (!check.ok) throw new CliError(`nothing backed up: ${check.detail}`);
    const db = openReadOnly(file);
    try {
      if (typeof values.out === 'string') {
        const info = backupToFile(db, values.out, { dataDir });
        io.out(`Backup written: ${describeBackup(info)}`);
        if (info.attachments > 0)
          io.out(
            `With its ${info.attachments} attached file(s) in ${join(dirname(info.file), 'attachments')}`,
          );
        if (info.attachmentsMissing > 0)
          io.err(
            `accords backup: ${info.attachmentsMissing} attached file(s) its documents list are missing from the data folder (see: accords check --full)`,
          );
        return;
      }
      io.out(`Backup written: ${describeBackup(takeBackup({ db, dataDir }, 'manual'))}`);
    } finally {
      db.close();
    }
  },
};

/** `backups [--json]`: the verified backups, newest first, with date, size and counts. */
export const backupsCommand: FolderCommand = {
  name: 'backups',
  summary: 'List the backups (date, reason, size, counts), newest first',
  usage: 'backups [--json] [--data-dir DIR]',
  options: { json: { type: 'boolean' } },
  runInFolder(dataDir, values, io) {
    const dirs = backupDirs(dataDir);
    const backups = listBackups(dirs);
    if (values.json) {
      io.out(JSON.stringify(backups, null, 2));
      return;
    }
    if (backups.length === 0) {
      io.out(`No backups in ${dirs.join(' or ')}.`);
      return;
    }
    for (const b of backups) {
      io.out(
        `${localTime(b.createdAt)}  ${b.reason.padEnd(9)} ${describeSize(b.size).padStart(8)}  ${describeCounts(b.counts)}  ${b.file}`,
      );
    }
    io.out(`${backups.length} backup(s).`);
  },
};
