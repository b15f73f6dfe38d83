import type Database from 'better-sqlite3';

/** Known settings keys. */
export const SETTING_OWN_CITY = 'city.own';
export const SETTING_LANGUAGE = 'ui.language';

/** A setting's value, or null when it was never set. */
export function getSetting(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Sets (or, with null, clears) a setting. */
export function setSetting(db: Database.Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
