import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { actionFacets, actionOrder, actionWhere, DENSE_TEXT_MATCHES, listActions } from '../../../electron/services/actions/list';
import { generateData } from '../../../electron/sample/generate';
import { actionListSchema, type ActionListFilter } from '../../../shared/schemas/actions';
import { agreementIdByCity, cityIdByName, tempDatabase } from '../helpers/tempData';
import { addAction, refused, themeId } from '../helpers/domain';

function titles(db: Database.Database, filter: ActionListFilter): string[] {
  return listActions(db, { sort: 'title', direction: 'asc', ...filter }).rows.map((r) => r.title);
}

function sampleWithActions() {
  const t = tempDatabase({ sample: true });
  const { db } = t;
  addAction(db, 'Copenhagen', {
    title: 'A bike lanes visit',
    kind: 'study_visit',
    status: 'done',
    startOn: '2019-05-02',
    endOn: '2019-05-04',
    leadDepartment: 'Roads and Mobility',
    themeIds: [themeId(db, 'cycling_soft_transport')],
  });
  addAction(db, 'Copenhagen', {
    title: 'B cargo bikes pilot',
    kind: 'joint_project',
    status: 'ongoing',
    startOn: '2023',
    endOn: '2026-06',
    leadDepartment: 'Roads and Mobility',
    followUpOn: '2026-01-10',
  });
  addAction(db, 'Prague', {
    title: 'C flood alerts',
    kind: 'expert_mission',
    status: 'planned',
    startOn: '2027-02',
    leadDepartment: 'Civil Protection',
    notes: 'Réseau d’alerte par téléphone',
    followUpOn: '2026-03-01',
  });
  addAction(db, 'Rome', { title: 'D heritage workshop', kind: 'workshop', status: 'cancelled' });
  return t;
}

describe('listActions filters', () => {
  it('filters by agreement, partner city, theme, kind, status and department', () => {
    const { db } = sampleWithActions();
    expect(titles(db, { agreementId: agreementIdByCity(db, 'Copenhagen') })).toEqual([
      'A bike lanes visit',
      'B cargo bikes pilot',
      'The role of bicycles and soft transport in the city',
    ]);
    expect(titles(db, { cityId: cityIdByName(db, 'Prague') })).toEqual([
      'C flood alerts',
      'Heritage conservation and new technologies',
      'Real-time flood alerts by mobile phone for the flood risk prevention plan (PPRI)',
    ]);
    expect(titles(db, { themeId: themeId(db, 'cycling_soft_transport') })).toEqual([
      'A bike lanes visit',
      'The role of bicycles and soft transport in the city',
    ]);
    expect(titles(db, { kind: 'workshop' })).toEqual(['D heritage workshop']);
    expect(titles(db, { status: 'planned' })).toEqual(['C flood alerts']);
    expect(titles(db, { department: 'Roads and Mobility' })).toEqual([
      'A bike lanes visit',
      'B cargo bikes pilot',
    ]);
    expect(
      titles(db, {
        department: 'Roads and Mobility',
        status: 'done',
        cityId: cityIdByName(db, 'Copenhagen'),
      }),
    ).toEqual(['A bike lanes visit']);
  });

  it('keeps the actions whose dates overlap the range, at any precision', () => {
    const { db } = sampleWithActions();
    expect(titles(db, { from: '2019-05-04', to: '2019-05-04' })).toEqual(['A bike lanes visit']);
    expect(titles(db, { from: '2019-05-05', to: '2022' })).toEqual([]);
    expect(titles(db, { from: '2025' })).toEqual(['B cargo bikes pilot', 'C flood alerts']);
    expect(titles(db, { to: '2019' })).toEqual(['A bike lanes visit']);
    expect(titles(db, { from: '2026-06', to: '2026-06' })).toEqual(['B cargo bikes pilot']);
    // Undated actions have no place in a date range.
    expect(titles(db, { from: '1900' })).not.toContain('D heritage workshop');
  });

  it('refuses a reversed range', () => {
    const { db } = sampleWithActions();
    expect(refused(db, () => listActions(db, { from: '2020', to: '2019' })).issues).toEqual([
      { path: 'to', key: 'errors.rangeReversed', params: { from: '2020' } },
    ]);
  });

  it('finds text in titles and notes, ignoring accents and case', () => {
    const { db } = sampleWithActions();
    expect(titles(db, { text: 'FLOOD' })).toEqual([
      'C flood alerts',
      'Real-time flood alerts by mobile phone for the flood risk prevention plan (PPRI)',
    ]);
    expect(titles(db, { text: 'reseau telephone' })).toEqual(['C flood alerts']);
    expect(titles(db, { text: 'bik' })).toEqual(['A bike lanes visit', 'B cargo bikes pilot']);
    expect(titles(db, { text: '"' })).toHaveLength(8);
  });

  it('finds follow-ups due by a day', () => {
    const { db } = sampleWithActions();
    expect(
      listActions(db, { followUpTo: '2026-02-01', sort: 'followUpOn', direction: 'asc' }).rows.map(
        (r) => r.followUpOn,
      ),
    ).toEqual(['2026-01-10']);
  });

  it('sorts by start (undated last when newest first), pages, and counts', () => {
    const { db } = sampleWithActions();
    const all = listActions(db, {});
    expect(all.total).toBe(8);
    expect(all.rows.slice(0, 3).map((r) => r.startOn)).toEqual(['2027-02', '2023', '2019-05-02']);
    const pages = [0, 3, 6].flatMap((offset) =>
      listActions(db, { limit: 3, offset }).rows.map((r) => r.id),
    );
    expect(pages).toEqual(all.rows.map((r) => r.id));
    expect(listActions(db, { limit: 3, offset: 8 })).toEqual({ rows: [], total: 8 });
    const asc = listActions(db, { direction: 'asc' }).rows.map((r) => r.startOn);
    expect(asc.slice(-3)).toEqual(['2019-05-02', '2023', '2027-02']);
  });

  it('describes each row with its partner city, budgets and themes', () => {
    const { db } = sampleWithActions();
    addAction(db, 'Tokyo', {
      title: 'E yen budget',
      budgetPlanned: { amountMinor: 120000, currency: 'JPY' },
    });
    const [row] = listActions(db, { text: 'yen budget' }).rows;
    expect(row).toMatchObject({
      cityName: 'Tokyo',
      country: 'JP',
      budgetPlanned: { amountMinor: 120000, currency: 'JPY' },
      budgetSpent: null,
      themes: [],
    });
    expect(actionFacets(db)).toEqual({
      departments: ['Civil Protection', 'Roads and Mobility'],
      currencies: ['JPY'],
      fundingSources: [],
      total: 9,
    });
  });
});

