import type Database from 'better-sqlite3';
import type { Migration } from './types';

/**
 * Migration 0150 (schema 150): the search index keyed by the records' own numbers, without a
 * second copy of their text.
 *
 * Until now each searchable record had an entry in `search_entries` (its title and body again,
 * 23 MB at 100,000 actions, and a UUID index of 5 MB) and every full-text match was joined back
 * to its record through that entry's UUID: 26 ms of CPU for the 25,000 actions matching a common
 * word, where FTS5 alone names them in 2 ms.
 *
 * Cities, agreements, actions and contacts now carry `n INTEGER PRIMARY KEY`: the rowid itself,
 * under a name, so `VACUUM INTO` (the backups) keeps it (SQLite may renumber an implicit rowid).
 * `id` stays the record's identity (UNIQUE, what every foreign key points at); `n` is local to
 * this file and never leaves it (team sync, the trash and import snapshots leave it aside).
 * Each table is rebuilt with its rows' rowids as their numbers, so nothing else moves.
 *
 * `search_fts` becomes a contentless FTS5 index (`content = ''`, `contentless_delete = 1`)
 * whose rowid is the kind's base (city 2^40, agreement 2·2^40, action 3·2^40, contact 4·2^40)
 * plus the record's number: "the actions matching X" are a rowid range, and a match is its
 * action's rowid by subtraction. The index is filled from the old entries (no re-composition of
 * the texts); a trigger per table removes a record's entry whenever the record leaves by any
 * path (the trash, an import's undo, team sync, a cascade).
 */
export const migration0150: Migration = {
  version: 150,
  name: 'search keyed by record numbers',
  rebuildsTables: true,
  up(db) {
    for (const { table } of SEARCHED) numberRecords(db, table);
    db.exec(`
      DROP TABLE search_fts;
      CREATE VIRTUAL TABLE search_fts USING fts5 (
        title, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    // The texts as the services composed them; an entry whose record is gone stays behind.
    for (const { kind, table, base } of SEARCHED)
      db.exec(`
        INSERT INTO search_fts (rowid, title, body)
        SELECT ${base} + r.n, e.title, e.body FROM search_entries e JOIN ${table} r ON r.id = e.entity_id
        WHERE e.kind = '${kind}' ORDER BY r.n
      `);
    db.exec(`
      DROP TABLE search_entries;
      INSERT INTO search_fts (search_fts) VALUES ('optimize');
    `);
    for (const { table, base } of SEARCHED)
      db.exec(`
        CREATE TRIGGER ${table}_leave_search AFTER DELETE ON ${table}
        BEGIN DELETE FROM search_fts WHERE rowid = ${base} + old.n; END;
      `);
  },
};

const RANGE = 2 ** 40;

/** The searched kinds, their tables and the base of their rowids in `search_fts`. */
const SEARCHED = [
  { kind: 'city', table: 'cities', base: 1 * RANGE },
  { kind: 'agreement', table: 'agreements', base: 2 * RANGE },
  { kind: 'action', table: 'actions', base: 3 * RANGE },
  { kind: 'contact', table: 'contacts', base: 4 * RANGE },
] as const;

/** Every one of the four tables opens with `id TEXT PRIMARY KEY,` (migration 0010). */
const ID_PRIMARY_KEY = /^(CREATE TABLE \w+ \(\s*)id TEXT PRIMARY KEY,/;

/**
 * Rebuilds `table` with `n INTEGER PRIMARY KEY` before its columns and `id` UNIQUE instead of
 * its primary key, the rows keeping their rowids as numbers; its indexes are made again.
 */
function numberRecords(db: Database.Database, table: string): void {
  const schema = db.prepare('SELECT type, sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL');
  const objects = schema.all(table) as { type: string; sql: string }[];
  const created = objects.find((o) => o.type === 'table')?.sql ?? '';
  if (!ID_PRIMARY_KEY.test(created)) throw new Error(`Migration 150: ${table} does not start with its id`);
  const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[])
    .map((c) => `"${c}"`)
    .join(', ');
  db.exec(
    created
      .replace(`CREATE TABLE ${table} (`, `CREATE TABLE ${table}_numbered (`)
      .replace(ID_PRIMARY_KEY, '$1n INTEGER PRIMARY KEY,\n        id TEXT NOT NULL UNIQUE,'),
  );
  db.exec(`INSERT INTO ${table}_numbered (n, ${columns}) SELECT rowid, ${columns} FROM ${table} ORDER BY rowid`);
  db.exec(`DROP TABLE ${table}`);
  db.exec(`ALTER TABLE ${table}_numbered RENAME TO ${table}`);
  for (const o of objects) if (o.type !== 'table') db.exec(o.sql);
}
