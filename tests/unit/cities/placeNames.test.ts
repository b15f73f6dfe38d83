import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownPlaceNames, resolvePlaceNames } from '../../../shared/domain/placeNames';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/db/migrations/index';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { listAgreements } from '../../../electron/services/agreements/agreements';
import {
  createCity,
  getCity,
  listCities,
  updateCity,
} from '../../../electron/services/cities/cities';
import { searchEverything } from '../../../electron/services/search/search';
import { setSetting, SETTING_LANGUAGE } from '../../../electron/services/settings/settings';
import { DomainError } from '../../../electron/core/errors';
import { cli, parisDataDir } from '../helpers/cli';
import { cityIdByName, dumpTables, tempDatabase, tempDir } from '../helpers/tempData';

/** The spellings the issue lists, with the Paris example's city each one must find. */
const SPELLINGS: [string, string][] = [
  ['copenhague', 'Copenhagen'],
  ['Copenhagen', 'Copenhagen'],
  ['KØBENHAVN', 'Copenhagen'],
  ['pekin', 'Beijing'],
  ['Pékin', 'Beijing'],
  ['peking', 'Beijing'],
  ['moscou', 'Moscow'],
  ['alger', 'Algiers'],
  ['geneve', 'Geneva'],
  ['Genève', 'Geneva'],
  ['montreal', 'Montreal'],
  ['Montréal', 'Montreal'],
  ['tbilissi', 'Tbilisi'],
  ['TBILISI', 'Tbilisi'],
  ['sanaa', "Sana'a"],
  ["Sana'a", "Sana'a"],
  ['saint-petersbourg', 'Saint Petersburg'],
  ['Saint-Pétersbourg', 'Saint Petersburg'],
  ['varsovie', 'Warsaw'],
  ['lisbonne', 'Lisbon'],
  ['le caire', 'Cairo'],
  ['erevan', 'Yerevan'],
  ['Érevan', 'Yerevan'],
  ['riyad', 'Riyadh'],
  ['santiago du chili', 'Santiago de Chile'],
  ['seoul', 'Seoul'],
  ['Séoul', 'Seoul'],
  ['beyrouth', 'Beirut'],
  ['athenes', 'Athens'],
  ['Athènes', 'Athens'],
  ['mexico', 'Mexico City'],
];

