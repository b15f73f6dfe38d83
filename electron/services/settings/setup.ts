import type Database from 'better-sqlite3';
import type { AppState, SettingsUpdate } from '../../../shared/schemas/app';
import type { Language } from '../../../shared/domain/enums';
import { SETTING_LANGUAGE, SETTING_OWN_CITY, getSetting, setSetting } from './settings';
import { SETTING_USER_NAME } from '../history/audit';

/** Counts of what the database holds. */
export function countRecords(db: Database.Database): AppState['counts'] {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    cities: count('cities'),
    agreements: count('agreements'),
    actions: count('actions'),
    themes: count('themes'),
  };
}

/** What the renderer needs at start. */
export function appState(db: Database.Database, meta: { dataDir: string; version: string }): AppState {
  const counts = countRecords(db);
  const language = getSetting(db, SETTING_LANGUAGE);
  return {
    version: meta.version,
    dataDir: meta.dataDir,
    empty: counts.cities === 0 && counts.agreements === 0,
    ownCity: getSetting(db, SETTING_OWN_CITY),
    language: language === 'en' || language === 'fr' ? (language as Language) : null,
    userName: getSetting(db, SETTING_USER_NAME),
    counts,
  };
}

/** Saves the user's preferences. */
export function updateSettings(db: Database.Database, update: SettingsUpdate): void {
  db.transaction(() => {
    if (update.ownCity !== undefined) setSetting(db, SETTING_OWN_CITY, update.ownCity.trim() || null);
    if (update.language !== undefined) setSetting(db, SETTING_LANGUAGE, update.language);
    if (update.userName !== undefined) setSetting(db, SETTING_USER_NAME, update.userName.trim() || null);
  }).immediate();
}
