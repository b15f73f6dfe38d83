import { beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '../../../shared/domain/text';
import { AGREEMENT_SORT_FIELDS, type AgreementRow } from '../../../shared/schemas/agreements';
import { countryName } from '../../../electron/db/functions';
import {
  agreementFacets,
  createAgreement,
  listAgreements,
  updateAgreement,
} from '../../../electron/services/agreements/agreements';
import { createCity } from '../../../electron/services/cities/cities';
import { agreementIdByCity, cityIdByName, suiteDatabase, tempDatabase } from '../helpers/tempData';

const cities = (rows: AgreementRow[]) => rows.map((row) => row.cityName);

/** The Paris example, shared by the tests that only read it. */
const sample = suiteDatabase({ sample: true });

describe('listAgreements filters', () => {
  it('lists the whole register by default, latest signature first', () => {
    const { db } = sample();
    const page = listAgreements(db);
    expect(page.total).toBe(40);
    expect(page.rows).toHaveLength(40);
    expect(page.rows[0]).toMatchObject({
      cityName: 'Montreal',
      country: 'CA',
      signedOn: '2006-04',
      kind: 'friendship_cooperation',
      exclusive: false,
      status: 'active',
      endedOn: null,
      actionCount: 0,
    });
    expect(page.rows[39]).toMatchObject({
      cityName: 'Rome',
      signedOn: '1956',
      kind: 'twinning',
      exclusive: true,
    });
  });

  it.each([
    [1950, 2],
    [1980, 5],
    [1990, 19],
    [2000, 14],
    [2010, 0],
  ])('decade %i → %i agreements, all signed in it', (decade, count) => {
    const { db } = sample();
    const page = listAgreements(db, { decade });
    expect(page.total).toBe(count);
    expect(page.rows).toHaveLength(count);
    for (const row of page.rows)
      expect(Math.floor(Number(row.signedOn.slice(0, 4)) / 10) * 10).toBe(decade);
  });

  it('country US → Chicago, San Francisco and Washington (the source lists three)', () => {
    const { db } = sample();
    const page = listAgreements(db, { country: 'US', sort: 'city', direction: 'asc' });
    expect(page.total).toBe(3);
    expect(cities(page.rows)).toEqual(['Chicago', 'San Francisco', 'Washington']);
    expect(listAgreements(db, { country: 'us' }).total).toBe(3);
  });

  it.each([
    ['sao paulo', ['São Paulo']],
    ['SÃO PAULO', ['São Paulo']],
    // "sao" is also in "Arabie saoudite", Riyadh's country in French.
    ['SÃO', ['São Paulo', 'Riyadh']],
    ['quebec', ['Québec']],
    ['Québec', ['Québec']],
    ['italie', ['Rome']],
    ['italy', ['Rome']],
    ["sana'a", ["Sana'a"]],
    ['sana’a', ["Sana'a"]],
    ['  tbilisi ', ['Tbilisi']],
    ['saint petersburg', ['Saint Petersburg']],
    ['Only Paris is worthy', ['Rome']],
    ['allemagne', ['Berlin']],
    ['zzz-nothing', []],
  ])('text %j → %j', (text, expected) => {
    const { db } = sample();
    const page = listAgreements(db, { text });
    expect(cities(page.rows)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it('treats % and _ in the text as letters, not LIKE wildcards', () => {
    const { db } = tempDatabase({ sample: true });
    for (const text of ['%', '_', '%%', '__', 'r_me', 'r%e', '\\']) {
      expect(listAgreements(db, { text }).total, text).toBe(0);
    }
    const city = createCity(db, { name: 'Ville_100% Vélo', country: 'FR' });
    createAgreement(db, { cityId: city.id, kind: 'memorandum', signedOn: '2010' });
    for (const text of ['%', '_', '100%', 'e_1', '_100% v']) {
      expect(cities(listAgreements(db, { text }).rows), text).toEqual(['Ville_100% Vélo']);
    }
    expect(listAgreements(db, { text: 'ville-100' }).total).toBe(0);
  });

  it('filters by kind, status and city, and combines filters', () => {
    const { db } = tempDatabase({ sample: true });
    expect(cities(listAgreements(db, { kind: 'twinning' }).rows)).toEqual(['Rome']);
    expect(listAgreements(db, { kind: 'friendship_cooperation' }).total).toBe(39);
    expect(listAgreements(db, { kind: 'memorandum' }).total).toBe(0);
    expect(listAgreements(db, { status: 'active' }).total).toBe(40);

    updateAgreement(db, agreementIdByCity(db, 'Moscow'), { status: 'dormant' });
    updateAgreement(db, agreementIdByCity(db, 'Sydney'), { status: 'ended', endedOn: '2020' });
    expect(cities(listAgreements(db, { status: 'dormant' }).rows)).toEqual(['Moscow']);
    expect(listAgreements(db, { status: 'ended' }).rows[0]).toMatchObject({
      cityName: 'Sydney',
      endedOn: '2020',
    });
    expect(listAgreements(db, { status: 'active' }).total).toBe(38);

    expect(cities(listAgreements(db, { cityId: cityIdByName(db, 'Prague') }).rows)).toEqual([
      'Prague',
    ]);
    expect(listAgreements(db, { cityId: cityIdByName(db, 'Prague') }).rows[0]!.actionCount).toBe(2);
    expect(listAgreements(db, { cityId: '00000000-0000-4000-8000-000000000000' }).total).toBe(0);

    expect(cities(listAgreements(db, { country: 'RU', status: 'active' }).rows)).toEqual([
      'Saint Petersburg',
    ]);
    expect(
      cities(
        listAgreements(db, { decade: 1990, country: 'RU', sort: 'city', direction: 'asc' }).rows,
      ),
    ).toEqual(['Moscow', 'Saint Petersburg']);
    expect(listAgreements(db, { decade: 2000, country: 'RU' }).total).toBe(0);
    expect(
      cities(listAgreements(db, { text: 'russie', decade: 1990, status: 'dormant' }).rows),
    ).toEqual(['Moscow']);
  });
});

describe('listAgreements sorting', () => {
  const keyOf: Record<
    (typeof AGREEMENT_SORT_FIELDS)[number],
    (row: AgreementRow, lang: 'en' | 'fr') => string | number
  > = {
    signedOn: (row) => row.signedOn,
    city: (row) => searchKey(row.cityName),
    country: (row, lang) => searchKey(countryName(row.country, lang)),
    kind: (row) => row.kind,
    status: (row) => ['active', 'dormant', 'ended'].indexOf(row.status),
  };

  // The sample plus a memorandum (dormant) and an "other" (ended), so every kind and status sorts.
  const variety = suiteDatabase({ sample: true });
  beforeAll(() => {
    const { db } = variety();
    const lyon = createCity(db, { name: 'Lyon', country: 'FR' });
    createAgreement(db, {
      cityId: lyon.id,
      kind: 'memorandum',
      signedOn: '2010-05-02',
      status: 'dormant',
    });
    const bonn = createCity(db, { name: 'Bonn', country: 'DE' });
    createAgreement(db, {
      cityId: bonn.id,
      kind: 'other',
      signedOn: '1970',
      status: 'ended',
      endedOn: '1980',
    });
  });

  for (const sort of AGREEMENT_SORT_FIELDS) {
    for (const direction of ['asc', 'desc'] as const) {
      for (const lang of ['en', 'fr'] as const) {
        it(`${sort} ${direction} (${lang}) orders every row by that field`, () => {
          const { db } = variety();
          const rows = listAgreements(db, { sort, direction, lang }).rows;
          expect(rows).toHaveLength(42);
          if (sort === 'kind') {
            const labels = {
              en: ['friendship_cooperation', 'memorandum', 'other', 'twinning'],
              fr: ['friendship_cooperation', 'other', 'twinning', 'memorandum'],
            }[lang];
            const ranks = rows.map((row) => labels.indexOf(row.kind));
            expect(ranks).toEqual([...ranks].sort((a, b) => (direction === 'asc' ? a - b : b - a)));
          } else {
            const keys = rows.map((row) => keyOf[sort](row, lang));
            const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
            expect(keys).toEqual(direction === 'asc' ? sorted : sorted.reverse());
          }
        });
      }
    }
  }

  it('sorts countries by the name the reader sees: Algérie before Allemagne in French', () => {
    const { db } = sample();
    const fr = listAgreements(db, { sort: 'country', direction: 'asc', lang: 'fr' }).rows;
    // The French reader sees the French names (migration 0090).
    expect(fr.slice(0, 2).map((r) => [r.cityName, r.country])).toEqual([
      ['Alger', 'DZ'],
      ['Berlin', 'DE'],
    ]);
    const en = listAgreements(db, { sort: 'country', direction: 'asc', lang: 'en' }).rows;
    expect(en.slice(0, 2).map((r) => [r.cityName, r.country])).toEqual([
      ['Algiers', 'DZ'],
      ['Buenos Aires', 'AR'],
    ]);
    // "Égypte" and "États-Unis" sort as E in French, not after Z.
    expect(fr.findIndex((r) => r.country === 'EG')).toBeLessThan(
      fr.findIndex((r) => r.country === 'GE'),
    );
    const frDesc = listAgreements(db, { sort: 'country', direction: 'desc', lang: 'fr' }).rows;
    expect(frDesc[0]).toMatchObject({ cityName: 'Sanaa', country: 'YE' });
  });

  it('breaks ties by the latest signature, then the city', () => {
    const { db } = sample();
    const us = listAgreements(db, { country: 'US', sort: 'country' }).rows;
    expect(cities(us)).toEqual(['Washington', 'Chicago', 'San Francisco']);
    const first = listAgreements(db, { sort: 'signedOn', direction: 'asc' }).rows;
    expect(cities(first.slice(0, 3))).toEqual(['Rome', 'Kyoto', 'Tokyo']);
    // 1987: Amman, Sana'a, Berlin — same date, so by city.
    expect(cities(first.filter((r) => r.signedOn === '1987'))).toEqual([
      'Amman',
      'Berlin',
      "Sana'a",
    ]);
  });

  it('sorts by city ignoring accents and case', () => {
    const { db } = sample();
    const rows = cities(listAgreements(db, { sort: 'city', direction: 'asc' }).rows);
    expect(rows.indexOf('Québec')).toBe(rows.indexOf('Porto Alegre') + 2); // Porto Alegre, Prague, Québec
    expect(
      rows.slice(rows.indexOf('Santiago de Chile'), rows.indexOf('Santiago de Chile') + 2),
    ).toEqual(['Santiago de Chile', 'São Paulo']);
  });
});

describe('listAgreements paging', () => {
  it('windows the list and always gives the total', () => {
    const { db } = sample();
    const all = listAgreements(db, { sort: 'city', direction: 'asc' }).rows.map((r) => r.id);
    const pages: string[] = [];
    for (let offset = 0; offset < 40; offset += 15) {
      const page = listAgreements(db, { sort: 'city', direction: 'asc', limit: 15, offset });
      expect(page.total).toBe(40);
      expect(page.rows.length).toBe(Math.min(15, 40 - offset));
      pages.push(...page.rows.map((r) => r.id));
    }
    expect(pages).toEqual(all);
    expect(listAgreements(db, { limit: 10, offset: 40 })).toEqual({ rows: [], total: 40 });
    expect(listAgreements(db, { limit: 1, offset: 0 }).rows).toHaveLength(1);
    const filtered = listAgreements(db, { decade: 1990, limit: 5, offset: 15 });
    expect(filtered.total).toBe(19);
    expect(filtered.rows).toHaveLength(4);
  });

  it('rejects a negative offset or a limit of zero', () => {
    const { db } = sample();
    expect(() => listAgreements(db, { offset: -1 })).toThrow();
    expect(() => listAgreements(db, { limit: 0 })).toThrow();
  });
});

describe('agreementFacets', () => {
  it('offers the countries and decades present', () => {
    const { db } = sample();
    const facets = agreementFacets(db);
    expect(facets.total).toBe(40);
    expect(facets.decades).toEqual([1950, 1980, 1990, 2000]);
    expect(facets.countries).toHaveLength(33);
    expect(facets.countries).toEqual([...facets.countries].sort());
    expect(facets.countries).toContain('US');
    expect(facets.countries).not.toContain('FR');
  });

  it('is empty on a fresh database', () => {
    const { db } = tempDatabase();
    expect(agreementFacets(db)).toEqual({ countries: [], decades: [], total: 0 });
  });
});
