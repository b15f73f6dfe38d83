import type Database from 'better-sqlite3';
import { searchKey } from '../../../shared/domain/text';
import { precisionOf, yearOf } from '../../../shared/domain/partialDate';
import type { AppState, SampleLoaded, SettingsUpdate } from '../../../shared/schemas/app';
import type { Language } from '../../../shared/domain/enums';
import { PARIS_ACTIONS, PARIS_AGREEMENTS, PARIS_OWN_CITY, PARIS_THEMES } from '../../sample/paris';
import { PARIS_VERSIONS } from '../../sample/parisVersions';
import { newId, now } from '../common/clock';
import { DomainError } from '../../core/errors';
import { SETTING_LANGUAGE, SETTING_OWN_CITY, getSetting, setSetting } from './settings';
import { ensureThemes } from '../themes/themes';
import { SETTING_USER_NAME } from '../history/audit';
import { rebuildSearchIndex } from '../search/searchIndex';

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

/**
 * Loads the Paris example (40 agreements, their partner cities and the actions the source
 * text describes) in one transaction. Refused unless the database is empty.
 */
export function loadSample(db: Database.Database): SampleLoaded {
  return db.transaction(() => {
    const counts = countRecords(db);
    if (counts.cities > 0 || counts.agreements > 0) {
      throw new DomainError(
        'conflict',
        'errors.notEmpty',
        `The database already holds ${counts.agreements} agreement(s) and ${counts.cities} city(ies): the example is only loaded into an empty database`,
      );
    }
    const stamp = now();
    const themeIds = ensureThemes(db, PARIS_THEMES);
    const insertCity = db.prepare(
      `INSERT INTO cities (id, name, name_key, country, latitude, longitude, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)`,
    );
    const insertAgreement = db.prepare(
      `INSERT INTO agreements (id, city_id, kind, exclusive, signed_on, signed_precision, signed_year, status,
                               ended_on, end_reason, title, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'active', NULL, '', '', ?, ?, ?)`,
    );
    const agreementOfCity = new Map<string, string>();
    for (const a of PARIS_AGREEMENTS) {
      const cityId = newId();
      const agreementId = newId();
      insertCity.run(cityId, a.city, searchKey(a.city), a.country, a.latitude, a.longitude, stamp, stamp);
      insertAgreement.run(
        agreementId,
        cityId,
        a.kind,
        a.exclusive ? 1 : 0,
        a.signedOn,
        precisionOf(a.signedOn),
        yearOf(a.signedOn),
        a.notes ?? '',
        stamp,
        stamp,
      );
      agreementOfCity.set(a.city, agreementId);
    }
    const insertAction = db.prepare(
      `INSERT INTO actions (id, agreement_id, title, title_key, kind, status, start_on, end_on, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)`,
    );
    const tagAction = db.prepare('INSERT INTO action_themes (action_id, theme_id) VALUES (?, ?)');
    for (const action of PARIS_ACTIONS) {
      const id = newId();
      insertAction.run(id, agreementOfCity.get(action.city)!, action.title, searchKey(action.title), action.kind, action.status, action.notes, stamp, stamp);
      for (const code of action.themes) tagAction.run(id, themeIds.get(code)!);
    }
    // Montreal's agreement as a history: signed April 2006, updated May 2014, new pact April 2023.
    const insertVersion = db.prepare(
      `INSERT INTO agreement_versions (id, agreement_id, kind, date, date_precision, summary, signatories, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?)`,
    );
    for (const v of PARIS_VERSIONS) {
      insertVersion.run(newId(), agreementOfCity.get(v.city)!, v.kind, v.date, precisionOf(v.date), v.summary, stamp, stamp);
    }
    rebuildSearchIndex(db);
    if (getSetting(db, SETTING_OWN_CITY) === null) setSetting(db, SETTING_OWN_CITY, PARIS_OWN_CITY);
    return { cities: PARIS_AGREEMENTS.length, agreements: PARIS_AGREEMENTS.length, actions: PARIS_ACTIONS.length };
  }).immediate();
}
