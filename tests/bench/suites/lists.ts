import type Database from 'better-sqlite3';
import { listActions } from '../../../electron/services/actions/list';
import { searchEverything } from '../../../electron/services/search/search';
import { entryRange } from '../../../electron/services/search/searchIndex';
import type { ActionListFilter } from '../../../shared/schemas/actions';
import { measure } from '../lib/measure';
import type { BenchSuite } from '../lib/suite';

/**
 * The actions list as the screen asks it (a page of 200 rows and the total) against raw
 * better-sqlite3 SQL reading the same page, and the text search of a common word.
 */

/** The raw page: the same columns, themes and total, written as one would by hand. */
export function rawPage(
  db: Database.Database,
  where: string,
  order: string,
  params: Record<string, unknown>,
) {
  const total = db.prepare(`SELECT count(*) FROM actions x ${where}`).pluck().get(params);
  const rows = db
    .prepare(
      `SELECT x.id, x.agreement_id, a.city_id, c.name_fr, c.name_en, c.country, x.title, x.kind, x.status,
              x.start_on, x.end_on, x.follow_up_on, x.place, x.lead_department,
              x.budget_planned_minor, x.budget_planned_currency, x.budget_spent_minor, x.budget_spent_currency,
              x.created_at, x.updated_at,
              (SELECT group_concat(t.label_en) FROM action_themes at JOIN themes t ON t.id = at.theme_id WHERE at.action_id = x.id)
       FROM actions x JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id
       ${where} ORDER BY ${order} LIMIT 200`,
    )
    .all(params);
  return { total, rows };
}

export const listsSuite: BenchSuite = {
  name: 'lists',
  run({ db, record }) {
    const pages: [string, ActionListFilter, string, string, Record<string, unknown>][] = [
      ['list page 200: no filter', {}, '', 'x.start_on DESC', {}],
      [
        'list page 200: status ongoing',
        { status: 'ongoing' },
        "WHERE x.status = 'ongoing'",
        'x.start_on DESC',
        {},
      ],
      [
        'list page 200: sort by title',
        { sort: 'title', direction: 'asc' },
        '',
        'x.title_key ASC',
        {},
      ],
      [
        'list page 200: kind + from 2015',
        { kind: 'workshop', from: '2015' },
        "WHERE x.kind = 'workshop' AND x.end_day >= '2015-01-01'",
        'x.start_on DESC',
        {},
      ],
    ];
    for (const [name, filter, where, order, params] of pages) {
      const app = measure(() => listActions(db, { ...filter, limit: 200 }));
      const baseline = measure(() => rawPage(db, where, order, params));
      record({ name, app, baseline, goal: { maxRatio: 1.5 } });
    }

    // The list's text filter: the first page and the total of the actions matching a common
    // word, against the same page and total in hand-written SQL over the index's rowids; the
    // note gives FTS5 alone naming every match, the floor of any text filter.
    const { lo, hi } = entryRange('action');
    const matching = `SELECT rowid - ${lo} FROM search_fts WHERE search_fts MATCH @q AND rowid > ${lo} AND rowid < ${hi}`;
    const rawTotal = db.prepare(`SELECT count(*) FROM actions x WHERE x.rowid IN (${matching})`).pluck();
    const rawText = db.prepare(
      `SELECT x.id, x.title, x.start_on FROM actions x WHERE x.rowid IN (${matching})
       ORDER BY x.start_on DESC, x.rowid DESC LIMIT 200`,
    );
    const ftsAlone = db.prepare(matching).pluck();
    const word = 'housing';
    const q = `"${word}"*`;
    const fts = measure(() => ftsAlone.all({ q }));
    record({
      name: `list text filter "${word}" (page 200)`,
      app: measure(() => listActions(db, { text: word, limit: 200 })),
      baseline: measure(() => ({ total: rawTotal.get({ q }), rows: rawText.all({ q }) })),
      stat: 'p95',
      goal: { maxMs: 30 },
      note: `${ftsAlone.all({ q }).length} matches; FTS5 alone naming them: p50 ${fts.p50.toFixed(1)} ms, p95 ${fts.p95.toFixed(1)} ms, cpu ${fts.cpuP50?.toFixed(1)} ms`,
    });

    // The search box: 8 hits per kind with their counts, against FTS5 alone naming 8 actions.
    const rawSearch = db
      .prepare(
        `SELECT rowid FROM search_fts WHERE search_fts MATCH @q AND rowid > ${lo} AND rowid < ${hi} ORDER BY rank LIMIT 8`,
      )
      .pluck();
    record({
      name: `search box "${word}"`,
      app: measure(() => searchEverything(db, { text: word })),
      baseline: measure(() => rawSearch.all({ q })),
      stat: 'p95',
      goal: { maxMs: 30 },
    });
  },
};
