import type Database from 'better-sqlite3';
import type { BackupOverviewView, BackupSettingsInput, CheckResult } from '../../shared/schemas/backups';
import { isAbsolute, resolve } from 'node:path';
import { databasePath } from '../paths/dataDir';
import { requestedPath } from '../files/door';
import { assertFolderExists } from '../files/writtenFiles';
import { checkDatabaseFile } from './integrity';
import { backupOverview } from './schedule';
import { writeBackupSettings } from './settings';

/** What the backups screen shows. */
export function backupOverviewView(dataDir: string): BackupOverviewView {
  const overview = backupOverview(dataDir);
  return {
    dir: overview.dir,
    defaultDir: overview.defaultDir,
    custom: overview.settings.dir !== null,
    periodicMinutes: overview.settings.periodicMinutes,
    backups: overview.backups,
  };
}

/**
 * Saves the backup folder and interval chosen on the backups screen. The folder must exist:
 * the app does not make folders where a page says (the command line may).
 */
export function updateBackupSettings(dataDir: string, input: BackupSettingsInput): BackupOverviewView {
  if (input.dirHandle !== undefined) requestedPath({ handle: input.dirHandle });
  if (typeof input.dir === 'string' && isAbsolute(input.dir)) assertFolderExists(resolve(input.dir));
  writeBackupSettings(dataDir, {
    ...(input.dir !== undefined ? { dir: input.dir } : {}),
    ...(input.periodicMinutes !== undefined ? { periodicMinutes: input.periodicMinutes } : {}),
  });
  return backupOverviewView(dataDir);
}

/** Checks the open database's file on demand (read-only, beside the app's own connection). */
export function checkOpenDatabase(db: Database.Database, dataDir: string, full: boolean): CheckResult {
  // Fold the WAL in first, so the check reads what the user sees.
  db.pragma('wal_checkpoint(PASSIVE)');
  return checkDatabaseFile(databasePath(dataDir), { full });
}
