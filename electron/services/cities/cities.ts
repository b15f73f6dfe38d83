import type Database from 'better-sqlite3';
import { checkCoordinates } from '../../../shared/domain/rules';
import { searchKey } from '../../../shared/domain/text';
import type { CityInput, CityListFilter, City } from '../../../shared/schemas/cities';
import { cityInputSchema, cityListSchema } from '../../../shared/schemas/cities';
import { newId, now } from '../common/clock';
import { escapeLike, fragment, sql, where } from '../../db/sql';
import { stripUndefined } from '../common/records';
import { DomainError, assertNoIssues, notFound } from '../../core/errors';
import { diffFields, recordAudit, recordUpdate, type AuditView } from '../history/audit';
import { indexAgreement, indexCity } from '../search/searchIndex';
import { moveToTrash } from '../trash/trash';
import { resolvePlaceNames, spellingsKey, type PlaceNames } from '../../../shared/domain/placeNames';
import { CITY_NAME, readerLanguage } from '../../db/functions';

const SELECT_CITY = `
  SELECT c.id, ${CITY_NAME} AS name, c.name_fr AS nameFr, c.name_en AS nameEn, c.aliases, c.country, c.latitude, c.longitude, c.notes, c.region, c.languages, c.website,
         c.created_at AS createdAt, c.updated_at AS updatedAt,
         (SELECT count(*) FROM agreements a WHERE a.city_id = c.id) AS agreementCount
  FROM cities c`;

/**
 * Partner cities, by their name in the reader's language, optionally narrowed by a text found in
 * any of their names (French, English, other spellings; without regard to case or accents) and a
 * country.
 */
export function listCities(db: Database.Database, filter: CityListFilter = {}): City[] {
  const { text, country } = cityListSchema.parse(filter);
  const query = sql`${fragment(SELECT_CITY)} ${where(
    text && fragment(`c.names_key LIKE @text ESCAPE '\\'`, { text: `%${escapeLike(searchKey(text))}%` }),
    country && fragment('c.country = @country', { country }),
  )}`;
  const cities = (db.prepare(query.sql).all(query.params) as StoredCity[]).map(toCity);
  // The reader's language decides the order: "Pékin" sorts among the P's in French.
  const collator = new Intl.Collator(readerLanguage(db), { sensitivity: 'base' });
  return cities.sort((l, r) => collator.compare(l.name, r.name) || l.country.localeCompare(r.country));
}

type StoredCity = Omit<City, 'languages' | 'aliases'> & { languages: string; aliases: string };

function toCity(row: StoredCity): City {
  return { ...row, languages: JSON.parse(row.languages) as string[], aliases: JSON.parse(row.aliases) as string[] };
}

/**
 * A name typed alone is the city's name in the reader's language (an English reader who types
 * "Montréal" sees Montréal); the built-in table fills the other language.
 */
function typedInReaderLanguage<T extends { name: string; nameFr?: string | undefined; nameEn?: string | undefined }>(db: Database.Database, city: T): T {
  if (readerLanguage(db) === 'fr') return { ...city, nameFr: city.nameFr || city.name };
  return { ...city, nameEn: city.nameEn || city.name };
}

/** The name columns of a city known by one name (the example, generated directories). */
export function namedOnce(name: string, country: string): ReturnType<typeof nameColumns> {
  return nameColumns(name, resolvePlaceNames({ name, country }), country);
}

/** The columns that hold a city's names, from its resolved names. */
export function nameColumns(typed: string, names: PlaceNames, country: string) {
  return {
    name: typed,
    nameKey: searchKey(typed),
    nameFr: names.fr,
    nameEn: names.en,
    nameFrKey: searchKey(names.fr),
    nameEnKey: searchKey(names.en),
    aliases: JSON.stringify(names.aliases),
    namesKey: spellingsKey({ ...names, country }),
  };
}

