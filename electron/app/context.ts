import {
  DataFolderError,
  openDataFolderSafely,
  type AppContext,
  type SafeOpenOptions,
} from '../safety/startup';

/**
 * Opens a data folder for the desktop app, the preview or the command line alike, through the
 * safety checks (see `openDataFolderSafely`): the folder is created when missing, the database
 * checked, opened and migrated (a backup first), a start backup taken. A database that needs
 * recovery throws `DataFolderError`, whose message says what happened and which backup to restore.
 */
export function openAppContext(dataDir: string, options: SafeOpenOptions = {}): AppContext {
  const result = openDataFolderSafely(dataDir, options);
  if (result.status === 'recovery') throw new DataFolderError(result);
  return result.ctx;
}
