import type Database from 'better-sqlite3';
import { ACTION_KINDS, ACTION_STATUSES } from '../../shared/domain/enums';
import { searchKey } from '../../shared/domain/text';
import type { ActionBreakdown, ActionNote, AgreementBrief, BudgetRow, PartnerCount, PeriodData, ThemeCount } from '../../shared/reports/data';
import { actionListSchema, type ActionListFilter, type ActionRow } from '../../shared/schemas/actions';
import type { AgreementListFilter, AgreementRow } from '../../shared/schemas/agreements';
import { listAgreements } from '../services/agreements/agreements';
import { SELECT_ACTION_ROW, actionRowIdsInOrder, actionRowsOf, actionWhere, toActionRow, type StoredActionRow } from '../services/actions/list';
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
export function scopedActions(scope: ActionScope): { with: string; from: string; params: Record<string, unknown> } {
  const where = actionWhere(actionListSchema.parse(scopeFilter(scope)));
  if (!where.sql) return { with: '', from: 'actions x', params: where.params };
  return {
    with: `WITH scope AS MATERIALIZED (SELECT x.rowid AS rid FROM actions x ${where.sql})`,
    from: 'scope CROSS JOIN actions x ON x.rowid = scope.rid',
    params: where.params,
  };
}

const JOIN_CITY = 'JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id';

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

/** The actions of a scope, oldest first (undated first, as the list sorts them). */
export function actionsOf(db: Database.Database, scope: ActionScope): ActionRow[] {
  return allActions(db, { ...scopeFilter(scope), sort: 'startOn', direction: 'asc' });
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * Counts of a scope's actions by status, kind, theme and partner, and its budgets by currency,
 * from the rows the report lists anyway: one read of the scope serves its table and its
 * counts, so the two cannot disagree. Amounts are summed per currency, never across.
 */
export function breakdownOf(rows: ActionRow[]): ActionBreakdown {
  const byStatus = zeros(ACTION_STATUSES);
  const byKind = zeros(ACTION_KINDS);
  const themes = new Map<string, ThemeCount>();
  const partners = new Map<string, PartnerCount>();
  const budgets = new Map<string, BudgetRow & { ids: Set<string> }>();
  const budget = (currency: string) => {
    let row = budgets.get(currency);
    if (!row) budgets.set(currency, (row = { currency, plannedMinor: 0, spentMinor: 0, actions: 0, ids: new Set() }));
    return row;
  };
  for (const row of rows) {
    byStatus[row.status] += 1;
    if (row.kind in byKind) byKind[row.kind] += 1;
    for (const theme of row.themes) {
      const entry = themes.get(theme.id) ?? { ...theme, count: 0 };
      entry.count += 1;
      themes.set(theme.id, entry);
    }
    let partner = partners.get(row.cityId);
    if (!partner) {
      partner = { cityId: row.cityId, cityName: row.cityName, country: row.country, total: 0, byStatus: zeros(ACTION_STATUSES) };
      partners.set(row.cityId, partner);
    }
    partner.total += 1;
    partner.byStatus[row.status] += 1;
    if (row.budgetPlanned) {
      const b = budget(row.budgetPlanned.currency);
      b.plannedMinor += row.budgetPlanned.amountMinor;
      b.ids.add(row.id);
    }
    if (row.budgetSpent) {
      const b = budget(row.budgetSpent.currency);
      b.spentMinor += row.budgetSpent.amountMinor;
      b.ids.add(row.id);
    }
  }
  const key = new Map([...partners.values()].map((p) => [p.cityId, searchKey(p.cityName)]));
  return {
    total: rows.length,
    byStatus,
    byKind,
    byTheme: [...themes.values()].sort((l, r) => r.count - l.count || (l.labelEn < r.labelEn ? -1 : l.labelEn > r.labelEn ? 1 : 0)),
    byPartner: [...partners.values()].sort(
      (l, r) => r.total - l.total || (key.get(l.cityId)! < key.get(r.cityId)! ? -1 : key.get(l.cityId)! > key.get(r.cityId)! ? 1 : 0),
    ),
    budgets: [...budgets.values()]
      .map(({ ids, ...row }) => ({ ...row, actions: ids.size }))
      .sort((l, r) => (l.currency < r.currency ? -1 : 1)),
  };
}

/** The written outcomes, benefits for residents and notes of a scope's actions, oldest first. */
export function notesOf(db: Database.Database, scope: ActionScope): ActionNote[] {
  const w = scopedActions(scope);
  return db
    .prepare(
      `${w.with} SELECT x.id AS actionId, x.title, ${CITY_NAME} AS cityName, c.country, x.status, x.start_on AS startOn,
              x.end_on AS endOn, x.outcomes, x.resident_benefits AS residentBenefits, x.notes
       FROM ${w.from} ${JOIN_CITY} WHERE x.outcomes <> '' OR x.resident_benefits <> '' OR x.notes <> ''
       ORDER BY x.start_day, x.title_key, x.rowid`,
    )
    .all(w.params) as ActionNote[];
}

/** Planned or ongoing actions without dates, which no period holds (through actions_start_day). */
export function undatedOpen(db: Database.Database): ActionRow[] {
  return (
    db
      .prepare(`${SELECT_ACTION_ROW} WHERE x.start_day IS NULL AND x.status IN ('planned', 'ongoing') ORDER BY x.title_key, x.rowid`)
      .all() as StoredActionRow[]
  ).map(toActionRow);
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
