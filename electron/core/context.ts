import type Database from 'better-sqlite3';

/** What every handler gets: the open database and where the data lives. */
export interface HandlerContext {
  db: Database.Database;
  dataDir: string;
  version: string;
}
