import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAction, updateAction } from '../../../electron/services/actions/crud';
import { updateCity } from '../../../electron/services/cities/cities';
import { createContact } from '../../../electron/services/contacts/contacts';
import { ftsQuery, searchEverything } from '../../../electron/services/search/search';
import { rebuildSearchIndex } from '../../../electron/services/search/searchIndex';
import { createVersion } from '../../../electron/services/versions/versions';
import { MATCH_END, MATCH_START } from '../../../shared/schemas/search';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { createBackup } from '../../../electron/safety/backup';
import { moveToTrash } from '../../../electron/services/trash/trash';
import { agreementIdByCity, cityIdByName, tempDatabase } from '../helpers/tempData';

function found(db: Parameters<typeof searchEverything>[0], text: string): Record<string, string[]> {
  return Object.fromEntries(
    searchEverything(db, { text }).groups.map((g) => [g.kind, g.hits.map((h) => h.title)]),
  );
}

describe('search', () => {
  it.each([
    ['sao paulo', 'São Paulo'],
    ['SAO PAULO', 'São Paulo'],
    ['quebec', 'Québec'],
    ['Québec', 'Québec'],
    // The French spelling (migration 0090): every name of a city finds it.
    ['sanaa', "Sana'a"],
    ["sana'a", "Sana'a"],
    ['montr', 'Montreal'],
  ])('finds %j regardless of accents and case', (text, city) => {
    const { db } = tempDatabase({ sample: true });
    if (city) expect(found(db, text).city).toEqual([city]);
    else expect(found(db, text).city).toBeUndefined();
  });

  it('groups results by kind, in a fixed order, with titles, second lines and snippets', () => {
    const { db } = tempDatabase({ sample: true });
    const prague = cityIdByName(db, 'Prague');
    createContact(db, {
      name: 'Jana Nováková',
      role: 'Head of the flood unit',
      organisation: 'Prague City Hall',
      cityId: prague,
    });
    const results = searchEverything(db, { text: 'flood' });
    expect(results.groups.map((g) => g.kind)).toEqual(['action', 'contact']);
    const action = results.groups[0]!.hits[0]!;
    expect(action).toMatchObject({
      kind: 'action',
      subtitle: 'Prague',
      country: 'CZ',
      parentId: agreementIdByCity(db, 'Prague'),
    });
    expect(action.snippet).toContain(`${MATCH_START}flood${MATCH_END}`);
    expect(results.groups[1]!.hits[0]).toMatchObject({
      title: 'Jana Nováková',
      subtitle: 'Head of the flood unit, Prague City Hall',
      parentId: prague,
      country: 'CZ',
    });
    expect(found(db, 'prague')).toMatchObject({ city: ['Prague'], agreement: ['Prague'] });
  });

  it('finds agreements by country name in English or French, and by their versions', () => {
    const { db } = tempDatabase({ sample: true });
    expect(found(db, 'allemagne').agreement).toEqual(['Berlin']);
    expect(found(db, 'germany').city).toEqual(['Berlin']);
    expect(found(db, 'new pact').agreement).toEqual(['Montreal']);
    createVersion(db, {
      agreementId: agreementIdByCity(db, 'Kyoto'),
      kind: 'renewal',
      date: '2008',
      signatories: [{ name: 'Daisaku Kadokawa' }],
    });
    expect(found(db, 'kadokawa').agreement).toEqual(['Kyoto']);
  });

  it('follows changes: a renamed city, an edited action', () => {
    const { db } = tempDatabase({ sample: true });
    const id = cityIdByName(db, 'Montreal');
    updateCity(db, id, { name: 'Montréal', notes: 'Métropole du Québec' });
    expect(found(db, 'metropole')).toEqual({ city: ['Montréal'] });
    const action = createAction(db, {
      agreementId: agreementIdByCity(db, 'Rome'),
      title: 'Archaeology workshop',
      kind: 'workshop',
    });
    expect(found(db, 'archaeology').action).toEqual(['Archaeology workshop']);
    updateAction(db, action.id, { title: 'Restoration workshop', outcomes: 'Frescoes restored' });
    expect(found(db, 'archaeology')).toEqual({});
    expect(found(db, 'fresco').action).toEqual(['Restoration workshop']);
  });

  it('counts every match of a kind but returns the best few', () => {
    const { db } = tempDatabase({ sample: true });
    const rome = agreementIdByCity(db, 'Rome');
    for (let i = 0; i < 12; i += 1)
      createAction(db, { agreementId: rome, title: `Heritage day ${i}`, kind: 'other' });
    const [group] = searchEverything(db, {
      text: 'heritage day',
      limit: 5,
      kinds: ['action'],
    }).groups;
    expect(group!.total).toBe(12);
    expect(group!.hits).toHaveLength(5);
  });

  it('is unmoved by FTS syntax typed by the user', () => {
    const { db } = tempDatabase({ sample: true });
    for (const text of [
      '"',
      'rome OR kyoto',
      'NEAR(rome kyoto)',
      'title:rome',
      '*',
      '-rome',
      'rome AND',
      '(',
      '^rome',
      'sana\'a"*',
    ]) {
      expect(() => searchEverything(db, { text })).not.toThrow();
    }
    expect(found(db, 'rome OR kyoto')).toEqual({});
    expect(found(db, 'title:rome').city).toBeUndefined();
    expect(searchEverything(db, { text: '  ' }).groups).toEqual([]);
  });

  it('property: any text makes a query that is only quoted prefix terms, and running it never throws', () => {
    const { db } = tempDatabase({ sample: true });
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const query = ftsQuery(text);
        if (query !== null) expect(query).toMatch(/^"[^"]+"\*( "[^"]+"\*)*$/);
        searchEverything(db, { text });
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        searchEverything(db, { text });
      }),
      { numRuns: 200 },
    );
  });

  it('answers the same from a backup (VACUUM INTO), records deleted before it leaving gaps in the numbering', () => {
    const { db, dir } = tempDatabase({ sample: true });
    const rome = agreementIdByCity(db, 'Rome');
    const made = Array.from({ length: 6 }, (_, i) =>
      createAction(db, { agreementId: rome, title: `Lagoon survey ${i}`, kind: 'other' }),
    );
    for (const action of made.filter((_, i) => i % 2 === 0))
      moveToTrash(db, 'action', action.id, { label: action.title, changes: {} });
    // The first actions leave too: an implicit rowid would be free to move in the copy.
    for (const id of db.prepare("SELECT id FROM actions WHERE title NOT LIKE 'Lagoon%' ORDER BY n LIMIT 5").pluck().all() as string[])
      moveToTrash(db, 'action', id, { label: 'gone', changes: {} });
    const before = ['lagoon', 'flood', 'rome', 'prague'].map((text) => searchEverything(db, { text }));
    const backup = createBackup(db, { dir: join(dir, 'backups'), reason: 'manual' });
    const copy = openDatabase(backup.file, { readonly: true });
    try {
      expect(['lagoon', 'flood', 'rome', 'prague'].map((text) => searchEverything(copy, { text }))).toEqual(before);
      expect(before[0]!.groups[0]!.hits.map((h) => h.title).sort()).toEqual(['Lagoon survey 1', 'Lagoon survey 3', 'Lagoon survey 5']);
    } finally {
      closeDatabase(copy);
    }
  });

  it('rebuilds the whole index to the same answers', () => {
    const { db } = tempDatabase({ sample: true });
    const before = found(db, 'flood');
    rebuildSearchIndex(db);
    expect(found(db, 'flood')).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM search_fts').pluck().get()).toBe(84);
  });
});
