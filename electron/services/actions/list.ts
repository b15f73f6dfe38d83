import type Database from 'better-sqlite3';
import { dayRange } from '../../../shared/domain/partialDate';
import { checkDateRange } from '../../../shared/domain/trackingRules';
import {
  actionListSchema,
  type ActionFacets,
  type ActionListFilter,
  type ActionPage,
  type ActionRow,
  type ThemeRef,
} from '../../../shared/schemas/actions';
import { assertNoIssues } from '../../core/errors';
import { ACTIONS_MATCHING, COUNT_MATCHING, ftsQuery } from '../search/search';
import { CITY_NAME } from '../../db/functions';
import { fragment, where, type SqlFragment } from '../../db/sql';

/**
 * The actions list: every filter the screen offers has an index (see migration 0030), the
 * page and its total come from SQL, so 100,000 actions page as quickly as 100.
 */

/** A list row's columns from the action itself (all but its id, agreement, partner and themes), over `actions x`. */
export const ACTION_OWN_COLUMNS = `x.title, x.kind, x.status, x.start_on AS startOn, x.end_on AS endOn, x.follow_up_on AS followUpOn,
         x.place, x.lead_department AS leadDepartment,
         x.budget_planned_minor AS plannedMinor, x.budget_planned_currency AS plannedCurrency,
         x.budget_spent_minor AS spentMinor, x.budget_spent_currency AS spentCurrency,
         x.created_at AS createdAt, x.updated_at AS updatedAt`;

/** The columns of a list row but its themes, over `actions x`, `agreements a` and `cities c`. */
const ACTION_COLUMNS = `x.id, x.agreement_id AS agreementId, a.city_id AS cityId, ${CITY_NAME} AS cityName, c.country,
         ${ACTION_OWN_COLUMNS}`;

/**
 * A list row's SELECT over `from` (which names `actions x`), with `extra` columns after the
 * themes (the detail's): the agreement and the city are joined after it.
 */
export function selectActionRows(from = 'actions x', extra = ''): string {
  return `
  SELECT ${ACTION_COLUMNS},
         (SELECT json_group_array(json_object('id', t.id, 'code', t.code, 'labelEn', t.label_en, 'labelFr', t.label_fr))
            FROM action_themes at JOIN themes t ON t.id = at.theme_id WHERE at.action_id = x.id) AS themes${extra}
  FROM ${from} JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id`;
}

export const SELECT_ACTION_ROW = selectActionRows();

export type StoredActionRow = Omit<ActionRow, 'budgetPlanned' | 'budgetSpent' | 'themes'> & {
  plannedMinor: number | null;
  plannedCurrency: string | null;
  spentMinor: number | null;
  spentCurrency: string | null;
  themes: string;
};

export function toActionRow(row: StoredActionRow): ActionRow {
  const { plannedMinor, plannedCurrency, spentMinor, spentCurrency, themes, ...rest } = row;
  return {
    ...rest,
    budgetPlanned:
      plannedMinor === null || plannedCurrency === null
        ? null
        : { amountMinor: plannedMinor, currency: plannedCurrency },
    budgetSpent:
      spentMinor === null || spentCurrency === null
        ? null
        : { amountMinor: spentMinor, currency: spentCurrency },
    themes: (JSON.parse(themes) as ThemeRef[]).sort((l, r) => l.labelEn.localeCompare(r.labelEn)),
  };
}

/**
 * ORDER BY for each sort field; ties broken by rowid, which every index already orders by.
 * Start dates sort as written (the agreement, status, kind and department indexes end with
 * `start_on`, so those filters need no sort); with a date range they sort by the first day
 * they cover, which gives the same order and lets the range and the order share one index.
 */
const ORDER: Record<string, string[]> = {
  startOn: ['x.start_on'],
  startDay: ['x.start_day', 'x.end_day'],
  title: ['x.title_key'],
  status: ['x.status'],
  kind: ['x.kind'],
  updatedAt: ['x.updated_at'],
  followUpOn: ['x.follow_up_on'],
};

/**
 * Text matches from which the list no longer reads each matching action but walks its order
 * (or another filter's index) and keeps the actions that match: at 100,000 actions, reading
 * the 25,000 matches of a common word and sorting them took 18 ms of CPU, walking the order
 * until a page is full 4 ms; for a rare word reading its few matches is free where a walk
 * costs up to 4 ms. They cross near 6,000 matches.
 */
export const DENSE_TEXT_MATCHES = 5_000;

/** The FTS query of a filter's text, or null. */
function textQuery(f: ReturnType<typeof actionListSchema.parse>): string | null {
  return f.text === undefined ? null : ftsQuery(f.text);
}

/**
 * The WHERE clause and parameters of a filter (shared by the list, its total and the dashboard).
 * `textMatches`, when known, is how many actions the text matches: many, and the matches are
 * only checked, not read one by one (`DENSE_TEXT_MATCHES`).
 */
