/**
 * The data-safety engine's public API, for the IPC handlers, the desktop glue and the screens:
 * start-up checks and recovery, backups (automatic and manual), restore, rotation, backup
 * settings, integrity checks and the portable archive. Every result is JSON-serialisable except
 * `AppContext` (which holds the open database).
 */
export {
  openDataFolderSafely,
  type AppContext,
  type SafeOpenOptions,
  type StartupReport,
  type StartupResult,
} from './startup';
export { moveAside, describeRecovery, DataFolderError } from './recovery';
export {
  createBackup,
  backupToFile,
  listBackups,
  newestVerifiedBackup,
  parseBackupName,
} from './backup';
export {
  takeBackup,
  backupOverview,
  backupIfChanged,
  createChangeTracker,
  startPeriodicBackups,
  type BackupOverview,
  type BackupTarget,
  type PeriodicBackupOptions,
} from './schedule';
export { restoreBackup, type BackupRestoreResult, type RestoreOptions } from './restore';
export { planRotation, rotateBackups, DEFAULT_ROTATION, type RotationPolicy } from './rotation';
export {
  readBackupSettings,
  writeBackupSettings,
  backupDir,
  backupDirs,
  defaultBackupDir,
  type BackupSettings,
  type BackupSettingsUpdate,
} from './settings';
export { checkDatabaseFile, type CheckOptions } from './integrity';
export { listSessions } from './sessions';
export {
  exportArchive,
  type ArchiveInfo,
  type ArchiveManifest,
  type ExportOptions,
} from './archive';
export { importArchive, type ImportOptions, type ImportResult } from './archiveImport';
export { SafetyError } from './errors';
export type {
  BackupInfo,
  BackupReason,
  CheckResult,
  DatabaseProblem,
  RecoveryState,
  TableCounts,
} from './types';
