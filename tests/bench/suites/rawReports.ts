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

/** Rows of a long table (notes) a report screen shows; its export reads the rest page by page. */
const SHOWN = 100;

/**
 * The figures, first rows and notes of a scope of actions, as the report computes them: one
 * GROUP BY by agreement, status, kind and budget currencies (every figure but the themes), the
 * themes' GROUP BY, the first rows of the actions and notes in the report's order, the number
 * of notes. The same GROUP BYs, so the ratio measures the app's overhead, not a different plan.
 */
export function rawBreakdownRowsNotes(db: Database.Database, s: RawScope, order = 'x.start_day, x.end_day, x.rowid') {
  const all = (sql: string) => db.prepare(sql).raw().all(s.params);
  const and = s.where ? 'AND' : 'WHERE';
  return {
    groups: all(
      `SELECT x.agreement_id, x.status, x.kind, x.budget_planned_currency, x.budget_spent_currency,
              count(*), sum(x.budget_planned_minor), sum(x.budget_spent_minor)
       FROM actions x ${s.where} GROUP BY 1, 2, 3, 4, 5`,
    ),
    byTheme: all(
      s.where
        ? `SELECT t.theme_id, count(*) FROM actions x JOIN action_themes t ON t.action_id = x.id ${s.where} GROUP BY t.theme_id`
        : 'SELECT theme_id, count(*) FROM action_themes GROUP BY theme_id',
    ),
    partners: all('SELECT a.id, a.city_id, c.name_fr, c.name_en, c.country FROM agreements a JOIN cities c ON c.id = a.city_id'),
    rows: all(
      `SELECT x.id, x.agreement_id, a.city_id, c.name_fr, c.name_en, c.country, x.title, x.kind, x.status,
              x.start_on, x.end_on, x.follow_up_on, x.place, x.lead_department,
              x.budget_planned_minor, x.budget_planned_currency, x.budget_spent_minor, x.budget_spent_currency,
              x.created_at, x.updated_at,
              (SELECT group_concat(theme_id) FROM action_themes WHERE action_id = x.id)
       FROM actions x JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id
       ${s.where} ORDER BY ${order} LIMIT ${SHOWN}`,
    ),
    notes: all(
      `SELECT x.id, x.title, x.outcomes, x.resident_benefits, x.notes FROM actions x ${s.where}
       ${and} (x.outcomes <> '' OR x.resident_benefits <> '' OR x.notes <> '')
       ORDER BY x.start_day, x.title_key, x.rowid LIMIT ${SHOWN}`,
    ),
    noteCount: all(
      `SELECT count(*) FROM actions x ${s.where} ${and} (x.outcomes <> '' OR x.resident_benefits <> '' OR x.notes <> '')`,
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

/**
 * The round anniversaries falling in `year`, by hand: the rule (5, every 10, 25 and 75 years)
 * applied in SQL over the signature years, each anniversary's date (29 February on 28 February
 * in a common year), soonest first then by partner — the rows the anniversaries report lists.
 */
export function rawAnniversaries(db: Database.Database, year: number) {
  return db
    .prepare(
      `SELECT a.id, a.city_id, c.name_fr, c.name_en, c.country, a.kind, a.exclusive, a.signed_on, a.status,
              CAST(@year AS INTEGER) - a.signed_year AS years,
              CASE WHEN substr(a.signed_on, 6) = '02-29' AND NOT (@year % 4 = 0 AND (@year % 100 <> 0 OR @year % 400 = 0))
                   THEN printf('%04d-02-28', @year) ELSE printf('%04d', @year) || substr(a.signed_on, 5) END AS date
       FROM agreements a JOIN cities c ON c.id = a.city_id
       WHERE a.signed_year BETWEEN 1000 AND @year - 1
         AND ((@year - a.signed_year) % 10 = 0 OR @year - a.signed_year IN (5, 25, 75))
       ORDER BY substr(a.signed_on, 5), c.name_en`,
    )
    .raw()
    .all({ year });
}

/** Undated planned or ongoing actions (the annual report of the current year lists the first ones and counts them). */
export function rawUndatedOpen(db: Database.Database) {
  const where = "WHERE x.start_day IS NULL AND x.status IN ('planned', 'ongoing')";
  return {
    rows: db.prepare(`SELECT x.id, x.title FROM actions x ${where} ORDER BY x.title_key LIMIT ${SHOWN}`).raw().all(),
    count: db.prepare(`SELECT count(*) FROM actions x ${where}`).pluck().get(),
  };
}

/** Actions per partner city of a scope (the map), and the cities with an agreement. */
export function rawMap(db: Database.Database, s: RawScope) {
  return {
    counts: db
      .prepare(
        `SELECT a.city_id, count(*) FROM actions x JOIN agreements a ON a.id = x.agreement_id ${s.where} GROUP BY a.city_id`,
      )
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
    perYear: db
      .prepare('SELECT signed_year, count(*) FROM agreements GROUP BY signed_year')
      .raw()
      .all(),
    agreements: rawAgreementsSigned(db, 1000, 9999),
  };
}

/**
 * A partner city's fact sheet as the partner report reads it, by hand: the city, its agreements
 * with their themes, versions and status changes, its contacts, its open follow-ups, the
 * number of its actions and documents.
 */
export function rawFactSheet(db: Database.Database, cityId: string) {
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).raw().all(...params);
  const agreements = all(
    'SELECT a.id, a.kind, a.signed_on, a.status, a.exclusive FROM agreements a WHERE a.city_id = ? ORDER BY a.signed_on',
    cityId,
  ) as [string, ...unknown[]][];
  return {
    city: all('SELECT * FROM cities WHERE id = ?', cityId),
    agreements: agreements.map(([id]) => [
      all('SELECT t.id, t.code, t.label_en, t.label_fr FROM agreement_themes l JOIN themes t ON t.id = l.theme_id WHERE l.agreement_id = ?', id),
      all('SELECT * FROM agreement_versions WHERE agreement_id = ?', id),
      all("SELECT * FROM audit_log WHERE entity_id = ? AND json_type(changes, '$.status') IS NOT NULL ORDER BY created_at, rowid", id),
      all('SELECT count(*) FROM actions WHERE agreement_id = ?', id),
    ]),
    contacts: all(
      `SELECT k.id, k.name, k.role, k.organisation, k.side FROM contacts k WHERE k.id IN (
         SELECT contact_id FROM contact_cities WHERE city_id = @id
         UNION SELECT l.contact_id FROM agreement_contacts l JOIN agreements a ON a.id = l.agreement_id WHERE a.city_id = @id
         UNION SELECT l.contact_id FROM action_contacts l JOIN actions x ON x.id = l.action_id JOIN agreements a ON a.id = x.agreement_id WHERE a.city_id = @id)`,
      { id: cityId },
    ),
    followUps: all(
      `SELECT x.id, x.title, x.follow_up_on FROM actions x WHERE x.agreement_id IN (SELECT id FROM agreements WHERE city_id = ?)
         AND x.follow_up_on IS NOT NULL AND x.status IN ('planned', 'ongoing') ORDER BY x.follow_up_on LIMIT 100`,
      cityId,
    ),
    actions: all('SELECT count(*) FROM actions x WHERE x.agreement_id IN (SELECT id FROM agreements WHERE city_id = ?)', cityId),
  };
}
