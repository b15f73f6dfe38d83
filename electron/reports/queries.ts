import type Database from 'better-sqlite3';
import { ACTION_KINDS, ACTION_STATUSES, type ActionKind, type ActionStatus } from '../../shared/domain/enums';
import { searchKey } from '../../shared/domain/text';
import type { ActionBreakdown, ActionNote, AgreementBrief, BudgetRow, PartnerCount, PeriodData, ThemeCount } from '../../shared/reports/data';
import { actionListSchema, type ActionListFilter, type ActionRow, type ThemeRef } from '../../shared/schemas/actions';
import type { AgreementListFilter, AgreementRow } from '../../shared/schemas/agreements';
import { listAgreements } from '../services/agreements/agreements';
import { actionOrder, actionRowIdsInOrder, actionRowsOf, actionWhere } from '../services/actions/list';
import { periodFilter } from './period';
import { CITY_NAME } from '../db/functions';

/**
 * The queries the reports share. A report's actions are named by a scope (a period, a partner
 * city, a theme) that goes through the actions list's own WHERE clause, so a report counts
 * exactly the actions the list shows for the same filters, through the same indexes.
 */

export interface ActionScope {
  /** Actions whose [start_day, end_day] overlaps it; null or absent: all actions, undated ones too. */
  period?: PeriodData | null;
  cityId?: string;
  themeId?: string;
}

/** Rows read per page when a report takes every row of a list. */
export const PAGE_SIZE = 1000;

function scopeFilter(scope: ActionScope): ActionListFilter {
  return {
    ...periodFilter(scope.period ?? null),
    ...(scope.cityId ? { cityId: scope.cityId } : {}),
    ...(scope.themeId ? { themeId: scope.themeId } : {}),
  };
}

/**
 * The scope's actions as a FROM clause. With a filter, the matching rowids are found first
 * (through the date-range, city or theme index) and only those rows are read: left alone, the
 * planner prefers walking a GROUP BY's index (actions_status, themes…) over the whole table.
 */
export function scopedActions(
  scope: ActionScope,
  /** A condition of its own over `actions x`, added to the scope's. */
  also = '',
): { with: string; from: string; params: Record<string, unknown> } {
  const where = actionWhere(actionListSchema.parse(scopeFilter(scope)));
  const sql = also ? (where.sql ? `${where.sql} AND (${also})` : `WHERE ${also}`) : where.sql;
  if (!sql) return { with: '', from: 'actions x', params: where.params };
  return {
    with: `WITH scope AS MATERIALIZED (SELECT x.rowid AS rid FROM actions x ${sql})`,
    from: 'scope CROSS JOIN actions x ON x.rowid = scope.rid',
    params: where.params,
  };
}

/**
 * Every row of the actions list for `filter`, in its order: the ordered ids in one query, then
 * the rows chunk by chunk (paging with OFFSET would sort the matches again for every page).
 */
export function allActions(db: Database.Database, filter: ActionListFilter): ActionRow[] {
  const ids = actionRowIdsInOrder(db, filter);
  const rows: ActionRow[] = [];
  for (let start = 0; start < ids.length; start += PAGE_SIZE) {
    for (const row of actionRowsOf(db, ids.slice(start, start + PAGE_SIZE))) rows.push(row);
  }
  return rows;
}

/** Every row of the register for `filter`, read page by page. */
export function allAgreements(db: Database.Database, filter: AgreementListFilter): AgreementRow[] {
  const rows: AgreementRow[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = listAgreements(db, { ...filter, limit: PAGE_SIZE, offset }).rows;
    rows.push(...page);
    if (page.length < PAGE_SIZE) return rows;
  }
}

/**
 * What a report lists of a scope, as SQL naming the rowids of its rows in order: the first
 * page is read for the screen (`LIMIT`), every row page by page for an export.
 */
export interface Listing {
  /** `SELECT x.rowid FROM actions x … ORDER BY …` */
  sql: string;
  params: Record<string, unknown>;
}

/** The first `limit` rowids of a listing. */
export function firstRowids(db: Database.Database, listing: Listing, limit: number): number[] {
  return db.prepare(`${listing.sql} LIMIT @screenLimit`).pluck().all({ ...listing.params, screenLimit: limit }) as number[];
}

/** How many rows a listing has. */
export function listingCount(db: Database.Database, listing: Listing): number {
  return db.prepare(`SELECT count(*) FROM (${listing.sql})`).pluck().get(listing.params) as number;
}

