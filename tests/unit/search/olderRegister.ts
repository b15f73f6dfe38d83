import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../electron/db/migrations/index';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { generateData } from '../../../electron/sample/generate';
import { entryRange, searchDocumentOf } from '../../../electron/services/search/searchIndex';
import { MATCH_END, MATCH_START, SEARCH_KINDS } from '../../../shared/schemas/search';
import { tempDir } from '../helpers/tempData';

/** The tables of each searched kind. */
const TABLES = { city: 'cities', agreement: 'agreements', action: 'actions', contact: 'contacts' } as const;

/**
 * A register at an older schema `version` (50 to 140), filled with generated records: the
 * generator writes today's schema, so its rows are copied into a file migrated only up to
 * `version` (the columns both have), and the search index is written as Accords did before
 * migration 0150: an entry per record in `search_entries` (numbered in its kind's range, in
 * the records' order) and its text in the external-content `search_fts`.
 */
export function registerAt(version: number, shape: { actions: number; seed: number }): string {
  const dir = tempDir();
  const source = openDatabase(join(dir, 'source.sqlite3'));
  generateData(source, { cities: 30, agreements: 60, contacts: 20, today: '2026-12-01', ...shape });
  const file = join(dir, 'accords.sqlite3');
  const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= version) });
  try {
    old.exec(`ATTACH DATABASE '${join(dir, 'source.sqlite3')}' AS src`);
    const tables = old
      .prepare(
        "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'",
      )
      .pluck()
      .all() as string[];
    const columnsOf = (schema: string, table: string) =>
      old.prepare(`SELECT name FROM pragma_table_info(?, ?)`).pluck().all(table, schema) as string[];
    old.transaction(() => {
      old.pragma('defer_foreign_keys = ON');
      for (const table of tables) {
        const theirs = new Set(columnsOf('src', table));
        const columns = columnsOf('main', table)
          .filter((c) => theirs.has(c))
          .map((c) => `"${c}"`)
          .join(', ');
        old.exec(`DELETE FROM main."${table}"`);
        if (columns) old.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM src."${table}" ORDER BY 1`);
      }
      const entry = old.prepare('INSERT INTO search_entries (entry_id, kind, entity_id, title, body) VALUES (?, ?, ?, ?, ?)');
      const fts = old.prepare('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
      for (const kind of SEARCH_KINDS) {
        const records = source.prepare(`SELECT n, id FROM ${TABLES[kind]} ORDER BY n`).all() as { n: number; id: string }[];
        records.forEach(({ n, id }, i) => {
          const doc = searchDocumentOf(source, kind, n)!;
          const entryId = entryRange(kind).lo + i + 1;
          entry.run(entryId, kind, id, doc.title, doc.body);
          fts.run(entryId, doc.title, doc.body);
        });
      }
    })();
    old.exec('DETACH DATABASE src');
  } finally {
    closeDatabase(old);
    closeDatabase(source);
  }
  return file;
}

/**
 * What a register written before migration 0150 answers, read from `search_entries` as the
 * services did: per kind, the best eight matches (ids and snippets) and the number of matches;
 * and the actions list's first page of matches (start date, newest first).
 */
export function answersBefore0150(db: Database.Database, words: readonly string[]) {
  const best = db.prepare(
    `SELECT e.entity_id AS id, snippet(search_fts, -1, '${MATCH_START}', '${MATCH_END}', '…', 12) AS snippet
     FROM search_fts f JOIN search_entries e ON e.entry_id = f.rowid
     WHERE search_fts MATCH @fts AND f.rowid > @lo AND f.rowid < @hi
     ORDER BY bm25(search_fts, 10.0, 1.0), f.rowid LIMIT 8`,
  );
  const count = db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH @fts AND rowid > @lo AND rowid < @hi').pluck();
  const page = db
    .prepare(
      `SELECT x.id FROM actions x WHERE x.id IN (
         SELECT e.entity_id FROM search_fts f JOIN search_entries e ON e.entry_id = f.rowid
         WHERE search_fts MATCH @fts AND f.rowid > @lo AND f.rowid < @hi)
       ORDER BY x.start_on DESC, x.rowid DESC LIMIT 50`,
    )
    .pluck();
  return words.map((fts) => ({
    fts,
    kinds: SEARCH_KINDS.map((kind) => ({
      kind,
      total: count.get({ fts, ...entryRange(kind) }) as number,
      best: best.all({ fts, ...entryRange(kind) }) as { id: string; snippet: string }[],
    })),
    page: page.all({ fts, ...entryRange('action') }) as string[],
  }));
}
