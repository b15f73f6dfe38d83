import { describe, expect, test } from 'vitest';
import { generateData } from '../../../electron/sample/generate';
import { listActions } from '../../../electron/services/actions/list';
import { listAgreements } from '../../../electron/services/agreements/agreements';
import { isRoundAnniversary } from '../../../shared/domain/anniversaries';
import { dayRange, yearOf } from '../../../shared/domain/partialDate';
import { suiteDatabase } from '../helpers/tempData';
import { computeAnnual } from '../../../electron/reports/annual';
import { SCREEN_ROWS } from '../../../electron/reports/longParts';
import { report, TODAY } from './fixtures';

/**
 * Reports on a few thousand generated actions, checked against counts made another way: every
 * action read once and placed in the period from its written dates (start_on/end_on, not the
 * start_day/end_day columns the reports use), then counted in plain code.
 */
const data = suiteDatabase();

interface Raw {
  id: string;
  agreementId: string;
  cityId: string;
  status: string;
  kind: string;
  startOn: string | null;
  endOn: string | null;
  plannedMinor: number | null;
  plannedCurrency: string | null;
  spentMinor: number | null;
  spentCurrency: string | null;
}

function setUp() {
  const { db, ctx } = data();
  if ((db.prepare('SELECT count(*) FROM actions').pluck().get() as number) === 0) {
    generateData(db, {
      cities: 60,
      agreements: 150,
      actions: 3_000,
      contacts: 50,
      seed: 42,
      today: TODAY,
    });
  }
  const actions = db
    .prepare(
      `SELECT x.id, x.agreement_id AS agreementId, a.city_id AS cityId, x.status, x.kind, x.start_on AS startOn, x.end_on AS endOn,
              x.budget_planned_minor AS plannedMinor, x.budget_planned_currency AS plannedCurrency,
              x.budget_spent_minor AS spentMinor, x.budget_spent_currency AS spentCurrency
       FROM actions x, agreements a WHERE a.id = x.agreement_id`,
    )
    .all() as Raw[];
  return { db, ctx, actions };
}

const overlaps = (a: Raw, first: string, last: string) =>
  a.startOn !== null &&
  dayRange(a.startOn).first <= last &&
  dayRange(a.endOn ?? a.startOn).last >= first;