/** Every rowid of a listing, in order (100,000 integers at most: the rows are read later). */
export function allRowids(db: Database.Database, listing: Listing): number[] {
  return db.prepare(listing.sql).pluck().all(listing.params) as number[];
}

/** A scope's actions in the actions list's order sorted by start (oldest first), through its indexes. */
export function actionsListing(scope: ActionScope): Listing {
  const f = actionListSchema.parse({ ...scopeFilter(scope), sort: 'startOn', direction: 'asc' });
  const where = actionWhere(f);
  return { sql: `SELECT x.rowid FROM actions x ${where.sql} ORDER BY ${actionOrder(f)}`, params: where.params };
}

/** Planned or ongoing actions without dates, which no period holds (through actions_start_day). */
export const undatedOpenListing: Listing = {
  sql: "SELECT x.rowid FROM actions x WHERE x.start_day IS NULL AND x.status IN ('planned', 'ongoing') ORDER BY x.title_key, x.rowid",
  params: {},
};

/** An action with something written: outcomes, benefits for residents or notes (texts are stored trimmed). */
const WRITTEN = "(x.outcomes <> '' OR x.resident_benefits <> '' OR x.notes <> '')";

/** The scope's actions with written notes, by first day, title and rowid. */
export function notesListing(scope: ActionScope): Listing {
  const where = actionWhere(actionListSchema.parse(scopeFilter(scope)));
  return {
    sql: `SELECT x.rowid FROM actions x ${where.sql ? `${where.sql} AND` : 'WHERE'} ${WRITTEN} ORDER BY x.start_day, x.title_key, x.rowid`,
    params: where.params,
  };
}

/** How many of a scope's actions have written notes, and how many paragraphs they make. */
export function noteCounts(db: Database.Database, scope: ActionScope): { entries: number; paragraphs: number } {
  return scopeFigures(db, scope).notes;
}

/** The notes of the actions whose rowids are given, in that order. */
export function notesOf(db: Database.Database, rowids: readonly number[]): ActionNote[] {
  const rows = db
    .prepare(
      `SELECT x.id, x.title, ${CITY_NAME}, c.country, x.status, x.start_on, x.end_on, x.outcomes, x.resident_benefits, x.notes
       FROM json_each(@ids) j CROSS JOIN actions x ON x.rowid = j.value
       JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id
       ORDER BY j.key`,
    )
    .raw()
    .all({ ids: JSON.stringify(rowids) }) as [string, string, string, string, ActionNote['status'], string | null, string | null, string, string, string][];
  return rows.map(([actionId, title, cityName, country, status, startOn, endOn, outcomes, residentBenefits, notes]) => ({
    actionId,
    title,
    cityName,
    country,
    status,
    startOn,
    endOn,
    outcomes,
    residentBenefits,
    notes,
  }));
}

/** The list rows of a listing: its first `limit`, or all of them read a chunk at a time. */
export function actionRowsOfListing(db: Database.Database, listing: Listing, limit: number | 'all'): ActionRow[] {
  const ids = limit === 'all' ? allRowids(db, listing) : firstRowids(db, listing, limit);
  const rows: ActionRow[] = [];
  for (let start = 0; start < ids.length; start += PAGE_SIZE) {
    for (const row of actionRowsOf(db, ids.slice(start, start + PAGE_SIZE))) rows.push(row);
  }
  return rows;
}

