import type Database from 'better-sqlite3';

/**
 * The reports' figures computed by hand in raw better-sqlite3 SQL: GROUP BYs for the counts and
 * budgets, plain SELECTs for the rows a report lists (its actions, notes and agreements). The
 * baseline does the same work as the app's report data, written as directly as SQL allows.
 */

/** A scope of actions as a WHERE clause over `actions x` (and its parameters). */
export interface RawScope {
  where: string;
  params: Record<string, unknown>;
}

export const periodScope = (first: string, last: string): RawScope => ({
  where: 'WHERE x.start_day <= @last AND x.end_day >= @first',
  params: { first, last },
});
export const cityScope = (cityId: string): RawScope => ({
  where: 'WHERE x.agreement_id IN (SELECT id FROM agreements WHERE city_id = @cityId)',
  params: { cityId },
});
export const themeScope = (themeId: string): RawScope => ({
  where: 'WHERE x.id IN (SELECT action_id FROM action_themes WHERE theme_id = @themeId)',
  params: { themeId },
});
export const allScope: RawScope = { where: '', params: {} };

/** The counts, budgets, listed rows and notes of a scope of actions. */
export function rawBreakdownRowsNotes(db: Database.Database, s: RawScope) {
  const all = (sql: string) => db.prepare(sql).raw().all(s.params);
  return {
    byStatusKind: all(`SELECT x.status, x.kind, count(*) FROM actions x ${s.where} GROUP BY x.status, x.kind`),
    byTheme: all(
      `SELECT t.theme_id, count(*) FROM actions x JOIN action_themes t ON t.action_id = x.id ${s.where} GROUP BY t.theme_id`,
    ),
    byPartner: all(
      `SELECT a.city_id, count(*), sum(x.status = 'done') FROM actions x JOIN agreements a ON a.id = x.agreement_id ${s.where} GROUP BY a.city_id`,
    ),
    budgets: all(
      `SELECT currency, sum(planned), sum(spent), count(DISTINCT id) FROM (
         SELECT x.id, x.budget_planned_currency AS currency, x.budget_planned_minor AS planned, 0 AS spent FROM actions x ${s.where}
         ${s.where ? 'AND' : 'WHERE'} x.budget_planned_currency IS NOT NULL
         UNION ALL
         SELECT x.id, x.budget_spent_currency, 0, x.budget_spent_minor FROM actions x ${s.where}
         ${s.where ? 'AND' : 'WHERE'} x.budget_spent_currency IS NOT NULL)
       GROUP BY currency`,
    ),
    rows: all(
      `SELECT x.id, x.agreement_id, a.city_id, c.name_fr, c.name_en, c.country, x.title, x.kind, x.status,
              x.start_on, x.end_on, x.follow_up_on, x.place, x.lead_department,
              x.budget_planned_minor, x.budget_planned_currency, x.budget_spent_minor, x.budget_spent_currency,
              x.created_at, x.updated_at,
              (SELECT group_concat(theme_id) FROM action_themes WHERE action_id = x.id)
       FROM actions x JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id
       ${s.where} ORDER BY x.start_on, x.rowid`,
    ),
    notes: all(
      `SELECT x.id, x.title, x.outcomes, x.resident_benefits, x.notes FROM actions x ${s.where}
       ${s.where ? 'AND' : 'WHERE'} (x.outcomes <> '' OR x.resident_benefits <> '' OR x.notes <> '')
       ORDER BY x.start_day, x.title_key, x.rowid`,
    ),
  };
}

/** Agreements signed between two years, with their partner. */
export function rawAgreementsSigned(db: Database.Database, fromYear: number, toYear: number) {
  return db
    .prepare(
      `SELECT a.id, a.city_id, c.name_fr, c.name_en, c.country, a.kind, a.exclusive, a.signed_on, a.status
       FROM agreements a JOIN cities c ON c.id = a.city_id WHERE a.signed_year BETWEEN ? AND ? ORDER BY a.signed_on`,
    )
    .raw()
    .all(fromYear, toYear);
}

/** Undated planned or ongoing actions (the annual report of the current year lists them). */
export function rawUndatedOpen(db: Database.Database) {
  return db
    .prepare(`SELECT x.id, x.title FROM actions x WHERE x.start_day IS NULL AND x.status IN ('planned', 'ongoing')`)
    .raw()
    .all();
}

/** Actions per partner city of a scope (the map), and the cities with an agreement. */
export function rawMap(db: Database.Database, s: RawScope) {
  return {
    counts: db
      .prepare(`SELECT a.city_id, count(*) FROM actions x JOIN agreements a ON a.id = x.agreement_id ${s.where} GROUP BY a.city_id`)
      .raw()
      .all(s.params),
    cities: db
      .prepare(
        'SELECT c.id, c.name_fr, c.name_en, c.country, c.latitude, c.longitude FROM cities c WHERE EXISTS (SELECT 1 FROM agreements a WHERE a.city_id = c.id)',
      )
      .raw()
      .all(),
  };
}

/** Active agreements without an action reaching `since` nor one planned or ongoing, with their last action. */
export function rawDormant(db: Database.Database, since: string) {
  return db
    .prepare(
      `SELECT a.id, (SELECT max(end_day) FROM actions WHERE agreement_id = a.id), (SELECT count(*) FROM actions WHERE agreement_id = a.id)
       FROM agreements a WHERE a.status = 'active' AND a.signed_on < @since
         AND NOT EXISTS (SELECT 1 FROM actions x WHERE x.agreement_id = a.id AND (x.status IN ('planned', 'ongoing') OR x.end_day >= @since))`,
    )
    .raw()
    .all({ since });
}

/** Signatures per year (the timeline's chart) and the agreements it lists. */
export function rawTimeline(db: Database.Database) {
  return {
    perYear: db.prepare('SELECT signed_year, count(*) FROM agreements GROUP BY signed_year').raw().all(),
    agreements: rawAgreementsSigned(db, 1000, 9999),
  };
}