export function actionWhere(f: ReturnType<typeof actionListSchema.parse>, textMatches?: number): SqlFragment {
  assertNoIssues(checkDateRange(f.from, f.to), 'The date range is reversed');
  const fts = textQuery(f);
  // `+` keeps SQLite from reading the actions through the matches: it checks each one instead.
  const matched = textMatches !== undefined && textMatches >= DENSE_TEXT_MATCHES ? '+x.rowid' : 'x.rowid';
  return where(
    f.agreementId && fragment('x.agreement_id = @agreementId', { agreementId: f.agreementId }),
    f.cityId &&
      fragment('x.agreement_id IN (SELECT id FROM agreements WHERE city_id = @cityId)', { cityId: f.cityId }),
    f.themeId &&
      fragment('x.id IN (SELECT action_id FROM action_themes WHERE theme_id = @themeId)', { themeId: f.themeId }),
    f.kind && fragment('x.kind = @kind', { kind: f.kind }),
    f.status && fragment('x.status = @status', { status: f.status }),
    // Overlap: the action starts before the range ends and ends after it starts.
    f.to && fragment('x.start_day <= @toDay', { toDay: dayRange(f.to).last }),
    f.from && fragment('x.end_day >= @fromDay', { fromDay: dayRange(f.from).first }),
    f.department && fragment('x.lead_department = @department', { department: f.department }),
    f.followUpTo && fragment('x.follow_up_on <= @followUpTo', { followUpTo: f.followUpTo }),
    fts && fragment(`${matched} IN (${ACTIONS_MATCHING})`, { fts }),
  );
}

/** The list's ORDER BY for a parsed filter: a total order (ties end on the rowid). */
export function actionOrder(f: ReturnType<typeof actionListSchema.parse>): string {
  const direction = f.direction === 'asc' ? 'ASC' : 'DESC';
  // A date range alone walks actions_start_day in order; beside an equality filter, the
  // filter's own (…, start_on) index gives the order and the range is checked on the way.
  const equality = f.agreementId || f.cityId || f.themeId || f.kind || f.status || f.department;
  const sort = f.sort === 'startOn' && (f.from || f.to) && !equality ? 'startDay' : f.sort;
  return [...ORDER[sort]!, 'x.rowid'].map((column) => `${column} ${direction}`).join(', ');
}

/** True when a filter keeps actions by more than their text. */
function filtersBesideText(f: ReturnType<typeof actionListSchema.parse>): boolean {
  return actionWhere({ ...f, text: undefined }).sql.trim() !== '';
}

