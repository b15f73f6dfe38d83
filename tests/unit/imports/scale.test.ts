import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from '../../../electron/db/statementCache';
import { tempDatabase } from '../helpers/tempData';

const plan = (db: Database.Database, sql: string, params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('what keeps a large import linear', () => {
  it('a statement cache answers one statement per SQL text, reset to the defaults, and goes away after', () => {
    const { db } = tempDatabase();
    const original = db.prepare;
    withStatementCache(db, () => {
      const first = db.prepare('SELECT 1 AS one');
      expect(first.pluck().get()).toBe(1);
      const again = db.prepare('SELECT 1 AS one');
      expect(again).toBe(first);
      // Plucked by the first caller, plain for the next.
      expect(again.get()).toEqual({ one: 1 });
    });
    expect(db.prepare).toBe(original);
    expect(db.prepare('SELECT 1 AS one')).not.toBe(db.prepare('SELECT 1 AS one'));
  });

  it('a new city’s uniqueness and a new twinning’s exclusivity are checked through indexes, not by reading every row', () => {
    const { db } = tempDatabase();
    const unique = plan(
      db,
      `SELECT id FROM cities WHERE name_fr_key IN (SELECT value FROM json_each(?)) AND +country = ? AND id IS NOT ?`,
      ['["rome"]', 'IT', null],
    );
    expect(unique).toContain('USING INDEX cities_name_fr');
    const exclusive = plan(
      db,
      `SELECT a.id FROM agreements a WHERE a.exclusive = 1 AND a.kind = 'twinning' AND a.status = 'active' AND a.id IS NOT ? LIMIT 1`,
      [null],
    );
    expect(exclusive).toContain('agreements_exclusive_twinnings');
  });
});