interface Recorded {
  sql: string;
  params: unknown[];
}

/** The statements a call runs, with their parameters (to EXPLAIN the service's own SQL). */
function recordStatements(db: Database.Database, run: () => void): Recorded[] {
  const recorded: Recorded[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...params: unknown[]) => (recorded.push({ sql, params }), original(...params)),
      });
    }
    return statement;
  }) as typeof db.prepare;
  try {
    run();
  } finally {
    db.prepare = prepare;
  }
  return recorded;
}

function plan(db: Database.Database, statement: Recorded): string[] {
  return (
    db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as {
      detail: string;
    }[]
  ).map((r) => r.detail);
}

describe('the actions list uses an index for every filter', () => {
  const cases: [string, (db: Database.Database) => ActionListFilter, RegExp][] = [
    [
      'agreement',
      (db) => ({
        agreementId: db.prepare('SELECT id FROM agreements LIMIT 1').pluck().get() as string,
      }),
      /INDEX actions_agreement \(agreement_id=\?\)/,
    ],
    [
      'partner city',
      (db) => ({ cityId: db.prepare('SELECT id FROM cities LIMIT 1').pluck().get() as string }),
      /INDEX agreements_city \(city_id=\?\)/,
    ],
    [
      'theme',
      (db) => ({ themeId: themeId(db, 'culture') }),
      /INDEX action_themes_theme \(theme_id=\?\)/,
    ],
    ['kind', () => ({ kind: 'workshop' }), /INDEX actions_kind \(kind=\?\)/],
    ['status', () => ({ status: 'ongoing' }), /INDEX actions_status \(status=\?\)/],
    ['from', () => ({ from: '2020' }), /INDEX actions_(end|start)_day \((end|start)_day>\?\)/],
    ['to', () => ({ to: '1990' }), /INDEX actions_start_day \(start_day<\?\)/],
    [
      'range',
      () => ({ from: '2000', to: '2001-06' }),
      /INDEX actions_(end|start)_day \((end_day>|start_day<)\?\)/,
    ],
    [
      'department',
      () => ({ department: 'Housing' }),
      /INDEX actions_department \(lead_department=\?\)/,
    ],
    [
      'follow-up',
      () => ({ followUpTo: '2026-12-31' }),
      /INDEX actions_follow_up \(follow_up_on<\?\)/,
    ],
    ['text', () => ({ text: 'housing' }), /VIRTUAL TABLE INDEX/],
  ];

  it.each(cases)(
    '%s: the total and the page never scan the actions table',
    (_name, filterOf, expected) => {
      const { db } = tempDatabase();
      generateData(db, {
        cities: 40,
        agreements: 150,
        actions: 3000,
        seed: 11,
        today: '2026-11-01',
      });
      const filter = filterOf(db);
      const themeReads: string[][] = [];
      for (const sort of ['startOn', 'title', 'updatedAt'] as const) {
        const statements = recordStatements(db, () =>
          listActions(db, { ...filter, sort, limit: 50 }),
        );
        // The total, the page's rowids, then (prepared once per connection) the page's rows and
        // their themes, read by those rowids.
        expect(statements.length).toBeGreaterThanOrEqual(2);
        const plans = statements.map((s) => plan(db, s));
        const [count] = plans as [string[]];
        // The total is counted through the filter's own index.
        expect(
          count.some((d) => expected.test(d)),
          count.join('\n'),
        ).toBe(true);
        for (const details of plans) {
          // No plain scan of a table; walking an index in order (for a page) is fine.
          expect(
            details.filter((d) => /^SCAN (x|actions|a|agreements|c|cities|at|action_themes)$/.test(d)),
            details.join('\n'),
          ).toEqual([]);
        }
        themeReads.push(...plans.filter((details) => details.some((d) => /\bat\b/.test(d))));
      }
      // Themes are described for the rows of the page only: through the page's ids, one lookup each.
      expect(themeReads.length).toBeGreaterThan(0);
      for (const details of themeReads) {
        expect(details.some((d) => /SEARCH at USING PRIMARY KEY \(action_id=\?\)/.test(d)), details.join('\n')).toBe(true);
        expect(details.some((d) => /SCAN j\b/.test(d)), details.join('\n')).toBe(true);
      }
    },
  );

  it('the unfiltered list walks the sort index and stops at the page', () => {
    const { db } = tempDatabase();
    generateData(db, { cities: 10, agreements: 20, actions: 500, seed: 2 });
    const [, page, rows] = recordStatements(db, () => listActions(db, { limit: 50 })).map((s) =>
      plan(db, s),
    );
    expect(page).toContain('SCAN x USING COVERING INDEX actions_start');
    expect(rows).toContain('SEARCH x USING INTEGER PRIMARY KEY (rowid=?)');
  });

  it('a word matching many actions: walking the order and checking the matches keeps the same rows and total', () => {
    const { db } = tempDatabase();
    generateData(db, { cities: 20, agreements: 60, actions: 2000, seed: 7, today: '2026-11-01' });
    const status = 'done' as const;
    for (const filter of [{ text: 'housing' }, { text: 'hou', status }, { text: 'culture', from: '2015' }, { text: 'zz' }]) {
      for (const sort of ['startOn', 'title', 'updatedAt'] as const) {
        const f = actionListSchema.parse({ ...filter, sort, limit: 50, offset: 10 });
        const rowids = (matches: number) => {
          const where = actionWhere(f, matches);
          return {
            sql: where.sql,
            total: db.prepare(`SELECT count(*) FROM actions x ${where.sql}`).pluck().get(where.params),
            page: db
              .prepare(`SELECT x.rowid FROM actions x ${where.sql} ORDER BY ${actionOrder(f)} LIMIT 50 OFFSET 10`)
              .pluck()
              .all(where.params),
          };
        };
        const read = rowids(0);
        const walked = rowids(DENSE_TEXT_MATCHES);
        expect(walked.sql).toContain('+x.rowid IN');
        expect(walked.page, `${JSON.stringify(filter)} ${sort}`).toEqual(read.page);
        expect(walked.total).toBe(read.total);
        // And the list itself gives that total and page.
        const listed = listActions(db, { ...filter, sort, limit: 50, offset: 10 });
        expect(listed.total).toBe(read.total);
        expect(listed.rows.map((r) => db.prepare('SELECT n FROM actions WHERE id = ?').pluck().get(r.id))).toEqual(read.page);
      }
    }
    expect(listActions(db, { text: 'housing' }).total).toBeGreaterThan(50);
  });
});