import type Database from 'better-sqlite3';
import { ACTION_KINDS, ACTION_STATUSES } from '../../shared/domain/enums';
import { searchKey } from '../../shared/domain/text';
import type { ActionBreakdown, ActionNote, AgreementBrief, BudgetRow, PartnerCount, PeriodData, ThemeCount } from '../../shared/reports/data';
import { actionListSchema, type ActionListFilter, type ActionRow } from '../../shared/schemas/actions';
import type { AgreementListFilter, AgreementRow } from '../../shared/schemas/agreements';
import { listAgreements } from '../services/agreements/agreements';
import {
  SELECT_ACTION_ROW,
  ACTION_OWN_COLUMNS,
  actionOrder,
  actionRowIdsInOrder,
  actionRowsOf,
  actionWhere,
  attachThemes,
  rawActionRow,
  type RawActionRow,
  toActionRow,
  type StoredActionRow,
} from '../services/actions/list';
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

/** What a report lists of a scope: its actions in the list's order (oldest first), and their written notes. */
export interface ScopeRead {
  actions: ActionRow[];
  notes: ActionNote[];
}

/** A raw list row (`RawActionRow`) followed by what the notes need and the rowid. */
type ScopeRow = [...RawActionRow, outcomes: string, residentBenefits: string, notes: string, startDay: string | null, titleKey: string, rid: number];
const OUTCOMES = 19;
const BENEFITS = 20;
const NOTES = 21;
const START_DAY = 22;
const TITLE_KEY = 23;
const RID = 24;

/**
 * A scope's actions and notes in one read of the actions table. The list's order comes from
 * its index (rowids only); the rows are read as arrays in whatever order the scope's index or
 * the table gives and put in place by rowid, so SQLite never sorts wide rows; each agreement's
 * partner (1,000 agreements, names in the reader's language) is looked up once, not once per
 * action; the theme links of the whole scope come in one query. The notes are the same rows'
 * written texts, in their own order (first day, title, rowid). Gives exactly what the actions
 * list pages through for the scope's filter sorted by start, and no second read for the notes.
 */
export function actionsAndNotesOf(db: Database.Database, scope: ActionScope): ScopeRead {
  const f = actionListSchema.parse({ ...scopeFilter(scope), sort: 'startOn', direction: 'asc' });
  const where = actionWhere(f);
  const order = db.prepare(`SELECT x.rowid FROM actions x ${where.sql} ORDER BY ${actionOrder(f)}`).pluck().all(where.params) as number[];
  const partners = new Map(
    (
      db
        .prepare(`SELECT a.id, a.city_id, ${CITY_NAME}, c.country FROM agreements a JOIN cities c ON c.id = a.city_id`)
        .raw()
        .all() as [string, string, string, string][]
    ).map(([id, ...partner]) => [id, partner]),
  );
  const stored = new Array<ScopeRow>(order.length);
  const position = new Map(order.map((rid, i) => [rid, i]));
  const read = db
    .prepare(
      `SELECT x.id, x.agreement_id, NULL, NULL, NULL, ${ACTION_OWN_COLUMNS},
              x.outcomes, x.resident_benefits, x.notes, x.start_day, x.title_key, x.rowid
       FROM actions x ${where.sql}`,
    )
    .raw();
  for (const row of read.all(where.params) as ScopeRow[]) {
    [row[2], row[3], row[4]] = partners.get(row[1])!;
    stored[position.get(row[RID])!] = row;
  }
  const links = db
    .prepare(
      where.sql
        ? `SELECT at.action_id, at.theme_id FROM action_themes at WHERE at.action_id IN (SELECT x.id FROM actions x ${where.sql})`
        : 'SELECT action_id, theme_id FROM action_themes',
    )
    .raw()
    .all(where.params) as [string, string][];
  const actions = attachThemes(db, stored.map((row) => rawActionRow(row)), links);
  const written = stored.filter((row) => row[OUTCOMES] !== '' || row[BENEFITS] !== '' || row[NOTES] !== '');
  written.sort(
    (l, r) => compareNullsFirst(l[START_DAY], r[START_DAY]) || (l[TITLE_KEY] < r[TITLE_KEY] ? -1 : l[TITLE_KEY] > r[TITLE_KEY] ? 1 : 0) || l[RID] - r[RID],
  );
  const notes = written.map((r) => ({
    actionId: r[0],
    title: r[5],
    cityName: r[3],
    country: r[4],
    status: r[7],
    startOn: r[8],
    endOn: r[9],
    outcomes: r[OUTCOMES],
    residentBenefits: r[BENEFITS],
    notes: r[NOTES],
  }));
  return { actions, notes };
}
/** SQLite's ascending order of two nullable texts (NULL first, then by code point as BINARY compares UTF-8). */
function compareNullsFirst(l: string | null, r: string | null): number {
  if (l === r) return 0;
  if (l === null) return -1;
  if (r === null) return 1;
  return l < r ? -1 : 1;
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
