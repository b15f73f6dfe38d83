import type Database from 'better-sqlite3';

/**
 * Runs `work` with `db.prepare` answering each SQL text with one statement, compiled once.
 *
 * Why: the services prepare their statements where they run them, which costs nothing for a
 * record typed on a screen but a third of the time of a 100,000-row import (each row's
 * create prepares some twenty statements). The import writes through the services all the
 * same — one set of rules — inside this scope. A statement handed out again is reset to
 * better-sqlite3's defaults first (`pluck`, `raw`, `expand` off), since a caller may have
 * switched them. Only for synchronous work on one connection (a transaction): no statement
 * is iterated by two callers at once there, and the original `prepare` is back afterwards.
 */
export function withStatementCache<T>(db: Database.Database, work: () => T): T {
  const original = db.prepare;
  const cache = new Map<string, Database.Statement>();
  const cached = (source: string): Database.Statement => {
    let statement = cache.get(source);
    if (!statement) {
      statement = original.call(db, source) as Database.Statement;
      cache.set(source, statement);
    } else if (statement.reader) {
      statement.pluck(false).expand(false).raw(false);
    }
    return statement;
  };
  db.prepare = cached as typeof db.prepare;
  try {
    return work();
  } finally {
    db.prepare = original;
  }
}
