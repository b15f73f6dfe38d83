import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { databasePath } from '../../../electron/paths/dataDir';
import { getAction } from '../../../electron/services/actions/crud';
import { listActions } from '../../../electron/services/actions/list';
import { generateData, randomSource, uuidV7Source } from '../../../electron/sample/generate';
import {
  rebuildDeferredIndexes,
  withIndexesDeferred,
} from '../../../electron/sample/generateKit';
import { searchEverything } from '../../../electron/services/search/search';
import { idSchema } from '../../../shared/schemas/common';
import { tempDatabase, tempDir } from '../helpers/tempData';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('generate', () => {
  it('writes the counts asked for, with plausible, rule-abiding records', () => {
    const { db } = tempDatabase();
    const result = generateData(db, {
      cities: 60,
      agreements: 120,
      actions: 1500,
      contacts: 50,
      seed: 42,
      today: '2026-11-01',
    });
    expect(result).toMatchObject({ cities: 60, agreements: 120, actions: 1500, contacts: 50 });
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('cities'), count('agreements'), count('actions'), count('contacts')]).toEqual([
      60, 120, 1500, 50,
    ]);
    expect(count('search_fts')).toBe(60 + 120 + 1500 + 50);
    // Every city has an agreement while there are enough agreements; names are unique per country.
    expect(
      db
        .prepare(
          'SELECT count(*) FROM cities c WHERE NOT EXISTS (SELECT 1 FROM agreements a WHERE a.city_id = c.id)',
        )
        .pluck()
        .get(),
    ).toBe(0);
    expect(
      db
        .prepare(
          'SELECT count(*) FROM (SELECT name_key, country FROM cities GROUP BY 1, 2 HAVING count(*) > 1)',
        )
        .pluck()
        .get(),
    ).toBe(0);
    const years = db
      .prepare('SELECT min(signed_year) AS min, max(signed_year) AS max FROM agreements')
      .get() as { min: number; max: number };
    expect(years.min).toBeGreaterThanOrEqual(1950);
    expect(years.max).toBeLessThanOrEqual(2026);
    expect(db.prepare('SELECT count(*) FROM actions WHERE end_day < start_day').pluck().get()).toBe(
      0,
    );
    expect(
      db
        .prepare(
          'SELECT count(*) FROM actions WHERE budget_spent_minor < 0 OR budget_planned_minor < 0',
        )
        .pluck()
        .get(),
    ).toBe(0);
    expect(
      db
        .prepare("SELECT count(*) FROM actions WHERE status = 'done' AND end_day >= '2026-11-01'")
        .pluck()
        .get(),
    ).toBe(0);
    expect(
      db
        .prepare("SELECT count(*) FROM agreements WHERE status = 'ended' AND ended_on IS NULL")
        .pluck()
        .get(),
    ).toBe(0);
    expect(
      db.prepare('SELECT count(DISTINCT theme_id) FROM action_themes').pluck().get(),
    ).toBeGreaterThan(10);
    // What the services read back is valid.
    const page = listActions(db, { limit: 20, sort: 'updatedAt' });
    for (const row of page.rows) {
      const action = getAction(db, row.id);
      expect(idSchema.safeParse(action.id).success).toBe(true);
      if (action.endOn)
        expect(action.endOn >= action.startOn!.slice(0, action.endOn.length)).toBe(true);
    }
    expect(searchEverything(db, { text: 'study visit' }).groups[0]!.total).toBeGreaterThan(0);
  });

  it('gives the same data for the same seed', () => {
    const titles = (seed: number) => {
      const { db } = tempDatabase();
      generateData(db, { cities: 5, agreements: 10, actions: 50, seed, today: '2026-01-01' });
      return db.prepare('SELECT title, start_on FROM actions ORDER BY rowid').all();
    };
    expect(titles(7)).toEqual(titles(7));
    expect(titles(7)).not.toEqual(titles(8));
  });

  it('leaves an exclusive twinning the only active twinning', () => {
    const { db } = tempDatabase({ sample: true });
    generateData(db, { cities: 20, agreements: 200, actions: 0, seed: 3 });
    expect(
      db
        .prepare("SELECT count(*) FROM agreements WHERE kind = 'twinning' AND status = 'active'")
        .pluck()
        .get(),
    ).toBe(1);
  });

  it('builds the indexes it deferred again, exactly, even after a failed load', () => {
    const { db } = tempDatabase();
    const schema = () =>
      db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all();
    const before = schema();
    let during: unknown[] = [];
    expect(() =>
      withIndexesDeferred(db, ['actions'], () => {
        during = schema();
        throw new Error('load failed');
      }),
    ).toThrow('load failed');
    expect(during.length).toBeLessThan(before.length);
    expect(schema()).toEqual(before);
    expect(
      db.prepare("SELECT count(*) FROM settings WHERE key LIKE 'generate.%'").pluck().get(),
    ).toBe(0);
    // A load killed before it could rebuild leaves a note the next run repairs from.
    db.prepare("INSERT INTO settings (key, value) VALUES ('generate.deferredIndexes', ?)").run(
      JSON.stringify([
        db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'actions_title'").pluck().get(),
      ]),
    );
    db.exec('DROP INDEX actions_title');
    rebuildDeferredIndexes(db);
    expect(schema()).toEqual(before);
  });

  it('a bulk load (20,000 actions and more) ends with every index in place', () => {
    const { db } = tempDatabase();
    const before = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")
      .all();
    generateData(db, { cities: 20, agreements: 40, actions: 20_000, seed: 9 });
    expect(
      db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all(),
    ).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('makes valid, time-ordered UUIDs', () => {
    const next = uuidV7Source(randomSource(1), Date.UTC(2026, 0, 1));
    const ids = Array.from({ length: 5000 }, next);
    expect(ids.every((id) => idSchema.safeParse(id).success)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('runs from the command line with progress on standard error', async () => {
    const dataDir = tempDir();
    const { out, err, io: streams } = io();
    const code = await runCli(
      [
        'generate',
        '--cities',
        '10',
        '--agreements',
        '20',
        '--actions',
        '300',
        '--seed',
        '5',
        '--data-dir',
        dataDir,
      ],
      streams,
    );
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(
      /^Generated 10 cities, 20 agreements, 300 actions and 0 contacts in [\d.]+ s \(seed 5\)\.$/,
    );
    expect(err).toContain('  actions 300/300');
    const db = openDatabase(databasePath(dataDir));
    expect(db.prepare('SELECT count(*) FROM actions').pluck().get()).toBe(300);
    closeDatabase(db);
  });

  it.each([
    [['generate'], /nothing to generate/],
    [['generate', '--actions=-3'], /--actions must be a whole number/],
    [['generate', '--cities', 'many'], /--cities must be a whole number/],
    [['generate', '--cities', '1', '--seed', 'x'], /--seed must be a whole number/],
  ])('refuses %j with a usage error', async (argv, message) => {
    const { err, io: streams } = io();
    expect(await runCli([...argv, '--data-dir', tempDir()], streams)).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });

  it('refuses actions without agreements to put them under', async () => {
    const { err, io: streams } = io();
    expect(await runCli(['generate', '--actions', '5', '--data-dir', tempDir()], streams)).toBe(1);
    expect(err.join('\n')).toMatch(/No agreements/);
  });
});
