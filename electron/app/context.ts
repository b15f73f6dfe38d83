import { mkdirSync } from 'node:fs';
import { closeDatabase, openDatabase } from '../db/open';
import type { HandlerContext } from '../ipc/dispatch';
import { databasePath } from '../paths/dataDir';
import { APP_VERSION } from './meta';

/**
 * Opens a data folder for the desktop app, the preview or the command line alike: the folder
 * is created when missing, the database opened and migrated.
 */
export function openAppContext(dataDir: string): HandlerContext & { close(): void } {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(databasePath(dataDir));
  return { db, dataDir, version: APP_VERSION, close: () => closeDatabase(db) };
}
