import type Database from 'better-sqlite3';
import { noteChange } from '../../core/changes';
import { setReaderLanguage } from '../../db/functions';

/** Known settings keys. */
export const SETTING_OWN_CITY = 'city.own';
export const SETTING_LANGUAGE = 'ui.language';

/** A setting's value, or null when it was never set. */
export function getSetting(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/**
 * Sets (or, with null, clears) a setting. A value that actually changes is noted in the change
 * feed (`core/changes.ts`) as entity `setting`, id = the key.
 */
export function setSetting(db: Database.Database, key: string, value: string | null): void {
  if (key === SETTING_LANGUAGE && (value === 'fr' || value === 'en')) setReaderLanguage(db, value);
  const before = getSetting(db, key);
  if (before === value) return;
  if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  noteChange(db, { entity: 'setting', id: key, op: value === null ? 'delete' : before === null ? 'create' : 'update' });
}