describe('city names in both languages', () => {
  it.each(SPELLINGS)('the built-in table knows %j as %s', (spelling, english) => {
    const country = {
      Copenhagen: 'DK',
      Beijing: 'CN',
      Moscow: 'RU',
      Algiers: 'DZ',
      Geneva: 'CH',
      Montreal: 'CA',
      Tbilisi: 'GE',
      "Sana'a": 'YE',
      'Saint Petersburg': 'RU',
      Warsaw: 'PL',
      Lisbon: 'PT',
      Cairo: 'EG',
      Yerevan: 'AM',
      Riyadh: 'SA',
      'Santiago de Chile': 'CL',
      Seoul: 'KR',
      Beirut: 'LB',
      Athens: 'GR',
      'Mexico City': 'MX',
    }[english]!;
    expect(knownPlaceNames(spelling, country)?.en).toBe(english);
    // Not in another country: Alger is no city of Georgia.
    expect(knownPlaceNames(spelling, 'ZZ')).toBeNull();
  });

  it('fills the names the user leaves empty, keeps the ones typed and other spellings', () => {
    expect(resolvePlaceNames({ name: 'Copenhague', country: 'DK' })).toEqual({
      fr: 'Copenhague',
      en: 'Copenhagen',
      aliases: [],
    });
    expect(
      resolvePlaceNames({
        name: 'Tbilisi',
        country: 'GE',
        nameFr: 'Tbilissi (Géorgie)',
        aliases: ['Tiflis', 'tiflis', ' '],
      }),
    ).toEqual({
      fr: 'Tbilissi (Géorgie)',
      en: 'Tbilisi',
      aliases: ['Tiflis'],
    });
    expect(resolvePlaceNames({ name: 'Villeneuve', country: 'FR' })).toEqual({
      fr: 'Villeneuve',
      en: 'Villeneuve',
      aliases: [],
    });
  });

  it('ships the Paris example in both languages, shown and sorted in the reader’s', () => {
    const { db } = tempDatabase({ sample: true });
    const tbilisi = getCity(db, cityIdByName(db, 'Tbilisi'));
    expect(tbilisi).toMatchObject({ name: 'Tbilisi', nameFr: 'Tbilissi', nameEn: 'Tbilisi' });
    setSetting(db, SETTING_LANGUAGE, 'fr');
    expect(getCity(db, tbilisi.id).name).toBe('Tbilissi');
    const names = listCities(db).map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Copenhague',
        'Pékin',
        'Moscou',
        'Alger',
        'Genève',
        'Montréal',
        'Le Caire',
        'Varsovie',
      ]),
    );
    // Intl.Collator order: Pékin among the P's, Érevan among the E's.
    expect(names.indexOf('Pékin')).toBeGreaterThan(names.indexOf('Lisbonne'));
    expect(names.indexOf('Pékin')).toBeLessThan(names.indexOf('Porto Alegre'));
    expect(names.indexOf('Erevan')).toBeLessThan(names.indexOf('Genève'));
    const register = listAgreements(db, {
      sort: 'city',
      direction: 'asc',
      lang: 'fr',
      limit: 100,
    }).rows.map((r) => r.cityName);
    expect(register.slice(0, 3)).toEqual(['Alger', 'Amman', 'Athènes']);
  });

  it.each(SPELLINGS)(
    'the register filter, the cities list and Ctrl+K find %j',
    (spelling, english) => {
      const { db } = tempDatabase({ sample: true });
      setSetting(db, SETTING_LANGUAGE, 'fr');
      const id = cityIdByName(db, english);
      expect(
        listAgreements(db, { text: spelling, lang: 'fr' }).rows.map((r) => r.cityId),
      ).toContain(id);
      expect(listCities(db, { text: spelling }).map((c) => c.id)).toContain(id);
      const cities = searchEverything(db, { text: spelling }).groups.find((g) => g.kind === 'city');
      expect(cities?.hits.map((h) => h.id)).toContain(id);
    },
  );

  it('finds a city by a spelling the user added, and after a rename of either name', () => {
    const { db } = tempDatabase({ sample: true });
    const id = cityIdByName(db, 'Tbilisi');
    updateCity(db, id, { aliases: ['Tiflis', 'თბილისი'] });
    expect(listCities(db, { text: 'tiflis' }).map((c) => c.id)).toEqual([id]);
    expect(searchEverything(db, { text: 'თბილისი' }).groups[0]?.hits[0]?.id).toBe(id);
    updateCity(db, id, { nameFr: 'Tbilissi-Ville' });
    expect(getCity(db, id)).toMatchObject({
      nameFr: 'Tbilissi-Ville',
      nameEn: 'Tbilisi',
      aliases: ['Tiflis', 'თბილისი'],
    });
    expect(searchEverything(db, { text: 'tbilissi-ville' }).groups.map((g) => g.kind)).toEqual([
      'city',
      'agreement',
    ]);
  });

  it('refuses a second city of the same country under its other-language name, changing nothing', () => {
    const { db } = tempDatabase({ sample: true });
    const before = dumpTables(db);
    expect(() => createCity(db, { name: 'Copenhague', country: 'DK' })).toThrow(DomainError);
    expect(() =>
      createCity(db, { name: 'Kobenhavn', nameEn: 'Copenhagen', country: 'DK' }),
    ).toThrow(DomainError);
    expect(dumpTables(db)).toEqual(before);
    // The same name in another country is another city.
    expect(createCity(db, { name: 'Moscow', country: 'US' }).nameFr).toBe('Moscow');
  });

  it('names a city typed alone in the reader’s language and fills the other from the table', () => {
    const { db } = tempDatabase();
    setSetting(db, SETTING_LANGUAGE, 'fr');
    expect(createCity(db, { name: 'Copenhague', country: 'DK' })).toMatchObject({
      name: 'Copenhague',
      nameFr: 'Copenhague',
      nameEn: 'Copenhagen',
    });
    expect(createCity(db, { name: 'Pekin', country: 'CN' })).toMatchObject({
      nameFr: 'Pekin',
      nameEn: 'Beijing',
    });
  });
});

