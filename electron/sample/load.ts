import type Database from 'better-sqlite3';
import { precisionOf, yearOf } from '../../shared/domain/partialDate';
import { searchKey } from '../../shared/domain/text';
import type { SampleLoaded } from '../../shared/schemas/app';
import { noteBulk } from '../core/changes';
import { DomainError } from '../core/errors';
import { namedOnce } from '../services/cities/cities';
import { newId, now } from '../services/common/clock';
import { rebuildSearchIndex } from '../services/search/searchIndex';
import { SETTING_OWN_CITY, getSetting, setSetting } from '../services/settings/settings';
import { countRecords } from '../services/settings/setup';
import { ensureThemes } from '../services/themes/themes';
import { PARIS_ACTIONS, PARIS_AGREEMENTS, PARIS_OWN_CITY, PARIS_THEMES } from './paris';
import { PARIS_VERSIONS } from './parisVersions';

/**
 * Loads the Paris example (40 agreements, their partner cities and the actions the source
 * text describes) in one transaction. Refused unless the database is empty.
 */
export function loadSample(db: Database.Database): SampleLoaded {
  return db
    .transaction(() => {
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
        `INSERT INTO cities (id, name, name_key, name_fr, name_en, name_fr_key, name_en_key, aliases, names_key,
                             country, latitude, longitude, notes, created_at, updated_at)
         VALUES (@id, @name, @nameKey, @nameFr, @nameEn, @nameFrKey, @nameEnKey, @aliases, @namesKey,
                 @country, @latitude, @longitude, '', @stamp, @stamp)`,
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
        // Both languages from the built-in table: Copenhague / Copenhagen, Tbilissi / Tbilisi.
        insertCity.run({
          id: cityId,
          ...namedOnce(a.city, a.country),
          country: a.country,
          latitude: a.latitude,
          longitude: a.longitude,
          stamp,
        });
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
        insertAction.run(
          id,
          agreementOfCity.get(action.city)!,
          action.title,
          searchKey(action.title),
          action.kind,
          action.status,
          action.notes,
          stamp,
          stamp,
        );
        for (const code of action.themes) tagAction.run(id, themeIds.get(code)!);
      }
      // Montreal's agreement as a history: signed April 2006, updated May 2014, new pact April 2023.
      const insertVersion = db.prepare(
        `INSERT INTO agreement_versions (id, agreement_id, kind, date, date_precision, summary, signatories, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?)`,
      );
      for (const v of PARIS_VERSIONS) {
        insertVersion.run(
          newId(),
          agreementOfCity.get(v.city)!,
          v.kind,
          v.date,
          precisionOf(v.date),
          v.summary,
          stamp,
          stamp,
        );
      }
      rebuildSearchIndex(db);
      // A bulk load: the compact form, one change per kind of record (see core/changes.ts).
      for (const entity of ['city', 'agreement', 'agreement_version', 'action'] as const)
        noteBulk(db, entity, 'create');
      if (getSetting(db, SETTING_OWN_CITY) === null)
        setSetting(db, SETTING_OWN_CITY, PARIS_OWN_CITY);
      return {
        cities: PARIS_AGREEMENTS.length,
        agreements: PARIS_AGREEMENTS.length,
        actions: PARIS_ACTIONS.length,
      };
    })
    .immediate();
}
