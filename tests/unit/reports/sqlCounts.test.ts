import type Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { generateData } from '../../../electron/sample/generate';
import { listActions } from '../../../electron/services/actions/list';
import type { ActionBreakdown, ActionNote } from '../../../shared/reports/data';
import type { ActionRow } from '../../../shared/schemas/actions';
import { suiteDatabase } from '../helpers/tempData';
import { createAction } from '../../../electron/services/actions/crud';
import type { HandlerContext } from '../../../electron/core/context';
import { createProgress } from '../../../electron/core/progress';
import { renderReport } from '../../../electron/exports/formats/index';
import { SCREEN_ROWS } from '../../../electron/reports/longParts';
import { buildReportAsync } from '../../../electron/reports/view';
import { reportViewSchema, type ReportRequest } from '../../../shared/reports/requests';
import { parseCsv } from '../exports/formats/helpers';
import { report, TODAY } from './fixtures';

/**
 * Every report's figures on 3,000 generated actions against an independent count in SQL
 * (GROUP BY over the actions' own date columns, joins written here), and the rows a report
 * lists (its actions, its notes) against plain SELECTs: the reports read a scope in one pass
 * and count in code, so this proves the pass keeps every action, every note, in order.
 */
const data = suiteDatabase();

function setUp() {
  const { db, ctx } = data();
  if ((db.prepare('SELECT count(*) FROM actions').pluck().get() as number) === 0) {
    generateData(db, {
      cities: 40,
      agreements: 120,
      actions: 3_000,
      contacts: 30,
      seed: 7,
      today: TODAY,
    });
    // Undated actions, which no period holds (the generator dates every action): written,
    // budgeted and themed, so leaving them out of "all years" shows in every figure.
    const agreements = db.prepare('SELECT id FROM agreements ORDER BY rowid LIMIT 3').pluck().all() as string[];
    const themeIds = db.prepare('SELECT id FROM themes ORDER BY rowid LIMIT 2').pluck().all() as string[];
    agreements.forEach((agreementId, i) =>
      createAction(db, {
        agreementId,
        title: `Undated exchange ${i}`,
        kind: 'workshop',
        status: i === 0 ? 'done' : 'ongoing',
        themeIds,
        outcomes: 'Met the teams.',
        budgetPlanned: { amountMinor: 100_000, currency: 'EUR' },
      }),
    );
  }
  return { db, ctx };
}

/** A scope as SQL over `actions x`: the WHERE clause and its parameters. */
interface Scope {
  where: string;
  params: Record<string, string>;
}
const period = (first: string, last: string): Scope => ({
  where:
    'x.start_day IS NOT NULL AND x.start_day <= @last AND coalesce(x.end_day, x.start_day) >= @first',
  params: { first, last },
});

function sqlBreakdown(db: Database.Database, s: Scope) {
  const rows = (sql: string) => db.prepare(sql).all(s.params) as Record<string, string | number>[];
  const byStatus = Object.fromEntries(
    rows(`SELECT status AS k, count(*) AS n FROM actions x WHERE ${s.where} GROUP BY status`).map(
      (r) => [r.k, r.n],
    ),
  );
  const byKind = Object.fromEntries(
    rows(`SELECT kind AS k, count(*) AS n FROM actions x WHERE ${s.where} GROUP BY kind`).map(
      (r) => [r.k, r.n],
    ),
  );
  const byTheme = Object.fromEntries(
    rows(
      `SELECT t.theme_id AS k, count(*) AS n FROM actions x JOIN action_themes t ON t.action_id = x.id WHERE ${s.where} GROUP BY t.theme_id`,
    ).map((r) => [r.k, r.n]),
  );
  const byPartner = Object.fromEntries(
    rows(
      `SELECT a.city_id AS k, count(*) AS n, sum(x.status = 'done') AS done FROM actions x JOIN agreements a ON a.id = x.agreement_id WHERE ${s.where} GROUP BY a.city_id`,
    ).map((r) => [r.k, [r.n, r.done]]),
  );
  const budgets = rows(
    `SELECT currency, sum(planned) AS planned, sum(spent) AS spent, count(DISTINCT id) AS actions FROM (
       SELECT x.id, x.budget_planned_currency AS currency, x.budget_planned_minor AS planned, 0 AS spent FROM actions x WHERE ${s.where} AND x.budget_planned_currency IS NOT NULL
       UNION ALL
       SELECT x.id, x.budget_spent_currency, 0, x.budget_spent_minor FROM actions x WHERE ${s.where} AND x.budget_spent_currency IS NOT NULL)
     GROUP BY currency ORDER BY currency`,
  ).map((r) => ({
    currency: r.currency,
    plannedMinor: r.planned,
    spentMinor: r.spent,
    actions: r.actions,
  }));
  const total = db
    .prepare(`SELECT count(*) FROM actions x WHERE ${s.where}`)
    .pluck()
    .get(s.params) as number;
  return { total, byStatus, byKind, byTheme, byPartner, budgets };
}