describe('the command line finds a partner by any of its names', () => {
  it.each([
    ['copenhague', 'Copenhague'],
    ['Copenhagen', 'Copenhague'],
    ['TBILISSI', 'Tbilissi'],
    ['pékin', 'Pékin'],
    ['Sanaa', 'Sanaa'],
  ])('--partner %s, titled in French', async (spelling, french) => {
    const data = await parisDataDir();
    const out = join(tempDir(), 'p.json');
    const run = await cli(
      'report',
      'partner',
      '--partner',
      spelling,
      '--format',
      'json',
      '--out',
      out,
      '--lang',
      'fr',
      '--data-dir',
      data,
    );
    expect(run.err).toEqual([]);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      title: string;
      data: { city: { name: string } };
    };
    expect(report.data.city.name).toBe(french);
    expect(report.title).toContain(french);
  });

  it('writes the French names into a French document', async () => {
    const data = await parisDataDir();
    const out = join(tempDir(), 'list.csv');
    const run = await cli(
      'report',
      'agreements',
      '--text',
      'copenhague',
      '--format',
      'csv',
      '--out',
      out,
      '--lang',
      'fr',
      '--data-dir',
      data,
    );
    expect(run.err).toEqual([]);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('Copenhague');
    expect(csv).not.toContain('Copenhagen');
  });
});

describe('migration 0090: city names in both languages', () => {
  it('keeps every city, fills both names from the table, keeps an unknown name as it was, and re-indexes search', () => {
    const file = join(tempDir(), 'accords.sqlite3');
    const raw = new Database(file);
    raw.pragma('foreign_keys = ON');
    migrate(raw, { migrations: MIGRATIONS.filter((m) => m.version <= 70) });
    const STAMP = '2024-01-01T00:00:00.000Z';
    raw.exec(`
      INSERT INTO cities (id, name, name_key, country, latitude, longitude, notes, created_at, updated_at) VALUES
        ('c1', 'Copenhagen', 'copenhagen', 'DK', 55.68, 12.57, 'Since 2005', '${STAMP}', '${STAMP}'),
        ('c2', 'Tbilissi', 'tbilissi', 'GE', NULL, NULL, '', '${STAMP}', '${STAMP}'),
        ('c3', 'Villeneuve', 'villeneuve', 'FR', NULL, NULL, '', '${STAMP}', '${STAMP}');
      INSERT INTO agreements (id, city_id, kind, exclusive, signed_on, signed_precision, signed_year, status, ended_on, end_reason, title, notes, created_at, updated_at) VALUES
        ('a1', 'c1', 'friendship_cooperation', 0, '2005', 'year', 2005, 'active', NULL, '', '', '', '${STAMP}', '${STAMP}');
    `);
    // Indexed for search as 0050's services did, under the one name.
    raw.exec(`
      INSERT INTO search_entries (entry_id, kind, entity_id, title, body) VALUES
        (1099511627777, 'city', 'c1', 'Copenhagen', 'Since 2005'),
        (2199023255553, 'agreement', 'a1', 'Copenhagen', '');
      INSERT INTO search_fts (rowid, title, body) VALUES (1099511627777, 'Copenhagen', 'Since 2005'), (2199023255553, 'Copenhagen', '');
    `);
    raw.close();
    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(
        db
          .prepare(
            'SELECT id, name, name_fr, name_en, aliases, notes, latitude FROM cities ORDER BY id',
          )
          .all(),
      ).toEqual([
        {
          id: 'c1',
          name: 'Copenhagen',
          name_fr: 'Copenhague',
          name_en: 'Copenhagen',
          aliases: '[]',
          notes: 'Since 2005',
          latitude: 55.68,
        },
        {
          id: 'c2',
          name: 'Tbilissi',
          name_fr: 'Tbilissi',
          name_en: 'Tbilisi',
          aliases: '[]',
          notes: '',
          latitude: null,
        },
        {
          id: 'c3',
          name: 'Villeneuve',
          name_fr: 'Villeneuve',
          name_en: 'Villeneuve',
          aliases: '[]',
          notes: '',
          latitude: null,
        },
      ]);
      const found = searchEverything(db, { text: 'copenhague' }).groups.map((g) => [
        g.kind,
        g.hits.map((h) => h.id),
      ]);
      expect(found).toEqual([
        ['city', ['c1']],
        ['agreement', ['a1']],
      ]);
      expect(listAgreements(db, { text: 'københavn' }).rows.map((r) => r.id)).toEqual(['a1']);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      closeDatabase(db);
    }
  });
});
