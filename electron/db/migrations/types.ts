import type Database from 'better-sqlite3';

/**
 * One step of the schema. `version` goes up in steps of 10 and becomes `PRAGMA user_version`
 * once `up` has run, in the same transaction. A shipped migration is never edited.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
  /**
   * The step rebuilds a table others point at (SQLite's "make other kinds of table schema
   * changes" procedure): foreign keys are switched off around its transaction, so dropping the
   * old table cascades nothing, and `foreign_key_check` must find nothing before it commits.
   */
  rebuildsTables?: boolean;
}
