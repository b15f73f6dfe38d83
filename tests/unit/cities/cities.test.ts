import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAgreement } from '../../../electron/services/agreements/agreements';
import { createCity, deleteCity, getCity, listCities, updateCity } from '../../../electron/services/cities/cities';
import { stripUndefined } from '../../../electron/services/common/records';
import { escapeLike } from '../../../electron/db/sql';
import { DomainError } from '../../../electron/core/errors';
import { cityIdByName, countRows, dumpTables, tempDatabase } from '../helpers/tempData';

const MISSING = '00000000-0000-4000-8000-000000000000';

function refused(db: Database.Database, act: () => unknown): DomainError {
  const before = dumpTables(db);
  let thrown: unknown;
  try {
    act();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  expect(dumpTables(db)).toEqual(before);
  return thrown as DomainError;
}

describe('createCity', () => {
  it('adds a city with its search key and defaults', () => {
    const { db } = tempDatabase();
    const city = createCity(db, {
      name: '  Québec ',
      country: 'ca',
      latitude: 46.8,
      longitude: -71.2,
    });
    expect(city).toMatchObject({
      name: 'Québec',
      country: 'CA',
      latitude: 46.8,
      longitude: -71.2,
      notes: '',
      agreementCount: 0,
    });
    expect(db.prepare('SELECT name_key FROM cities WHERE id = ?').pluck().get(city.id)).toBe(
      'quebec',
    );
    expect(getCity(db, city.id)).toEqual(city);
  });

  it.each(['Sao Paulo', 'SÃO PAULO', 'são paulo', ' Sao paulo '])(
    'refuses %j beside São Paulo (BR)',
    (name) => {
      const { db } = tempDatabase({ sample: true });
      const error = refused(db, () => createCity(db, { name, country: 'BR' }));
      expect(error).toMatchObject({ code: 'rule', key: 'errors.cityExists' });
      expect(error.issues).toEqual([
        { path: 'name', key: 'errors.cityExists', params: { city: name.trim() } },
      ]);
    },
  );

  it('allows the same name in another country', () => {
    const { db } = tempDatabase({ sample: true });
    const city = createCity(db, { name: 'Rome', country: 'US' });
    expect(city.country).toBe('US');
    expect(listCities(db, { text: 'rome' }).map((c) => c.country)).toEqual(['IT', 'US']);
  });

  it('wants coordinates as a pair', () => {
    const { db } = tempDatabase();
    expect(
      refused(db, () => createCity(db, { name: 'Lyon', country: 'FR', latitude: 45.76 })).issues,
    ).toEqual([{ path: 'longitude', key: 'errors.coordinatesPair' }]);
    expect(
      refused(db, () => createCity(db, { name: 'Lyon', country: 'FR', longitude: 4.83 })).issues,
    ).toEqual([{ path: 'latitude', key: 'errors.coordinatesPair' }]);
    expect(
      createCity(db, { name: 'Lyon', country: 'FR', latitude: 0, longitude: 0 }),
    ).toMatchObject({ latitude: 0, longitude: 0 });
  });
});

describe('updateCity', () => {
  it('changes only the given fields', () => {
    const { db } = tempDatabase({ sample: true });
    const id = cityIdByName(db, 'Québec');
    const before = getCity(db, id);
    const after = updateCity(db, id, { notes: 'Capitale nationale', name: undefined });
    expect(after).toEqual({ ...before, notes: 'Capitale nationale', updatedAt: after.updatedAt });
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.agreementCount).toBe(1);
  });

  it('may change the case or accents of its own name, not take another city’s', () => {
    const { db } = tempDatabase({ sample: true });
    const id = cityIdByName(db, 'Montreal');
    expect(updateCity(db, id, { name: 'Montréal' }).name).toBe('Montréal');
    expect(db.prepare('SELECT name_key FROM cities WHERE id = ?').pluck().get(id)).toBe('montreal');
    const error = refused(db, () => updateCity(db, id, { name: 'Quebec' }));
    expect(error.issues).toEqual([
      { path: 'name', key: 'errors.cityExists', params: { city: 'Quebec' } },
    ]);
    // Another country makes it a different city.
    expect(updateCity(db, cityIdByName(db, 'Tokyo'), { name: 'Quebec', country: 'JP' }).name).toBe(
      'Quebec',
    );
  });

  it('checks the coordinates pair against the stored values', () => {
    const { db } = tempDatabase({ sample: true });
    const id = cityIdByName(db, 'Rome');
    expect(refused(db, () => updateCity(db, id, { latitude: null })).issues).toEqual([
      { path: 'latitude', key: 'errors.coordinatesPair' },
    ]);
    expect(updateCity(db, id, { latitude: null, longitude: null })).toMatchObject({
      latitude: null,
      longitude: null,
    });
  });

  it('answers not_found for an unknown id', () => {
    const { db } = tempDatabase({ sample: true });
    expect(refused(db, () => updateCity(db, MISSING, { notes: 'x' }))).toMatchObject({
      code: 'not_found',
      key: 'errors.notFound',
      params: { id: MISSING },
    });
  });
});

describe('deleteCity', () => {
  it('is refused while agreements point at the city (conflict, with the count)', () => {
    const { db } = tempDatabase({ sample: true });
    const id = cityIdByName(db, 'Rome');
    createAgreement(db, { cityId: id, kind: 'memorandum', signedOn: '2001' });
    const error = refused(db, () => deleteCity(db, id));
    expect(error).toMatchObject({
      code: 'conflict',
      key: 'errors.cityHasAgreements',
      params: { count: 2, city: 'Rome' },
    });
  });

  it('deletes a city without agreements', () => {
    const { db } = tempDatabase({ sample: true });
    const city = createCity(db, { name: 'Lyon', country: 'FR' });
    expect(deleteCity(db, city.id)).toEqual({ id: city.id });
    expect(countRows(db, 'cities')).toBe(40);
    expect(refused(db, () => getCity(db, city.id)).code).toBe('not_found');
  });

  it('answers not_found for an unknown id', () => {
    const { db } = tempDatabase({ sample: true });
    expect(refused(db, () => deleteCity(db, MISSING)).code).toBe('not_found');
  });
});

describe('listCities', () => {
  it('lists by name ignoring accents, with agreement counts, filtered by text and country', () => {
    const { db } = tempDatabase({ sample: true });
    const all = listCities(db);
    expect(all).toHaveLength(40);
    expect(all[0]!.name).toBe('Algiers');
    expect(all.every((c) => c.agreementCount === 1)).toBe(true);
    expect(listCities(db, { text: 'sao' }).map((c) => c.name)).toEqual(['São Paulo']);
    expect(listCities(db, { country: 'us' }).map((c) => c.name)).toEqual([
      'Chicago',
      'San Francisco',
      'Washington',
    ]);
    expect(listCities(db, { text: 'san', country: 'US' }).map((c) => c.name)).toEqual([
      'San Francisco',
    ]);
    expect(listCities(db, { text: '%' })).toEqual([]);
    expect(listCities(db, { text: '_' })).toEqual([]);
  });
});

describe('helpers', () => {
  it('escapeLike escapes the wildcards and the escape character', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(escapeLike('plain')).toBe('plain');
  });

  it('stripUndefined keeps null and drops undefined', () => {
    expect(stripUndefined({ a: undefined, b: null, c: 0, d: '' })).toEqual({
      b: null,
      c: 0,
      d: '',
    });
  });
});