function expectBreakdown(db: Database.Database, breakdown: ActionBreakdown, s: Scope): void {
  const sql = sqlBreakdown(db, s);
  expect(sql.total).toBeGreaterThan(0);
  expect(breakdown.total).toBe(sql.total);
  const nonZero = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  expect(nonZero(breakdown.byStatus)).toEqual(sql.byStatus);
  expect(nonZero(breakdown.byKind)).toEqual(sql.byKind);
  expect(Object.fromEntries(breakdown.byTheme.map((t) => [t.id, t.count]))).toEqual(sql.byTheme);
  expect(
    Object.fromEntries(breakdown.byPartner.map((p) => [p.cityId, [p.total, p.byStatus.done]])),
  ).toEqual(sql.byPartner);
  expect(breakdown.budgets).toEqual(sql.budgets);
}

/** The notes of a scope as a plain SELECT, in the reports' order. */
function sqlNotes(db: Database.Database, s: Scope): string[] {
  return db
    .prepare(
      `SELECT x.id FROM actions x WHERE ${s.where} AND (x.outcomes <> '' OR x.resident_benefits <> '' OR x.notes <> '')
       ORDER BY x.start_day, x.title_key, x.rowid`,
    )
    .pluck()
    .all(s.params) as string[];
}

/** The actions list's rows for a filter, every page of it, sorted by start as the reports list them. */
function listed(db: Database.Database, filter: Parameters<typeof listActions>[1]): ActionRow[] {
  const rows: ActionRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = listActions(db, {
      ...filter,
      sort: 'startOn',
      direction: 'asc',
      limit: 500,
      offset,
    }).rows;
    rows.push(...page);
    if (page.length < 500) return rows;
  }
}

const ids = (notes: ActionNote[]) => notes.map((n) => n.actionId);

/**
 * A report of a scope shows the first `SCREEN_ROWS` actions and notes and counts them all; its
 * export reads every one page by page (the same rows as the list's, the same notes as SQL's),
 * and the CSV written from those pages holds every action and every paragraph.
 */
