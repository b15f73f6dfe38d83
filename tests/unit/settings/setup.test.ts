import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { DomainError } from '../../../electron/core/errors';
import { appState, countRecords, updateSettings } from '../../../electron/services/settings/setup';
import { loadSample } from '../../../electron/sample/load';
import { getSetting, setSetting } from '../../../electron/services/settings/settings';
import { createCity } from '../../../electron/services/cities/cities';
import { countRows, dumpTables, tempDatabase } from '../helpers/tempData';

const META = { dataDir: '/data', version: '9.9.9' };

describe('loadSample', () => {
  it('loads the Paris example: 40 agreements, 40 cities, 4 actions and the 5 themes the source names', () => {
    const { db } = tempDatabase();
    expect(loadSample(db)).toMatchObject({ cities: 40, agreements: 40, actions: 4 });
    expect(countRecords(db)).toMatchObject({ cities: 40, agreements: 40, actions: 4 });
    const codes = db.prepare('SELECT code FROM themes').pluck().all();
    expect(codes).toEqual(
      expect.arrayContaining([
        'cycling_soft_transport',
        'social_housing',
        'risk_prevention',
        'heritage_conservation',
        'new_technologies',
      ]),
    );
    expect(countRows(db, 'action_themes')).toBe(6);
    expect(getSetting(db, 'city.own')).toBe('Paris');
  });

  it('spells the partner cities exactly as the source names them', () => {
    const { db } = tempDatabase({ sample: true });
    const names = db.prepare('SELECT name FROM cities').pluck().all() as string[];
    expect(new Set(names).size).toBe(40);
    for (const name of [
      'São Paulo',
      "Sana'a",
      'Tbilisi',
      'Saint Petersburg',
      'Québec',
      'Montreal',
      'Rome',
      'Kyoto',
      'Santiago de Chile',
      'Mexico City',
    ]) {
      expect(names).toContain(name);
    }
    const keys = db
      .prepare("SELECT name_key FROM cities WHERE name IN ('São Paulo', 'Québec')")
      .pluck()
      .all();
    expect(keys.sort()).toEqual(['quebec', 'sao paulo']);
  });

  it('dates Montreal to April 2006 and Rome to 1956, the only exclusive twinning', () => {
    const { db } = tempDatabase({ sample: true });
    const row = (name: string) =>
      db
        .prepare(
          `SELECT a.signed_on AS signedOn, a.signed_precision AS precision, a.signed_year AS year, a.kind, a.exclusive, a.status, c.country
           FROM agreements a JOIN cities c ON c.id = a.city_id WHERE c.name = ?`,
        )
        .get(name);
    expect(row('Montreal')).toEqual({
      signedOn: '2006-04',
      precision: 'month',
      year: 2006,
      kind: 'friendship_cooperation',
      exclusive: 0,
      status: 'active',
      country: 'CA',
    });
    expect(row('Rome')).toEqual({
      signedOn: '1956',
      precision: 'year',
      year: 1956,
      kind: 'twinning',
      exclusive: 1,
      status: 'active',
      country: 'IT',
    });
    expect(
      db
        .prepare("SELECT count(*) FROM agreements WHERE kind = 'twinning' OR exclusive = 1")
        .pluck()
        .get(),
    ).toBe(1);
    expect(db.prepare('SELECT min(signed_on), max(signed_on) FROM agreements').raw().get()).toEqual(
      ['1956', '2006-04'],
    );
  });

  it('puts the actions under Copenhagen, London and Prague with their themes', () => {
    const { db } = tempDatabase({ sample: true });
    const rows = db
      .prepare(
        `SELECT c.name AS city, count(DISTINCT x.id) AS actions, group_concat(t.code, ',') AS themes
         FROM actions x JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id
         JOIN action_themes at ON at.action_id = x.id JOIN themes t ON t.id = at.theme_id
         GROUP BY c.name ORDER BY c.name`,
      )
      .all() as { city: string; actions: number; themes: string }[];
    expect(rows.map((r) => ({ ...r, themes: r.themes.split(',').sort().join(',') }))).toEqual([
      { city: 'Copenhagen', actions: 1, themes: 'cycling_soft_transport' },
      { city: 'London', actions: 1, themes: 'social_housing' },
      {
        city: 'Prague',
        actions: 2,
        themes: 'heritage_conservation,new_technologies,new_technologies,risk_prevention',
      },
    ]);
  });

  it('is refused a second time with a conflict, and adds nothing', () => {
    const { db } = tempDatabase({ sample: true });
    const before = dumpTables(db);
    let thrown: unknown;
    try {
      loadSample(db);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'conflict', key: 'errors.notEmpty' });
    expect(dumpTables(db)).toEqual(before);
  });

  it('is refused when the user already added a city, and adds nothing', () => {
    const { db } = tempDatabase();
    createCity(db, { name: 'Lyon', country: 'FR' });
    const before = dumpTables(db);
    expect(() => loadSample(db)).toThrow(
      expect.objectContaining({ code: 'conflict', key: 'errors.notEmpty' }),
    );
    expect(dumpTables(db)).toEqual(before);
  });

  it('keeps an own city the user already named', () => {
    const { db } = tempDatabase();
    setSetting(db, 'city.own', 'Lyon');
    loadSample(db);
    expect(getSetting(db, 'city.own')).toBe('Lyon');
  });
});

describe('appState and settings', () => {
  it('says a fresh database is empty, with no own city and no language', () => {
    const { db } = tempDatabase();
    expect(appState(db, META)).toMatchObject({
      version: '9.9.9',
      dataDir: '/data',
      empty: true,
      ownCity: null,
      language: null,
      // Themes may be seeded by the schema: they do not make the database "not empty".
      counts: { cities: 0, agreements: 0, actions: 0, themes: countRows(db, 'themes') },
    });
  });

  it('is no longer empty once the sample is loaded', () => {
    const { db } = tempDatabase({ sample: true });
    expect(appState(db, META)).toMatchObject({
      empty: false,
      ownCity: 'Paris',
      counts: { cities: 40, agreements: 40, actions: 4 },
    });
  });

  it('persists the own city and the language across a reopen, and clears the city with an empty text', () => {
    const { db, file } = tempDatabase();
    updateSettings(db, { ownCity: '  Lyon  ', language: 'fr' });
    expect(appState(db, META)).toMatchObject({ ownCity: 'Lyon', language: 'fr', empty: true });
    closeDatabase(db);
    const again = openDatabase(file);
    try {
      expect(appState(again, META)).toMatchObject({ ownCity: 'Lyon', language: 'fr' });
      updateSettings(again, { language: 'en' });
      expect(appState(again, META)).toMatchObject({ ownCity: 'Lyon', language: 'en' });
      updateSettings(again, { ownCity: '   ' });
      expect(appState(again, META)).toMatchObject({ ownCity: null, language: 'en' });
      expect(countRows(again, 'settings')).toBe(1);
    } finally {
      closeDatabase(again);
    }
  });

  it('ignores a stored language it does not speak', () => {
    const { db } = tempDatabase();
    setSetting(db, 'ui.language', 'de');
    expect(appState(db, META).language).toBeNull();
  });

  it('setSetting upserts and deletes', () => {
    const { db } = tempDatabase();
    setSetting(db, 'k', 'one');
    setSetting(db, 'k', 'two');
    expect(getSetting(db, 'k')).toBe('two');
    expect(countRows(db, 'settings')).toBe(1);
    setSetting(db, 'k', null);
    expect(getSetting(db, 'k')).toBeNull();
    expect(countRows(db, 'settings')).toBe(0);
  });
});
