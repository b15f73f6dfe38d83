import type Database from 'better-sqlite3';

/** This desktop's sync state, one key per line of `sync_state`. */
export const STATE = {
  desktopId: 'desktop_id',
  server: 'server',
  memberName: 'member_name',
  lastSeq: 'last_seq',
  lastSync: 'last_sync',
  lastError: 'last_error',
  connected: 'connected',
  members: 'members',
} as const;

export function getState(db: Database.Database, key: string): string | null {
  return (db.prepare('SELECT value FROM sync_state WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

export function setState(db: Database.Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM sync_state WHERE key = ?').run(key);
  else db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** The last server position this desktop applied. */
export function lastSeq(db: Database.Database): number {
  return Number(getState(db, STATE.lastSeq) ?? 0);
}
