import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/db/migrations/index';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { generateData } from '../../../electron/sample/generate';
import { createAction } from '../../../electron/services/actions/crud';
import { listActions } from '../../../electron/services/actions/list';
import { searchEverything } from '../../../electron/services/search/search';
import { tempDir } from '../helpers/tempData';

const WORDS = ['housing', 'hou', 'sao paulo', 'culture', 'ber', 'zz'];

/** What the search box and the list's text filter answer, for every probe word. */
function answers(db: ReturnType<typeof openDatabase>) {
  return WORDS.map((text) => ({
    text,
    search: searchEverything(db, { text }),
    list: listActions(db, { text, limit: 50 }),
  }));
}

describe('migration 0130: the search index without prefix indexes', () => {
  it('migrates a 0090 file: same answers to every search, no prefix index, and new records still indexed', () => {
    const file = join(tempDir(), 'accords.sqlite3');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 90) });
    generateData(old, {
      cities: 30,
      agreements: 60,
      actions: 600,
      contacts: 20,
      seed: 3,
      today: '2026-12-01',
    });
    expect(
      old.prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_fts'").pluck().get(),
    ).toMatch(/prefix = '2 3'/);
    const before = answers(old);
    const entries = old.prepare('SELECT count(*) FROM search_entries').pluck().get();
    closeDatabase(old);

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(
        db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_fts'").pluck().get(),
      ).not.toMatch(/prefix/);
      expect(db.prepare('SELECT count(*) FROM search_entries').pluck().get()).toBe(entries);
      // FTS5's own check: the index agrees with the entries it was rebuilt from.
      db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)").run();
      const after = answers(db);
      expect(after).toEqual(before);
      expect(after.find((a) => a.text === 'housing')!.list.total).toBeGreaterThan(0);
      expect(after.find((a) => a.text === 'hou')!.search.groups.length).toBeGreaterThan(0);

      const agreementId = db.prepare('SELECT id FROM agreements LIMIT 1').pluck().get() as string;
      createAction(db, { agreementId, title: 'Quetzalcoatl exchange', kind: 'study_visit' });
      expect(listActions(db, { text: 'quetz' }).rows.map((r) => r.title)).toEqual([
        'Quetzalcoatl exchange',
      ]);
    } finally {
      closeDatabase(db);
    }
  });
});