function tally<T>(items: T[], key: (item: T) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

describe('reports on generated data', () => {
  test('annual 2024: counts, partners and budgets per currency', () => {
    const { ctx, actions } = setUp();
    const inYear = actions.filter((a) => overlaps(a, '2024-01-01', '2024-12-31'));
    expect(inYear.length).toBeGreaterThan(100);
    const { data: annual } = report(ctx, { report: 'annual', year: 2024 });
    expect(annual.breakdown.total).toBe(inYear.length);
    // The screen's document lists the first actions; every one is in an export's pages.
    expect(annual.actions).toHaveLength(SCREEN_ROWS);
    const every = computeAnnual(ctx.db, { year: 2024 }, TODAY, 'all').actions;
    expect(every.slice(0, SCREEN_ROWS)).toEqual(annual.actions);
    expect(new Set(every.map((a) => a.id))).toEqual(new Set(inYear.map((a) => a.id)));
    expect(annual.breakdown.byStatus).toEqual({
      planned: 0,
      ongoing: 0,
      done: 0,
      cancelled: 0,
      ...tally(inYear, (a) => a.status),
    });
    const kinds = Object.fromEntries(
      Object.entries(annual.breakdown.byKind).filter(([, n]) => n > 0),
    );
    expect(kinds).toEqual(tally(inYear, (a) => a.kind));
    expect(annual.activePartners).toBe(new Set(inYear.map((a) => a.cityId)).size);
    // Several currencies, each summed on its own.
    expect(annual.breakdown.budgets.length).toBeGreaterThan(1);
    for (const row of annual.breakdown.budgets) {
      const sum = (pick: (a: Raw) => [number | null, string | null]) =>
        inYear.reduce((total, a) => {
          const [amount, currency] = pick(a);
          return currency === row.currency ? total + (amount ?? 0) : total;
        }, 0);
      expect(row.plannedMinor).toBe(sum((a) => [a.plannedMinor, a.plannedCurrency]));
      expect(row.spentMinor).toBe(sum((a) => [a.spentMinor, a.spentCurrency]));
    }
    expect(annual.breakdown.budgets.map((b) => b.currency).sort()).toEqual(
      [
        ...new Set(
          inYear.flatMap((a) => [a.plannedCurrency, a.spentCurrency]).filter((c) => c !== null),
        ),
      ].sort(),
    );
  });

  test('theme: the actions carrying it, overall and in a year', () => {
    const { ctx, db, actions } = setUp();
    const theme = db
      .prepare("SELECT id FROM themes WHERE code = 'culture'")
      .pluck()
      .get() as string;
    const tagged = new Set(
      db
        .prepare('SELECT action_id FROM action_themes WHERE theme_id = ?')
        .pluck()
        .all(theme) as string[],
    );
    const all = report(ctx, { report: 'theme', themeId: theme }).data;
    expect(all.breakdown.total).toBe(tagged.size);
    const in2020 = actions.filter(
      (a) => tagged.has(a.id) && overlaps(a, '2020-01-01', '2020-12-31'),
    );
    const year = report(ctx, { report: 'theme', themeId: theme, year: 2020 }).data;
    expect(year.actions.map((a) => a.id).sort()).toEqual(in2020.map((a) => a.id).sort());
    expect(year.breakdown.byPartner.reduce((n, p) => n + p.total, 0)).toBe(in2020.length);
  });

  test('dormant: active agreements old enough, without recent or open actions', () => {
    const { ctx, db, actions } = setUp();
    const since = '2021-12-01';
    const agreements = db
      .prepare("SELECT id, signed_on AS signedOn FROM agreements WHERE status = 'active'")
      .all() as { id: string; signedOn: string }[];
    const expected = agreements
      .filter((g) => dayRange(g.signedOn).last <= since)
      .filter(
        (g) =>
          !actions.some(
            (a) =>
              a.agreementId === g.id &&
              (a.status === 'planned' ||
                a.status === 'ongoing' ||
                (a.startOn !== null && dayRange(a.endOn ?? a.startOn).last >= since)),
          ),
      )
      .map((g) => g.id);
    const { data: dormant } = report(ctx, { report: 'dormant', years: 5 });
    expect(dormant.since).toBe(since);
    expect(dormant.rows.map((r) => r.agreement.id).sort()).toEqual(expected.sort());
    expect(dormant.activeAgreements).toBe(agreements.length);
  });

  test('map, timeline and anniversaries add up', () => {
    const { ctx, db, actions } = setUp();
    const map = report(ctx, { report: 'map' }).data;
    expect(map.cities.reduce((n, c) => n + c.value, 0)).toBe(actions.length);
    const perCity = tally(actions, (a) => a.cityId);
    for (const city of map.cities) expect(city.value).toBe(perCity[city.cityId] ?? 0);
    expect(map.levels).toHaveLength(5);
    expect(new Set(map.cities.map((c) => c.level)).size).toBeGreaterThanOrEqual(4);
    const signed = db.prepare('SELECT signed_on FROM agreements').pluck().all() as string[];
    const timeline = report(ctx, { report: 'timeline' }).data;
    expect(timeline.counts.reduce((n, c) => n + c.count, 0)).toBe(signed.length);
    const anniversaries = report(ctx, { report: 'anniversaries', year: 2026 }).data;
    expect(anniversaries.rows).toHaveLength(
      signed.filter((s) => isRoundAnniversary(2026 - yearOf(s))).length,
    );
  });

  test('lists: every row the filter keeps, past the first page', () => {
    const { ctx, db } = setUp();
    const all = report(ctx, { report: 'actions' }).data;
    expect(all.rows).toHaveLength(3_000);
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(3_000);
    const filter = { status: 'done', from: '2010', sort: 'title', direction: 'asc' } as const;
    const done = report(ctx, { report: 'actions', filter }).data;
    const page = listActions(db, { ...filter, limit: 1000 });
    expect(done.rows).toHaveLength(page.total);
    expect(done.rows.slice(0, 1000).map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
    // A French report sorts countries by their French names, as the French register does.
    const agreements = report(
      ctx,
      { report: 'agreements', filter: { status: 'active', sort: 'country', direction: 'asc' } },
      'fr',
    ).data;
    expect(agreements.rows.map((r) => r.id)).toEqual(
      listAgreements(db, {
        status: 'active',
        sort: 'country',
        direction: 'asc',
        lang: 'fr',
        limit: 1000,
      }).rows.map((r) => r.id),
    );
  });
});