/** A window of the actions list, filtered and sorted, with the number of actions the filter keeps. */
export function listActions(db: Database.Database, filter: ActionListFilter = {}): ActionPage {
  const f = actionListSchema.parse(filter);
  const fts = textQuery(f);
  // FTS5 counts the matches alone (an entry per action, gone with it): with no other filter,
  // that is the total.
  const matches = fts ? (db.prepare(COUNT_MATCHING).pluck().get({ fts }) as number) : undefined;
  const where = actionWhere(f, matches);
  const total =
    matches !== undefined && !filtersBesideText(f)
      ? matches
      : (db.prepare(`SELECT count(*) FROM actions x ${where.sql}`).pluck().get(where.params) as number);
  const order = actionOrder(f);
  // The window is chosen on the actions table alone (through its indexes), then only its rows
  // are read, as arrays, and described: sorting thousands of matches never computes their themes.
  const rowids = db
    .prepare(`SELECT x.rowid FROM actions x ${where.sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...where.params, limit: f.limit, offset: f.offset }) as number[];
  return { rows: actionRowsOf(db, rowids), total };
}

/** What the filters can offer: the departments, currencies and funding sources in use. */
export function actionFacets(db: Database.Database): ActionFacets {
  const distinct = (sql: string) => db.prepare(sql).pluck().all() as string[];
  return {
    departments: distinct(
      "SELECT DISTINCT lead_department FROM actions WHERE lead_department <> '' ORDER BY 1",
    ),
    currencies: distinct(
      `SELECT budget_planned_currency FROM actions WHERE budget_planned_currency IS NOT NULL
       UNION SELECT budget_spent_currency FROM actions WHERE budget_spent_currency IS NOT NULL ORDER BY 1`,
    ),
    fundingSources: distinct(
      "SELECT DISTINCT funding_source FROM actions WHERE funding_source <> '' ORDER BY 1",
    ),
    total: db.prepare('SELECT count(*) FROM actions').pluck().get() as number,
  };
}

/**
 * Every row of the actions list, read in chunks (exports of 100,000 actions): first
 * `actionRowIdsInOrder` names every row the filter keeps, in the list's order, in one query;
 * then `actionRowsOf` reads the rows of each chunk of those ids. Between two chunks nothing is
 * held open, so the caller may yield to the event loop. Together they give exactly what
 * `listActions` pages through, without re-sorting the matches for every page.
 */
export function actionRowIdsInOrder(db: Database.Database, filter: Omit<ActionListFilter, 'limit' | 'offset'> = {}): number[] {
  const f = actionListSchema.parse(filter);
  const where = actionWhere(f);
  return db.prepare(`SELECT x.rowid FROM actions x ${where.sql} ORDER BY ${actionOrder(f)}`).pluck().all(where.params) as number[];
}

interface ChunkStatements {
  rows: Database.Statement;
  themeIds: Database.Statement;
  themes: Database.Statement;
}

/** The chunk statements of each connection, prepared once. */
const chunkStatements = new WeakMap<Database.Database, ChunkStatements>();

function statementsOf(db: Database.Database): ChunkStatements {
  let statements = chunkStatements.get(db);
  if (!statements) {
    // CROSS JOIN keeps json_each outermost: each id is one rowid lookup, in the order given.
    statements = {
      rows: db.prepare(
        `SELECT ${ACTION_COLUMNS}
         FROM json_each(@ids) j CROSS JOIN actions x ON x.rowid = j.value
         JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id
         ORDER BY j.key`,
      ).raw(),
      // One query for the whole chunk's theme links, each action's in its primary-key order
      // (the order the per-row subquery reads them in); the labels come from the few themes.
      themeIds: db
        .prepare('SELECT at.action_id, at.theme_id FROM json_each(@ids) j CROSS JOIN action_themes at ON at.action_id = j.value')
        .raw(),
      themes: db.prepare('SELECT id, code, label_en AS labelEn, label_fr AS labelFr FROM themes'),
    };
    chunkStatements.set(db, statements);
  }
  return statements;
}

/**
 * The list rows of the actions whose rowids are given (from `actionRowIdsInOrder`), in that
 * order, with their themes: three queries whatever the number of ids (keep it to ~1,000).
 */
export function actionRowsOf(db: Database.Database, rowids: readonly number[]): ActionRow[] {
  const statements = statementsOf(db);
  const rows = (statements.rows.all({ ids: JSON.stringify(rowids) }) as RawActionRow[]).map(rawActionRow);
  const links = statements.themeIds.all({ ids: JSON.stringify(rows.map((row) => row.id)) }) as [string, string][];
  return attachThemes(db, rows, links);
}

/**
 * Fills the themes of list rows built by `rawActionRow` from their links `[actionId, themeId]`,
 * each action's in primary-key order; the labels come from the few themes. Returns `rows`.
 */
export function attachThemes(db: Database.Database, rows: ActionRow[], links: readonly [string, string][]): ActionRow[] {
  const themes = new Map((statementsOf(db).themes.all() as ThemeRef[]).map((theme) => [theme.id, theme]));
  const themesOfAction = new Map<string, ThemeRef[]>();
  for (const [actionId, themeId] of links) {
    const theme = { ...themes.get(themeId)! };
    const list = themesOfAction.get(actionId);
    if (list) list.push(theme);
    else themesOfAction.set(actionId, [theme]);
  }
  for (const row of rows) {
    const list = themesOfAction.get(row.id);
    if (list) row.themes = list.length > 1 ? list.sort((l, r) => l.labelEn.localeCompare(r.labelEn)) : list;
  }
  return rows;
}

/**
 * A list row as an array, in the order of the list's columns (`ACTION_COLUMNS`, `.raw()`):
 * better-sqlite3 makes an array per row several times faster than an object of 19 named
 * columns (190 ms against 31 ms for 10,000 rows here).
 */
export type RawActionRow = [
  id: string,
  agreementId: string,
  cityId: string,
  cityName: string,
  country: string,
  title: string,
  kind: ActionRow['kind'],
  status: ActionRow['status'],
  startOn: string | null,
  endOn: string | null,
  followUpOn: string | null,
  place: string,
  leadDepartment: string,
  plannedMinor: number | null,
  plannedCurrency: string | null,
  spentMinor: number | null,
  spentCurrency: string | null,
  createdAt: string,
  updatedAt: string,
];

/**
 * `toActionRow` for a raw row (themes added afterwards), written out field by field: the
 * rest-spread there costs more than the query itself at 100,000 rows. Same fields, same order.
 */
export function rawActionRow(r: Readonly<RawActionRow> | readonly [...RawActionRow, ...unknown[]]): ActionRow {
  return {
    id: r[0],
    agreementId: r[1],
    cityId: r[2],
    cityName: r[3],
    country: r[4],
    title: r[5],
    kind: r[6],
    status: r[7],
    startOn: r[8],
    endOn: r[9],
    followUpOn: r[10],
    place: r[11],
    leadDepartment: r[12],
    createdAt: r[17],
    updatedAt: r[18],
    budgetPlanned: r[13] === null || r[14] === null ? null : { amountMinor: r[13], currency: r[14] },
    budgetSpent: r[15] === null || r[16] === null ? null : { amountMinor: r[15], currency: r[16] },
    themes: [],
  };
}
