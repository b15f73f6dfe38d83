import type Database from 'better-sqlite3';
import { entryRange, kindOfEntry, searchDocumentOf, type SearchDocument } from './searchIndex';
import { cutSnippets } from './snippets';
import { searchKey } from '../../../shared/domain/text';
import {
  SEARCH_KINDS,
  searchQuerySchema,
  type SearchHit,
  type SearchKind,
  type SearchQuery,
  type SearchResults,
} from '../../../shared/schemas/search';
import { CITY_NAME } from '../../db/functions';

/**
 * The FTS5 query for what a user typed, or null when there is nothing to look for. Every
 * word becomes a quoted prefix term ("sao"* "paul"*), all required: FTS operators, column
 * filters and quotes typed by the user are only text, never syntax.
 */
export function ftsQuery(text: string): string | null {
  const words = searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}

const ACTIONS = entryRange('action');

/**
 * The rowids of the actions whose search entry matches an FTS query (for the actions list's
 * text filter): FTS5 alone answers, an entry's rowid being its action's number plus the base.
 */
export const ACTIONS_MATCHING = `
  SELECT rowid - ${ACTIONS.lo} FROM search_fts
  WHERE search_fts MATCH @fts AND rowid > ${ACTIONS.lo} AND rowid < ${ACTIONS.hi}`;

/** How many actions match an FTS query (FTS5 alone: each action has one entry, which leaves with it). */
export const COUNT_MATCHING = `
  SELECT count(*) FROM search_fts
  WHERE search_fts MATCH @fts AND rowid > ${ACTIONS.lo} AND rowid < ${ACTIONS.hi}`;

/** The best matches of a kind (record numbers, best first) and how many there are. */
interface Ranked {
  found: number[];
  total: number;
}

/**
 * One search box over everything, results grouped by kind, best matches first (BM25, a title
 * word weighing ten body words). FTS5 builds a prefix's list of matches for each query, over
 * the whole index, whatever rowid range it is given (~2 ms for a common word at 100,000
 * actions): the few cities, agreements and contacts are ranked from one query, the actions
 * (thousands of matches, ranked in SQL) from a second, and counted only past a page.
 */
export function searchEverything(db: Database.Database, query: SearchQuery): SearchResults {
  const q = searchQuerySchema.parse(query);
  const fts = ftsQuery(q.text);
  const kinds = q.kinds ?? SEARCH_KINDS;
  if (!fts) return { text: q.text, groups: [] };
  const ranked = kinds.some((kind) => kind !== 'action') ? rankBesideActions(db, fts, q.limit) : new Map<SearchKind, Ranked>();
  if (kinds.includes('action')) ranked.set('action', rankActions(db, fts, q.limit));
  const groups: SearchResults['groups'] = [];
  for (const kind of SEARCH_KINDS) {
    const hits = ranked.get(kind);
    if (!kinds.includes(kind) || !hits || hits.found.length === 0) continue;
    groups.push({ kind, total: hits.total, hits: describe(db, kind, hits.found, snippets(db, kind, hits.found, fts)) });
  }
  return { text: q.text, groups };
}

/** The actions: ranked by FTS5 (every match scored, the best few kept), counted past a page. */
function rankActions(db: Database.Database, fts: string, limit: number): Ranked {
  const found = db
    .prepare(
      `SELECT rowid - ${ACTIONS.lo} FROM search_fts WHERE search_fts MATCH @fts AND rowid > ${ACTIONS.lo} AND rowid < ${ACTIONS.hi}
       ORDER BY bm25(search_fts, 10.0, 1.0), rowid LIMIT @limit`,
    )
    .pluck()
    .all({ fts, limit }) as number[];
  const total = found.length < limit ? found.length : (db.prepare(COUNT_MATCHING).pluck().get({ fts }) as number);
  return { found, total };
}

/**
 * Cities, agreements and contacts (a few thousand records, a few hundred matches at most):
 * their matches scored in one query, then grouped, ordered (score, then rowid, as SQL would)
 * and cut in place.
 */
function rankBesideActions(db: Database.Database, fts: string, limit: number): Map<SearchKind, Ranked> {
  const rows = db
    .prepare(
      `SELECT rowid, bm25(search_fts, 10.0, 1.0) FROM search_fts
       WHERE search_fts MATCH @fts AND NOT (rowid > ${ACTIONS.lo} AND rowid < ${ACTIONS.hi})`,
    )
    .raw()
    .all({ fts }) as [number, number][];
  rows.sort(([l, ls], [r, rs]) => ls - rs || l - r);
  const ranked = new Map<SearchKind, Ranked>();
  for (const [rowid] of rows) {
    const kind = kindOfEntry(rowid);
    let hits = ranked.get(kind);
    if (!hits) ranked.set(kind, (hits = { found: [], total: 0 }));
    hits.total += 1;
    if (hits.found.length < limit) hits.found.push(rowid - entryRange(kind).lo);
  }
  return ranked;
}

type Described = Omit<SearchHit, 'kind' | 'snippet'>;

const DESCRIBE: Record<SearchKind, string> = {
  city: `SELECT c.n, c.id, ${CITY_NAME} AS title, c.region AS subtitle, c.country, NULL AS date, NULL AS parentId
         FROM cities c WHERE c.n IN (SELECT value FROM json_each(?))`,
  agreement: `SELECT a.n, a.id, CASE WHEN a.title = '' THEN ${CITY_NAME} ELSE a.title END AS title,
                     CASE WHEN a.title = '' THEN '' ELSE ${CITY_NAME} END AS subtitle,
                     c.country, a.signed_on AS date, a.city_id AS parentId
              FROM agreements a JOIN cities c ON c.id = a.city_id WHERE a.n IN (SELECT value FROM json_each(?))`,
  action: `SELECT x.n, x.id, x.title, ${CITY_NAME} AS subtitle, c.country, x.start_on AS date, x.agreement_id AS parentId
           FROM actions x JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id
           WHERE x.n IN (SELECT value FROM json_each(?))`,
  contact: `SELECT k.n, k.id, k.name AS title, trim(k.role || CASE WHEN k.role <> '' AND k.organisation <> '' THEN ', ' ELSE '' END || k.organisation) AS subtitle,
                   c.country, NULL AS date, cc.city_id AS parentId
            FROM contacts k LEFT JOIN contact_cities cc ON cc.contact_id = k.id LEFT JOIN cities c ON c.id = cc.city_id
            WHERE k.n IN (SELECT value FROM json_each(?))`,
};

/** Titles and second lines, read from the records themselves so a rename shows at once. */
function describe(db: Database.Database, kind: SearchKind, found: number[], snippet: Map<number, string>): SearchHit[] {
  const rows = db.prepare(DESCRIBE[kind]).all(JSON.stringify(found)) as (Described & { n: number })[];
  const byNumber = new Map(rows.map(({ n, ...row }) => [n, row]));
  return found.flatMap((n) => {
    const row = byNumber.get(n);
    return row ? [{ kind, ...row, snippet: snippet.get(n) ?? '' }] : [];
  });
}

/** The snippets of the hits, cut from their records as they read now. */
function snippets(db: Database.Database, kind: SearchKind, found: number[], fts: string): Map<number, string> {
  const docs = new Map<number, SearchDocument>();
  for (const n of found) {
    const doc = searchDocumentOf(db, kind, n);
    if (doc) docs.set(n, doc);
  }
  return cutSnippets(docs, fts);
}
