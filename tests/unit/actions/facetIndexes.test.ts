import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations/index';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { actionFacets } from '../../../electron/services/actions/list';
import { tempDatabase, tempDir } from '../helpers/tempData';

// The queries of actionFacets (electron/services/actions/list.ts), as it runs them.
const FACET_QUERIES = [
  "SELECT DISTINCT funding_source FROM actions WHERE funding_source <> '' ORDER BY 1",
  `SELECT budget_planned_currency FROM actions WHERE budget_planned_currency IS NOT NULL
   UNION SELECT budget_spent_currency FROM actions WHERE budget_spent_currency IS NOT NULL ORDER BY 1`,
];

describe('migration 0070: indexes for the actions facets', () => {
  it('keeps the actions of a 0060 database and their facets', () => {
    const file = join(tempDir(), 'accords.sqlite3');
    const raw = new Database(file);
    raw.pragma('foreign_keys = ON');
    migrate(raw, { migrations: MIGRATIONS.filter((m) => m.version <= 60) });
    // The Paris example as a 0060 database holds it (loadSample writes today's schema).
    const { db: current } = tempDatabase({ sample: true });
    const source = current.prepare('SELECT * FROM actions ORDER BY id').all() as Record<string, unknown>[];
    const cities = current.prepare('SELECT id, name, name_key, country, latitude, longitude, notes, region, languages, website, created_at, updated_at FROM cities').all();
    const agreements = current.prepare('SELECT * FROM agreements').all() as Record<string, unknown>[];
    const insert = (table: string, rows: unknown[]) => {
      for (const row of rows as Record<string, unknown>[]) {
        // `n` came with migration 0150, after the 0060 schema written here.
        const columns = Object.keys(row).filter((c) => c !== 'n');
        raw.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
      }
    };
    insert('cities', cities);
    insert('agreements', agreements);
    insert('actions', source);
    raw
      .prepare(
        `UPDATE actions SET funding_source = 'EU Horizon', budget_planned_minor = 500000,
                budget_planned_currency = 'EUR', budget_spent_minor = 120000, budget_spent_currency = 'CZK'
         WHERE title LIKE 'Real-time flood alerts%'`,
      )
      .run();
    const before = raw.prepare('SELECT * FROM actions ORDER BY id').all();
    raw.close();

    const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 70) });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(70);
      expect(db.prepare('SELECT * FROM actions ORDER BY id').all()).toEqual(before);
      const facets = actionFacets(db);
      expect(facets.fundingSources).toEqual(['EU Horizon']);
      expect(facets.currencies).toEqual(['CZK', 'EUR']);
      expect(facets.total).toBe(4);
    } finally {
      closeDatabase(db);
    }
  });

  it('lets each facet read its index instead of scanning the actions', () => {
    const db = openDatabase(join(tempDir(), 'accords.sqlite3'));
    try {
      for (const sql of FACET_QUERIES) {
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
          .map((row) => row.detail)
          .join(' | ');
        expect(plan, sql).not.toMatch(/SCAN actions(?! USING)/);
        expect(plan, sql).toMatch(/INDEX actions_(funding_source|planned_currency)/);
      }
    } finally {
      closeDatabase(db);
    }
  });
});