async function expectFirstAndEvery(
  ctx: HandlerContext,
  request: ReportRequest & { report: 'annual' | 'theme' | 'partner' },
  shown: { actions: ActionRow[]; notes: ActionNote[]; noteCount: number; breakdown: ActionBreakdown },
  actions: ActionRow[],
  noteIds: string[],
): Promise<void> {
  expect(shown.actions).toEqual(actions.slice(0, SCREEN_ROWS));
  expect(ids(shown.notes)).toEqual(noteIds.slice(0, SCREEN_ROWS));
  expect(shown.breakdown.total).toBe(actions.length);
  expect(shown.noteCount).toBe(noteIds.length);

  const progress = createProgress(new AbortController().signal);
  const exported = await buildReportAsync(ctx, reportViewSchema.parse({ request, lang: 'en', today: TODAY }), progress);
  const paged = exported.paged!;
  const whole = paged.gather();
  const data = whole.data as { actions: ActionRow[]; notes: ActionNote[] };
  expect(data.actions).toEqual(actions);
  expect(ids(data.notes)).toEqual(noteIds);
  const table = paged.tables.find((t) => t.sectionId === 'actions')!;
  expect(table.count).toBe(actions.length);
  const wholeTable = whole.document.sections.find((s) => s.id === 'actions');
  expect(wholeTable?.type === 'table' && wholeTable.rows).toEqual([...table.pages()].flat());
  const notes = paged.notes.find((n) => n.sectionId === 'notes')!;
  const wholeNotes = whole.document.sections.find((s) => s.id === 'notes');
  const entries = [...notes.pages()].flat();
  expect(wholeNotes?.type === 'notes' && wholeNotes.entries).toEqual(entries);
  expect(notes.count).toBe(noteIds.length);
  expect(notes.paragraphs).toBe(entries.reduce((sum, e) => sum + e.paragraphs.length, 0));
  expect([...paged.events()].flat()).toEqual(whole.document.events);

  // Read back: the CSV's actions block has a title, a header and every action.
  const csv = parseCsv(await renderReport(exported, 'csv', { csvSeparator: ',' }, progress), ',');
  // A block's title is a line of its own (a figure's label has its value beside it).
  const title = (section: string) =>
    csv.findIndex((line) => line[0] === whole.document.sections.find((s) => s.id === section)!.title && line.slice(1).every((f) => f === ''));
  const blockRows = (at: number) => csv.slice(at + 2, csv.findIndex((line, i) => i > at && line.every((f) => f === '')));
  const actionLines = blockRows(title('actions'));
  expect(actionLines).toHaveLength(actions.length);
  expect(actionLines.map((line) => line[0])).toEqual(actions.map((a) => a.title));
  expect(blockRows(title('notes'))).toHaveLength(notes.paragraphs);
}

