import { describe, expect, it } from 'vitest';
import { schemaMismatch } from '../../../electron/db/identity';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/db/migrations/index';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { createAction } from '../../../electron/services/actions/crud';
import { listActions } from '../../../electron/services/actions/list';
import { ftsQuery, searchEverything } from '../../../electron/services/search/search';
import { moveToTrash } from '../../../electron/services/trash/trash';
import { answersBefore0150, registerAt } from './olderRegister';

const WORDS = ['housing', 'hou', 'sao paulo', 'culture', 'ber', 'zz'];
const QUERIES = WORDS.map((word) => ftsQuery(word)!);

describe('migration 0130: the search index without prefix indexes', () => {
  it('migrates a 0090 file: same answers to every search, no prefix index', () => {
    const file = registerAt(90, { actions: 600, seed: 3 });
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 90) });
    expect(old.prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_fts'").pluck().get()).toMatch(/prefix = '2 3'/);
    const before = answersBefore0150(old, QUERIES);
    closeDatabase(old);

    const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 140) });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(140);
      expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_fts'").pluck().get()).not.toMatch(/prefix/);
      // FTS5's own check: the index agrees with the entries it was rebuilt from.
      db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)").run();
      const after = answersBefore0150(db, QUERIES);
      expect(after).toEqual(before);
      expect(after[0]!.page.length).toBeGreaterThan(0);
    } finally {
      closeDatabase(db);
    }
  });
});

describe('migration 0150: the search index keyed by record numbers', () => {
  it('upgrades a 0140 register in place: every record keeps its rowid as its number, every search the same answer', () => {
    const file = registerAt(140, { actions: 800, seed: 5 });
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 140) });
    const before = answersBefore0150(old, QUERIES);
    const rowids = (table: string) => old.prepare(`SELECT rowid, id FROM ${table} ORDER BY rowid`).raw().all();
    const numbered = ['cities', 'agreements', 'actions', 'contacts'].map((t) => [t, rowids(t)]);
    const links = old.prepare('SELECT count(*) FROM action_themes').pluck().get();
    closeDatabase(old);

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      // The same schema as a register made at 150, and nothing left dangling.
      expect(schemaMismatch(db)).toBeNull();
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'search_entries'").pluck().get()).toBe(0);
      expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_fts'").pluck().get()).toMatch(/content = ''/);
      for (const [table, rows] of numbered)
        expect(db.prepare(`SELECT n, id FROM ${table as string} ORDER BY n`).raw().all(), table as string).toEqual(rows);
      expect(db.prepare('SELECT count(*) FROM action_themes').pluck().get()).toBe(links);

      // Every search answers as before: the same records, counts, order and snippets.
      for (const [i, word] of WORDS.entries()) {
        const was = before[i]!;
        const now = searchEverything(db, { text: word });
        expect(
          now.groups.map((g) => ({ kind: g.kind, total: g.total, best: g.hits.map((h) => ({ id: h.id, snippet: h.snippet })) })),
          word,
        ).toEqual(was.kinds.filter((k) => k.total > 0));
        expect(listActions(db, { text: word, limit: 50 }).rows.map((r) => r.id), word).toEqual(was.page);
      }
      expect(before[0]!.page).toHaveLength(50);

      // New records are found, and a record that leaves takes its entry along.
      const agreementId = db.prepare('SELECT id FROM agreements LIMIT 1').pluck().get() as string;
      const created = createAction(db, { agreementId, title: 'Échange entre écoles', kind: 'study_visit' });
      expect(listActions(db, { text: 'ecole' }).rows.map((r) => r.title)).toEqual(['Échange entre écoles']);
      const housing = listActions(db, { text: 'housing' });
      const gone = housing.rows[0]!;
      moveToTrash(db, 'action', gone.id, { label: gone.title, changes: {} });
      moveToTrash(db, 'action', created.id, { label: created.title, changes: {} });
      expect(listActions(db, { text: 'ecole' }).total).toBe(0);
      expect(listActions(db, { text: 'housing' }).total).toBe(housing.total - 1);
      db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)").run();
    } finally {
      closeDatabase(db);
    }
  });
});