/** The notes of a listing: its first `limit`, or all of them read a chunk at a time. */
export function notesOfListing(db: Database.Database, listing: Listing, limit: number | 'all'): ActionNote[] {
  const ids = limit === 'all' ? allRowids(db, listing) : firstRowids(db, listing, limit);
  const notes: ActionNote[] = [];
  for (let start = 0; start < ids.length; start += PAGE_SIZE) {
    for (const note of notesOf(db, ids.slice(start, start + PAGE_SIZE))) notes.push(note);
  }
  return notes;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** One group of a scope's actions: its agreement, status, kind and budget currencies, counted and summed. */
type FigureGroup = [
  agreementId: string,
  status: ActionStatus,
  kind: string,
  plannedCurrency: string | null,
  spentCurrency: string | null,
  count: number,
  plannedMinor: number | null,
  spentMinor: number | null,
  written: number,
  paragraphs: number,
];

/** A scope's figures: its breakdown, and how many of its actions have written notes (and paragraphs). */
export interface ScopeFigures {
  breakdown: ActionBreakdown;
  notes: { entries: number; paragraphs: number };
}

/** An action that no period holds: without a first or a last day. */
const UNDATED = 'x.start_day IS NULL OR x.end_day IS NULL';

/**
 * True when a period holds every dated action (the annual report "all years"): the latest first
 * day and the earliest last day are read from their indexes.
 */
function holdsEveryDated(db: Database.Database, period: PeriodData): boolean {
  const [latestStart, earliestEnd] = db.prepare('SELECT max(start_day), min(end_day) FROM actions').raw().get() as [string | null, string | null];
  return (latestStart === null || latestStart <= period.last) && (earliestEnd === null || earliestEnd >= period.first);
}

/**
 * Counts of a scope's actions by status, kind, theme and partner, its budgets by currency and
 * its written notes, aggregated in SQL: one GROUP BY over the scope (by agreement, status, kind
 * and currencies: a few thousand groups for 100,000 actions) gives every figure but the themes,
 * which come from their links' covering index. The groups are folded here: an agreement's
 * partner is looked up once, not once per action. Amounts are summed per currency, never across.
 * A period that holds every dated action only leaves the undated ones out: its figures are the
 * scope's without the period (a plain pass over the table, the themes' index alone) less those
 * of its few undated actions, rather than 100,000 lookups by rowid.
 */
export function scopeFigures(db: Database.Database, scope: ActionScope): ScopeFigures {
  const parts: [ActionScope, number, string][] =
    scope.period && holdsEveryDated(db, scope.period)
      ? [
          [{ ...scope, period: null }, 1, ''],
          [{ ...scope, period: null }, -1, UNDATED],
        ]
      : [[scope, 1, '']];
  const groups: [FigureGroup, number][] = [];
  const themeCounts = new Map<string, number>();
  for (const [part, sign, also] of parts) {
    const w = scopedActions(part, also);
    const rows = db
      .prepare(
        `${w.with} SELECT x.agreement_id, x.status, x.kind, x.budget_planned_currency, x.budget_spent_currency,
                count(*), sum(x.budget_planned_minor), sum(x.budget_spent_minor),
                sum(${WRITTEN}), sum((x.outcomes <> '') + (x.resident_benefits <> '') + (x.notes <> ''))
         FROM ${w.from} GROUP BY 1, 2, 3, 4, 5`,
      )
      .raw()
      .all(w.params) as FigureGroup[];
    for (const row of rows) groups.push([row, sign]);
    const themes = db
      .prepare(
        w.with
          ? `${w.with} SELECT at.theme_id, count(*) FROM ${w.from} CROSS JOIN action_themes at ON at.action_id = x.id GROUP BY 1`
          : 'SELECT theme_id, count(*) FROM action_themes GROUP BY 1',
      )
      .raw()
      .all(w.params) as [string, number][];
    for (const [id, count] of themes) themeCounts.set(id, (themeCounts.get(id) ?? 0) + sign * count);
  }
  return fold(db, groups, themeCounts);
}

/** The figures of signed groups (`-1`: groups taken away) and theme counts. */
function fold(db: Database.Database, groups: [FigureGroup, number][], themeCounts: Map<string, number>): ScopeFigures {
  const themes = new Map((db.prepare('SELECT id, code, label_en AS labelEn, label_fr AS labelFr FROM themes').all() as ThemeRef[]).map((t) => [t.id, t]));
  const partnerOf = agreementPartners(db);
  let total = 0;
  const notes = { entries: 0, paragraphs: 0 };
  const byStatus = zeros(ACTION_STATUSES);
  const byKind = zeros(ACTION_KINDS);
  const partners = new Map<string, PartnerCount>();
  const budgets = new Map<string, BudgetRow>();
  const budget = (currency: string) => {
    let row = budgets.get(currency);
    if (!row) budgets.set(currency, (row = { currency, plannedMinor: 0, spentMinor: 0, actions: 0 }));
    return row;
  };
  for (const [[agreementId, status, kind, plannedCurrency, spentCurrency, n, plannedMinor, spentMinor, written, paragraphs], sign] of groups) {
    const count = sign * n;
    total += count;
    notes.entries += sign * written;
    notes.paragraphs += sign * paragraphs;
    byStatus[status] += count;
    if (kind in byKind) byKind[kind as ActionKind] += count;
    const [cityId, cityName, country] = partnerOf.get(agreementId)!;
    let partner = partners.get(cityId);
    if (!partner) partners.set(cityId, (partner = { cityId, cityName, country, total: 0, byStatus: zeros(ACTION_STATUSES) }));
    partner.total += count;
    partner.byStatus[status] += count;
    if (plannedCurrency !== null) {
      const b = budget(plannedCurrency);
      b.plannedMinor += sign * (plannedMinor ?? 0);
      b.actions += count;
    }
    if (spentCurrency !== null) {
      const b = budget(spentCurrency);
      b.spentMinor += sign * (spentMinor ?? 0);
      // An action with both amounts in one currency counts once.
      if (spentCurrency !== plannedCurrency) b.actions += count;
    }
  }
  // Groups taken away may leave a partner, a theme or a currency at nothing: it is not in the scope.
  const byTheme = [...themeCounts].filter(([, count]) => count > 0).map(([id, count]): ThemeCount => ({ ...themes.get(id)!, count }));
  const byPartner = [...partners.values()].filter((p) => p.total > 0);
  const key = new Map(byPartner.map((p) => [p.cityId, searchKey(p.cityName)]));
  return {
    notes,
    breakdown: {
      total,
      byStatus,
      byKind,
      byTheme: byTheme.sort((l, r) => r.count - l.count || (l.labelEn < r.labelEn ? -1 : l.labelEn > r.labelEn ? 1 : 0)),
      byPartner: byPartner.sort(
        (l, r) => r.total - l.total || (key.get(l.cityId)! < key.get(r.cityId)! ? -1 : key.get(l.cityId)! > key.get(r.cityId)! ? 1 : 0),
      ),
      budgets: [...budgets.values()].filter((b) => b.actions > 0).sort((l, r) => (l.currency < r.currency ? -1 : 1)),
    },
  };
}

/** Each agreement's partner city: id, name in the reader's language, country (1,000 rows, read once). */
function agreementPartners(db: Database.Database): Map<string, [string, string, string]> {
  const rows = db
    .prepare(`SELECT a.id, a.city_id, ${CITY_NAME}, c.country FROM agreements a JOIN cities c ON c.id = a.city_id`)
    .raw()
    .all() as [string, string, string, string][];
  return new Map(rows.map(([id, ...partner]) => [id, partner]));
}

const SELECT_BRIEF = `
  SELECT a.id, a.city_id AS cityId, ${CITY_NAME} AS cityName, c.country, a.kind, a.exclusive,
         a.signed_on AS signedOn, a.status
  FROM agreements a JOIN cities c ON c.id = a.city_id`;

type StoredBrief = Omit<AgreementBrief, 'exclusive'> & { exclusive: number };
const toBrief = (row: StoredBrief): AgreementBrief => ({ ...row, exclusive: row.exclusive === 1 });

/** Which agreements a report lists. */
export type AgreementScope =
  | { signedYears: [number, number] }
  /** Signed in one of these years (the anniversaries' round years: an index lookup per year). */
  | { signedYearIn: number[] }
  | { themeId: string }
  | { cityId: string }
  | { status: 'active' }
  | { all: true };

/** Agreements of a scope, by signature date then partner. */
export function agreementsOf(db: Database.Database, scope: AgreementScope): AgreementBrief[] {
  let where = '';
  let params: unknown[] = [];
  if ('signedYears' in scope) {
    where = 'WHERE a.signed_year BETWEEN ? AND ?';
    params = scope.signedYears;
  } else if ('signedYearIn' in scope) {
    where = 'WHERE a.signed_year IN (SELECT value FROM json_each(?))';
    params = [JSON.stringify(scope.signedYearIn)];
  } else if ('themeId' in scope) {
    where = 'WHERE a.id IN (SELECT agreement_id FROM agreement_themes WHERE theme_id = ?)';
    params = [scope.themeId];
  } else if ('cityId' in scope) {
    where = 'WHERE a.city_id = ?';
    params = [scope.cityId];
  } else if ('status' in scope) {
    where = 'WHERE a.status = ?';
    params = [scope.status];
  }
  return (db.prepare(`${SELECT_BRIEF} ${where} ORDER BY a.signed_on, search_key(${CITY_NAME}), a.id`).all(...params) as StoredBrief[]).map(toBrief);
}

/** How many of a scope's actions each partner city has (cities without any are absent). */
export function actionCountsByCity(db: Database.Database, scope: ActionScope): Map<string, number> {
  const w = scopedActions(scope);
  const rows = db
    .prepare(`${w.with} SELECT a.city_id AS cityId, count(*) AS n FROM ${w.from} JOIN agreements a ON a.id = x.agreement_id GROUP BY a.city_id`)
    .all(w.params) as { cityId: string; n: number }[];
  return new Map(rows.map((row) => [row.cityId, row.n]));
}
