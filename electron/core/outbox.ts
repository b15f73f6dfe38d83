import type Database from 'better-sqlite3';
import type { Change } from '../../shared/ipc/changes';
import { tick } from './hlc';

/**
 * The sync outbox's intake: every change the feed notes (`core/changes.ts`) is marked here, in
 * the transaction of the write, with a hybrid-logical-clock stamp — once this desktop has
 * joined a team. The mark names the record; the sync later reads the record field by field
 * and sends the fields that differ from what the team last saw (services/team/outbox.ts),
 * each with this stamp. A deleted record is then missing, and travels as a tombstone.
 * Settings are this desktop's preferences and stay here. Writes that apply other desktops'
 * changes run inside `withoutOutbox`, so they never come back out.
 */

/** Key of the desktop's id in `sync_state`, set when the desktop joins a team. */
export const DESKTOP_ID_KEY = 'desktop_id';

const desktops = new WeakMap<Database.Database, string | null>();
const muted = new WeakSet<Database.Database>();

/** This desktop's id in its team, or null when it has not joined one. */
export function desktopIdOf(db: Database.Database): string | null {
  if (desktops.has(db)) return desktops.get(db)!;
  let id: string | null = null;
  try {
    id = (db.prepare('SELECT value FROM sync_state WHERE key = ?').pluck().get(DESKTOP_ID_KEY) as string | undefined) ?? null;
  } catch {
    // A file from before the team tables (a migration's test, a check on an old backup): not in a team.
  }
  desktops.set(db, id);
  return id;
}

/** Forgets the cached desktop id (after joining or leaving a team). */
export function forgetDesktopId(db: Database.Database): void {
  desktops.delete(db);
}

/** Runs `write` without marking what it notes (applying what other desktops changed). */
export function withoutOutbox<T>(db: Database.Database, write: () => T): T {
  if (muted.has(db)) return write();
  muted.add(db);
  try {
    return write();
  } finally {
    muted.delete(db);
  }
}

/** Marks a changed record for the next push; id `*` marks every record of its kind. */
export function markOutbox(db: Database.Database, change: Change): void {
  if (change.entity === 'setting' || muted.has(db)) return;
  const desktop = desktopIdOf(db);
  if (!desktop) return;
  const stamp = tick(db, desktop);
  db.prepare(
    `INSERT INTO sync_outbox (entity, record_id, hlc) VALUES (?, ?, ?)
     ON CONFLICT (entity, record_id) DO UPDATE SET hlc = excluded.hlc`,
  ).run(change.entity, change.id, stamp);
}