describe('report figures against SQL counts (3,000 actions)', () => {
  test('annual, one year and all years: counts, partners, budgets, the listed actions and notes', async () => {
    const { db, ctx } = setUp();
    const one = report(ctx, { report: 'annual', year: 2024 }).data;
    expectBreakdown(db, one.breakdown, period('2024-01-01', '2024-12-31'));
    expect(one.activePartners).toBe(
      Object.keys(sqlBreakdown(db, period('2024-01-01', '2024-12-31')).byPartner).length,
    );
    await expectFirstAndEvery(ctx, { report: 'annual', year: 2024 }, one, listed(db, { from: '2024', to: '2024' }), sqlNotes(db, period('2024-01-01', '2024-12-31')));
    expect(one.agreementsSigned.map((a) => a.id).sort()).toEqual(
      (
        db
          .prepare("SELECT id FROM agreements WHERE signed_on LIKE '2024%'")
          .pluck()
          .all() as string[]
      ).sort(),
    );

    const all = report(ctx, { report: 'annual', from: '1900', to: '2100' }).data;
    expectBreakdown(db, all.breakdown, period('1900-01-01', '2100-12-31'));
    const allNotes = sqlNotes(db, period('1900-01-01', '2100-12-31'));
    await expectFirstAndEvery(ctx, { report: 'annual', from: '1900', to: '2100' }, all, listed(db, { from: '1900', to: '2100' }), allNotes);
    expect(allNotes.length).toBeGreaterThan(1_000);
  });

  test('theme, all time and one year; partner', async () => {
    const { db, ctx } = setUp();
    const themeId = db
      .prepare("SELECT id FROM themes WHERE code = 'culture'")
      .pluck()
      .get() as string;
    const tagged: Scope = {
      where: 'x.id IN (SELECT action_id FROM action_themes WHERE theme_id = @themeId)',
      params: { themeId },
    };
    const theme = report(ctx, { report: 'theme', themeId }).data;
    expectBreakdown(db, theme.breakdown, tagged);
    await expectFirstAndEvery(ctx, { report: 'theme', themeId }, theme, listed(db, { themeId }), sqlNotes(db, tagged));
    const inYear = period('2023-01-01', '2023-12-31');
    const both: Scope = {
      where: `${tagged.where} AND ${inYear.where}`,
      params: { ...tagged.params, ...inYear.params },
    };
    expectBreakdown(db, report(ctx, { report: 'theme', themeId, year: 2023 }).data.breakdown, both);

    const cityId = db
      .prepare(
        'SELECT a.city_id FROM agreements a JOIN actions x ON x.agreement_id = a.id GROUP BY a.city_id ORDER BY count(*) DESC LIMIT 1',
      )
      .pluck()
      .get() as string;
    const ofCity: Scope = {
      where: 'x.agreement_id IN (SELECT id FROM agreements WHERE city_id = @cityId)',
      params: { cityId },
    };
    const partner = report(ctx, { report: 'partner', cityId }).data;
    expectBreakdown(db, partner.breakdown, ofCity);
    await expectFirstAndEvery(ctx, { report: 'partner', cityId }, partner, listed(db, { cityId }), sqlNotes(db, ofCity));
  });

  test('map, timeline, dormant and anniversaries', () => {
    const { db, ctx } = setUp();
    const map = report(ctx, { report: 'map', year: 2022 }).data;
    const counts = Object.fromEntries(
      (
        db
          .prepare(
            `SELECT a.city_id AS k, count(*) AS n FROM actions x JOIN agreements a ON a.id = x.agreement_id WHERE ${period('2022-01-01', '2022-12-31').where} GROUP BY a.city_id`,
          )
          .all(period('2022-01-01', '2022-12-31').params) as { k: string; n: number }[]
      ).map((r) => [r.k, r.n]),
    );
    expect(
      Object.fromEntries(map.cities.filter((c) => c.value > 0).map((c) => [c.cityId, c.value])),
    ).toEqual(counts);
    expect(map.cities).toHaveLength(
      db.prepare('SELECT count(DISTINCT city_id) FROM agreements').pluck().get() as number,
    );

    const timeline = report(ctx, { report: 'timeline' }).data;
    const perDecade = db
      .prepare(
        'SELECT signed_year / 10 * 10 AS start, count(*) AS count FROM agreements GROUP BY 1',
      )
      .all() as { start: number; count: number }[];
    expect(timeline.bucket).toBe('decade');
    expect(timeline.counts.filter((c) => c.count > 0)).toEqual(perDecade);

    const since = '2023-12-01';
    const dormant = report(ctx, { report: 'dormant', years: 3 }).data;
    const sqlDormant = db
      .prepare(
        `SELECT a.id FROM agreements a WHERE a.status = 'active'
           AND CASE length(a.signed_on) WHEN 4 THEN a.signed_on || '-12-31' WHEN 7 THEN date(a.signed_on || '-01', '+1 month', '-1 day') ELSE a.signed_on END <= @since
           AND NOT EXISTS (SELECT 1 FROM actions x WHERE x.agreement_id = a.id AND (x.status IN ('planned', 'ongoing') OR x.end_day >= @since))`,
      )
      .pluck()
      .all({ since }) as string[];
    expect(dormant.rows.map((r) => r.agreement.id).sort()).toEqual(sqlDormant.sort());
    for (const row of dormant.rows)
      expect(row.actionCount).toBe(
        db
          .prepare('SELECT count(*) FROM actions WHERE agreement_id = ?')
          .pluck()
          .get(row.agreement.id),
      );

    const anniversaries = report(ctx, { report: 'anniversaries', year: 2027 }).data;
    const round = db
      .prepare(
        'SELECT id FROM agreements WHERE signed_year < 2027 AND ((2027 - signed_year) % 10 = 0 OR (2027 - signed_year) IN (5, 25, 75))',
      )
      .pluck()
      .all() as string[];
    expect(anniversaries.rows.map((r) => r.agreement.id).sort()).toEqual(round.sort());
  });
});
