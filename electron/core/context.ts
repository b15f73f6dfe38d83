import type Database from 'better-sqlite3';

/**
 * Takes a verified backup of the open data folder before a write that replaces much at once
 * (an import, a team's register downloaded over this one) and says which file it wrote. The
 * safety layer provides it when it opens the folder, so services never import safety/.
 */
export type BackupTaker = (reason: 'import') => { name: string; file: string };

/** What every handler gets: the open database, where the data lives, and how to back it up. */
export interface HandlerContext {
  db: Database.Database;
  dataDir: string;
  version: string;
  takeBackup: BackupTaker;
}
