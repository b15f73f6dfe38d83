import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { DATABASE_FILE, databasePath } from '../../../electron/paths/dataDir';
import { entryRange, searchDocumentOf } from '../../../electron/services/search/searchIndex';
import { SEARCH_KINDS } from '../../../shared/schemas/search';
import { generateBenchRegister } from '../lib/dataset';
import { once, type Timing } from '../lib/measure';
import type { BenchSuite } from '../lib/suite';

/**
 * `generate` of the register into a fresh database against raw inserts of the same rows (read
 * from the cached register beforehand, untimed) into the same schema, through prepared
 * statements in one transaction, the search index fed row by row as the app feeds it; and the
 * database's size against a lean schema of the same rows (tables and primary keys only, no
 * secondary index, no search index).
 */

/** The tables the generator fills, parents first; the search index is copied apart. */
function userTables(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rootpage",
      )
      .pluck()
      .all() as string[]
  ).filter((name) => (db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number) > 0);
}

const SEARCHED_TABLE = { city: 'cities', agreement: 'agreements', action: 'actions', contact: 'contacts' } as const;

/** The order foreign keys allow: cities, agreements, themes… before what points at them. */
const PARENTS_FIRST = [
  'settings',
  'cities',
  'themes',
  'agreements',
  'agreement_versions',
  'agreement_themes',
  'contacts',
  'contact_cities',
  'agreement_contacts',
  'actions',
  'action_themes',
  'action_indicators',
  'action_contacts',
];

function timeRawInserts(source: string, target: string): Timing {
  const src = new Database(source, { readonly: true });
  const tables = userTables(src).sort(
    (l, r) => PARENTS_FIRST.indexOf(l) - PARENTS_FIRST.indexOf(r),
  );
  const data = tables.map((name) => ({
    name,
    rows: src.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][],
  }));
  // The search documents as the app composes them (the index keeps no text: migration 0150).
  const entries: [number, string, string][] = [];
  for (const kind of SEARCH_KINDS)
    for (const n of src.prepare(`SELECT n FROM ${SEARCHED_TABLE[kind]} ORDER BY n`).pluck().all() as number[]) {
      const doc = searchDocumentOf(src, kind, n)!;
      entries.push([entryRange(kind).lo + n, doc.title, doc.body]);
    }
  src.close();
  // The same schema as the app's (migrations run on open), emptied of the seeded rows.
  const db = openDatabase(target);
  db.exec('DELETE FROM themes; DELETE FROM settings;');
  const c0 = process.cpuUsage();
  const started = performance.now();
  db.transaction(() => {
    for (const { name, rows } of data) {
      if (rows.length === 0) continue;
      const insert = db.prepare(
        `INSERT INTO "${name}" VALUES (${rows[0]!.map(() => '?').join(', ')})`,
      );
      for (const row of rows) insert.run(row);
    }
    const fts = db.prepare('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
    for (const row of entries) fts.run(row);
  })();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(c0);
  closeDatabase(db);
  return { p50: ms, p95: ms, runs: 1, cpuP50: (cpu.user + cpu.system) / 1000 };
}

/** The same rows in a lean schema: each table with its primary key, no other index, no search. */
function leanSizeMb(source: string, target: string): number {
  const src = new Database(source, { readonly: true });
  const tables = userTables(src);
  const ddl = tables.map(
    (name) =>
      src.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string,
  );
  src.close();
  const lean = new Database(target);
  // The rows are the register's own (their references hold); tables are copied in file order.
  lean.pragma('foreign_keys = OFF');
  lean.exec(ddl.join(';\n'));
  lean.exec(`ATTACH DATABASE '${source.replaceAll("'", "''")}' AS src`);
  lean.transaction(() => {
    for (const name of tables) lean.exec(`INSERT INTO main."${name}" SELECT * FROM src."${name}"`);
  })();
  lean.exec('DETACH DATABASE src');
  lean.exec('VACUUM');
  lean.close();
  return statSync(target).size / 1024 / 1024;
}

function fileMb(file: string): number {
  return statSync(file).size / 1024 / 1024;
}

export const writesSuite: BenchSuite = {
  name: 'writes',
  async run({ size, dataDir, record, log }) {
    const scratch = mkdtempSync(join(tmpdir(), 'accords-bench-writes-'));
    try {
      const appFile = join(scratch, 'app', DATABASE_FILE);
      const app = await once(() => {
        const db = openDatabase(appFile);
        try {
          generateBenchRegister(db, size);
        } finally {
          closeDatabase(db);
        }
      });
      log(`generate: ${Math.round(app.p50)} ms`);
      const baseline = timeRawInserts(databasePath(dataDir), join(scratch, 'raw.sqlite3'));
      record({ name: 'generate vs raw inserts', app, baseline, goal: { maxRatio: 1.5 } });

      const appMb = fileMb(databasePath(dataDir));
      const leanMb = leanSizeMb(databasePath(dataDir), join(scratch, 'lean.sqlite3'));
      const sized = (mb: number): Timing => ({ p50: mb, p95: mb, runs: 1 });
      record({
        name: 'database size vs lean schema',
        app: sized(appMb),
        baseline: sized(leanMb),
        unit: 'MB',
        goal: { maxRatio: 2 },
      });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
