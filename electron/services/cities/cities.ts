import type Database from 'better-sqlite3';
import { checkCoordinates } from '../../../shared/domain/rules';
import { searchKey } from '../../../shared/domain/text';
import type { CityInput, CityListFilter, City } from '../../../shared/schemas/cities';
import { cityInputSchema, cityListSchema } from '../../../shared/schemas/cities';
import { newId, now } from '../common/clock';
import { DomainError, assertNoIssues, notFound } from '../../core/errors';
import { diffFields, recordAudit, recordUpdate, type AuditView } from '../history/audit';
import { indexAgreement, indexCity } from '../search/searchIndex';
import { moveToTrash } from '../trash/trash';

const SELECT_CITY = `
  SELECT c.id, c.name, c.country, c.latitude, c.longitude, c.notes, c.region, c.languages, c.website,
         c.created_at AS createdAt, c.updated_at AS updatedAt,
         (SELECT count(*) FROM agreements a WHERE a.city_id = c.id) AS agreementCount
  FROM cities c`;

/** Partner cities, by name, optionally narrowed by a text (accent-insensitive) and a country. */
export function listCities(db: Database.Database, filter: CityListFilter = {}): City[] {
  const { text, country } = cityListSchema.parse(filter);
  const where: string[] = [];
  const params: unknown[] = [];
  if (text) {
    where.push(`c.name_key LIKE ? ESCAPE '\\'`);
    params.push(`%${escapeLike(searchKey(text))}%`);
  }
  if (country) {
    where.push('c.country = ?');
    params.push(country);
  }
  const sql = `${SELECT_CITY} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.name_key, c.country`;
  return (db.prepare(sql).all(...params) as StoredCity[]).map(toCity);
}

type StoredCity = Omit<City, 'languages'> & { languages: string };

function toCity(row: StoredCity): City {
  return { ...row, languages: JSON.parse(row.languages) as string[] };
}

/** A city as its history lines show it. */
function auditView(city: City): AuditView {
  const { name, country, latitude, longitude, notes, region, languages, website } = city;
  return { name, country, latitude, longitude, region, languages, website, notes };
}

/** One partner city; `not_found` when it does not exist. */
export function getCity(db: Database.Database, id: string): City {
  const city = db.prepare(`${SELECT_CITY} WHERE c.id = ?`).get(id) as StoredCity | undefined;
  if (!city) throw notFound('City', id);
  return toCity(city);
}

/** Adds a partner city. A city is unique by name (ignoring case and accents) and country. */
export function createCity(db: Database.Database, input: CityInput): City {
  const city = cityInputSchema.parse(input);
  assertNoIssues(checkCoordinates(city.latitude, city.longitude));
  const id = newId();
  const stamp = now();
  return db.transaction(() => {
    assertUnique(db, city.name, city.country, null);
    db.prepare(
      `INSERT INTO cities (id, name, name_key, country, latitude, longitude, notes, region, languages, website, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      city.name,
      searchKey(city.name),
      city.country,
      city.latitude,
      city.longitude,
      city.notes,
      city.region,
      JSON.stringify(city.languages),
      city.website,
      stamp,
      stamp,
    );
    const created = getCity(db, id);
    recordAudit(db, { entityType: 'city', entityId: id, action: 'create', label: created.name, changes: diffFields(null, auditView(created)), at: stamp });
    indexCity(db, id);
    return created;
  }).immediate();
}

/** Changes the given fields of a partner city. */
export function updateCity(db: Database.Database, id: string, changes: Partial<CityInput>): City {
  return db.transaction(() => {
    const current = getCity(db, id);
    const next = cityInputSchema.parse({ ...pick(current), ...stripUndefined(changes) });
    assertNoIssues(checkCoordinates(next.latitude, next.longitude));
    assertUnique(db, next.name, next.country, id);
    const stamp = now();
    db.prepare(
      `UPDATE cities SET name = ?, name_key = ?, country = ?, latitude = ?, longitude = ?, notes = ?,
              region = ?, languages = ?, website = ?, updated_at = ?
       WHERE id = ?`,
    ).run(
      next.name,
      searchKey(next.name),
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
    recordUpdate(db, { entityType: 'city', entityId: id, label: updated.name, at: stamp }, auditView(current), auditView(updated));
    indexCity(db, id);
    if (updated.name !== current.name || updated.country !== current.country) {
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
    moveToTrash(db, 'city', id, { label: city.name, changes: diffFields(auditView(city), null) });
    return { id };
  }).immediate();
}

function assertUnique(db: Database.Database, name: string, country: string, exceptId: string | null): void {
  const clash = db
    .prepare('SELECT id FROM cities WHERE name_key = ? AND country = ? AND id IS NOT ?')
    .get(searchKey(name), country, exceptId);
  if (clash) {
    throw new DomainError('rule', 'errors.cityExists', `${name} (${country}) is already in the directory`, [
      { path: 'name', key: 'errors.cityExists', params: { city: name } },
    ], { city: name });
  }
}

function pick(city: City): CityInput {
  const { name, country, latitude, longitude, notes, region, languages, website } = city;
  return { name, country, latitude, longitude, notes, region, languages, website };
}

/** Drops keys whose value is undefined, so a partial update keeps the stored value. */
export function stripUndefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Escapes LIKE's wildcards in a user's text (used with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
