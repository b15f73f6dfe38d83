import type Database from 'better-sqlite3';

/**
 * While another thread writes this process's database in one long transaction (an import's
 * worker, electron/workers/importInWorker.ts), its connection here must not wait for the lock:
 * better-sqlite3 waits synchronously (`busy_timeout`, 5 s), and the thread that waits is the
 * one that answers the window. So, for as long as such a worker lives, this connection's
 * `busy_timeout` is 0: reads go on (WAL: they see the data as it was before the import), and a
 * write is refused at once with SQLITE_BUSY, which `toAppError` (core/errors.ts)
 * answers as `errors.import.writing` ("an import is being saved"): refused, nothing of it written.
 */

const held = new Map<Database.Database, { count: number; busyTimeout: number }>();

/**
 * Marks `db`'s file as written by another thread until the returned release is called (once).
 * Nested marks (there is one import at a time, but nothing relies on it) restore the timeout
 * when the last is released.
 */
export function markWrittenElsewhere(db: Database.Database): () => void {
  const current = held.get(db);
  if (current) current.count += 1;
  else {
    held.set(db, { count: 1, busyTimeout: db.pragma('busy_timeout', { simple: true }) as number });
    db.pragma('busy_timeout = 0');
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const mark = held.get(db);
    if (!mark) return;
    mark.count -= 1;
    if (mark.count > 0) return;
    held.delete(db);
    if (db.open) db.pragma(`busy_timeout = ${mark.busyTimeout}`);
  };
}

/** True while another thread writes `db`'s file (any connection's, when `db` is not given). */
export function isWrittenElsewhere(db?: Database.Database): boolean {
  return db ? held.has(db) : held.size > 0;
}