/** A city's row as stored: its name columns (`nameColumns`) and its details. */
export interface CityRow {
  id: string;
  names: ReturnType<typeof nameColumns>;
  country: string;
  latitude: number | null;
  longitude: number | null;
  notes: string;
  region: string;
  languages: readonly string[];
  website: string;
  stamp: string;
}

/**
 * Inserts cities' rows with one prepared statement: the service's create (after its checks)
 * and the sample generator (thousands at once) write a city the same way.
 */
export function insertCity(db: Database.Database): (row: CityRow) => number {
  const insert = db.prepare(
    `INSERT INTO cities (id, name, name_key, name_fr, name_en, name_fr_key, name_en_key, aliases, names_key,
                         country, latitude, longitude, notes, region, languages, website, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (c) => {
    const n = c.names;
    // In the order of the columns above.
    const { lastInsertRowid } = insert.run(c.id, n.name, n.nameKey, n.nameFr, n.nameEn, n.nameFrKey, n.nameEnKey,
      n.aliases, n.namesKey, c.country, c.latitude, c.longitude, c.notes, c.region, JSON.stringify(c.languages),
      c.website, c.stamp, c.stamp);
    return Number(lastInsertRowid);
  };
}

/** A city as its history lines show it. */
export function cityAuditView(city: City): AuditView {
  const { nameFr, nameEn, aliases, country, latitude, longitude, notes, region, languages, website } = city;
  return { nameFr, nameEn, aliases, country, latitude, longitude, region, languages, website, notes };
}

/** One partner city; `not_found` when it does not exist. */
export function getCity(db: Database.Database, id: string): City {
  const city = db.prepare(`${SELECT_CITY} WHERE c.id = ?`).get(id) as StoredCity | undefined;
  if (!city) throw notFound('City', id);
  return toCity(city);
}

/** A new city checked against every rule, with the columns it is stored with. */
export interface CheckedCity {
  city: ReturnType<typeof cityInputSchema.parse>;
  columns: ReturnType<typeof nameColumns>;
}

/**
 * Checks a new city against the rules (its fields, its coordinates, unique by name and country
 * in either language) and gives the columns it is stored with. Writes nothing: `createCity`
 * and the import's bulk writer both store what it returns.
 */
export function checkNewCity(db: Database.Database, input: CityInput): CheckedCity {
  const city = cityInputSchema.parse(input);
  assertNoIssues(checkCoordinates(city.latitude, city.longitude));
  const names = resolvePlaceNames(typedInReaderLanguage(db, city));
  assertUnique(db, city.name, names, city.country, null);
  return { city, columns: nameColumns(city.name, names, city.country) };
}

/** Adds a partner city. A city is unique by name (ignoring case and accents) and country. */
export function createCity(db: Database.Database, input: CityInput): City {
  const id = newId();
  const stamp = now();
  return db.transaction(() => {
    const { city, columns } = checkNewCity(db, input);
    insertCity(db)({ id, names: columns, ...city, stamp });
    const created = getCity(db, id);
    recordAudit(db, { entityType: 'city', entityId: id, action: 'create', label: created.name, changes: diffFields(null, cityAuditView(created)), at: stamp });
    indexCity(db, id);
    return created;
  }).immediate();
}

/** Changes the given fields of a partner city. */
export function updateCity(db: Database.Database, id: string, changes: Partial<CityInput>): City {
  return db.transaction(() => {
    const current = getCity(db, id);
    const typed = db.prepare('SELECT name FROM cities WHERE id = ?').pluck().get(id) as string;
    const given = stripUndefined(changes);
    // A new name alone (a rename from the command line) names the city in both languages anew.
    const renamed = given.name !== undefined && given.nameFr === undefined && given.nameEn === undefined;
    const next = cityInputSchema.parse({
      ...pick(current, typed),
      ...(renamed ? { nameFr: '', nameEn: '', aliases: given.aliases ?? [] } : {}),
      ...given,
    });
    assertNoIssues(checkCoordinates(next.latitude, next.longitude));
    const names = resolvePlaceNames(typedInReaderLanguage(db, next));
    assertUnique(db, next.name, names, next.country, id);
    const stamp = now();
    const n = nameColumns(next.name, names, next.country);
    db.prepare(
      `UPDATE cities SET name = ?, name_key = ?, name_fr = ?, name_en = ?, name_fr_key = ?, name_en_key = ?, aliases = ?,
              names_key = ?, country = ?, latitude = ?, longitude = ?, notes = ?,
              region = ?, languages = ?, website = ?, updated_at = ?
       WHERE id = ?`,
    ).run(
      n.name,
      n.nameKey,
      n.nameFr,
      n.nameEn,
      n.nameFrKey,
      n.nameEnKey,
      n.aliases,
      n.namesKey,
      next.country,
      next.latitude,
      next.longitude,
      next.notes,
      next.region,
      JSON.stringify(next.languages),
      next.website,
      stamp,
      id,
    );
    const updated = getCity(db, id);
    recordUpdate(db, { entityType: 'city', entityId: id, label: updated.name, at: stamp }, cityAuditView(current), cityAuditView(updated));
    indexCity(db, id);
    const namesChanged = JSON.stringify([updated.nameFr, updated.nameEn, updated.aliases, next.name]) !== JSON.stringify([current.nameFr, current.nameEn, current.aliases, typed]);
    if (namesChanged || updated.country !== current.country) {
      // An agreement is found by its partner city's name and country.
      for (const agreementId of db.prepare('SELECT id FROM agreements WHERE city_id = ?').pluck().all(id) as string[]) indexAgreement(db, agreementId);
    }
    return updated;
  }).immediate();
}

/** Deletes a partner city; refused while agreements point at it. */
export function deleteCity(db: Database.Database, id: string): { id: string } {
  return db.transaction(() => {
    const city = getCity(db, id);
    if (city.agreementCount > 0) {
      throw new DomainError(
        'conflict',
        'errors.cityHasAgreements',
        `${city.name} cannot be deleted: ${city.agreementCount} agreement(s) point to it`,
        [],
        { count: city.agreementCount, city: city.name },
      );
    }
    // To the trash, with the links of its contacts; a restore brings back the same city.
    moveToTrash(db, 'city', id, { label: city.name, changes: diffFields(cityAuditView(city), null) });
    return { id };
  }).immediate();
}

/**
 * A city is unique by name and country, in either language: "Copenhague" (DK) is refused when
 * Copenhagen (DK) is there, whichever of its names either one was typed with.
 */
function assertUnique(db: Database.Database, name: string, names: PlaceNames, country: string, exceptId: string | null): void {
  const keys = [...new Set([name, names.fr, names.en].map(searchKey))];
  // One index search per name column (`+country` keeps the planner off the country index):
  // written with OR, SQLite scanned every city of the country, which made a 100,000-row
  // import quadratic.
  const clash = db
    .prepare(
      `SELECT id FROM cities WHERE name_key IN (SELECT value FROM json_each(@keys)) AND +country = @country AND id IS NOT @exceptId
       UNION ALL
       SELECT id FROM cities WHERE name_fr_key IN (SELECT value FROM json_each(@keys)) AND +country = @country AND id IS NOT @exceptId
       UNION ALL
       SELECT id FROM cities WHERE name_en_key IN (SELECT value FROM json_each(@keys)) AND +country = @country AND id IS NOT @exceptId
       LIMIT 1`,
    )
    .get({ country, exceptId, keys: JSON.stringify(keys) });
  if (clash) {
    throw new DomainError('rule', 'errors.cityExists', `${name} (${country}) is already in the directory`, [
      { path: 'name', key: 'errors.cityExists', params: { city: name } },
    ], { city: name });
  }
}

function pick(city: City, typedName: string): CityInput {
  const { nameFr, nameEn, aliases, country, latitude, longitude, notes, region, languages, website } = city;
  return { name: typedName, nameFr, nameEn, aliases, country, latitude, longitude, notes, region, languages, website };
}
