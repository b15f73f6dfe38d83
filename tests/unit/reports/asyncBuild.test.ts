import { describe, expect, test } from 'vitest';
import { createProgress, ExportCancelled, type Progress } from '../../../electron/core/progress';
import { buildReport, buildReportAsync } from '../../../electron/reports/view';
import { allActions } from '../../../electron/reports/queries';
import { READ_CHUNK } from '../../../electron/reports/readLists';
import { listActions } from '../../../electron/services/actions/list';
import type { ActionListFilter, ActionRow } from '../../../shared/schemas/actions';
import { generateData } from '../../../electron/sample/generate';
import type { ReportDocument } from '../../../shared/reports/document';
import { reportViewSchema, type ReportRequest } from '../../../shared/reports/requests';
import { suiteDatabase } from '../helpers/tempData';
import { TODAY } from './fixtures';

/**
 * The export build reads the lists in chunks; it must give exactly the document `reports:view`
 * builds in one go (same rows, same order), and report and honour its progress on the way.
 */
const data = suiteDatabase();
const ACTIONS = 3_500;
const AGREEMENTS = 1_200;

function setUp() {
  const { db, ctx } = data();
  if ((db.prepare('SELECT count(*) FROM actions').pluck().get() as number) === 0) {
    generateData(db, { cities: 200, agreements: AGREEMENTS, actions: ACTIONS, contacts: 50, seed: 7, today: TODAY });
  }
  const pick = (sql: string) => db.prepare(sql).pluck().get() as string;
  return {
    db,
    ctx,
    themeId: pick("SELECT id FROM themes WHERE code = 'culture'"),
    cityId: pick('SELECT a.city_id FROM agreements a JOIN actions x ON x.agreement_id = a.id GROUP BY a.city_id ORDER BY count(*) DESC LIMIT 1'),
  };
}

/** A document without the moment it was generated at (two builds differ by milliseconds). */
const timeless = ({ generatedAt, ...document }: ReportDocument) => (expect(generatedAt).toMatch(/^\d{4}-/), document);

const view = (request: ReportRequest, lang: 'en' | 'fr' = 'en') => reportViewSchema.parse({ request, lang, today: TODAY });

/** A progress that records what it is told. */
function recording(signal = new AbortController().signal) {
  const phases: { phase: string; total: number }[] = [];
  let ticked = 0;
  const inner = createProgress(signal);
  const progress: Progress = {
    phase(phase, total) {
      phases.push({ phase, total });
      inner.phase(phase, total);
    },
    async tick(n = 1) {
      ticked += n;
      await inner.tick(n);
    },
    check: inner.check,
  };
  return { progress, phases, ticked: () => ticked };
}

describe('buildReportAsync on generated data', () => {
  const lists: [string, (ids: ReturnType<typeof setUp>) => ReportRequest, ('en' | 'fr')?][] = [
    ['actions, default order', () => ({ report: 'actions' })],
    ['actions by title ascending', () => ({ report: 'actions', filter: { sort: 'title', direction: 'asc' } })],
    ['actions of a theme by status', ({ themeId }) => ({ report: 'actions', filter: { themeId, sort: 'status', direction: 'desc' } })],
    ['actions of 2020–2024 (start-day order)', () => ({ report: 'actions', filter: { from: '2020', to: '2024', sort: 'startOn', direction: 'asc' } })],
    ['actions of a city by follow-up', ({ cityId }) => ({ report: 'actions', filter: { cityId, sort: 'followUpOn', direction: 'asc' } })],
    ['agreements, default order', () => ({ report: 'agreements' })],
    ['agreements by country in French', () => ({ report: 'agreements', filter: { sort: 'country', direction: 'asc' } }), 'fr'],
    ['agreements by kind', () => ({ report: 'agreements', filter: { sort: 'kind', direction: 'desc' } })],
    ['active agreements by city', () => ({ report: 'agreements', filter: { status: 'active', sort: 'city', direction: 'asc' } })],
  ];

  test.each(lists)('%s: the same document and data as the sync build, reading counted row by row', async (_name, request, lang) => {
    const ids = setUp();
    const parsed = view(request(ids), lang);
    const sync = buildReport(ids.ctx, parsed);
    const { progress, phases, ticked } = recording();
    const built = await buildReportAsync(ids.ctx, parsed, progress);
    const rows = (sync.data as { rows: unknown[] }).rows.length;
    expect(rows).toBeGreaterThan(0);
    // The actions list is paged: its rows are read when written; gathered, it is the same report.
    const whole = built.paged ? built.paged.gather() : built;
    expect(timeless(whole.document)).toEqual(timeless(sync.document));
    expect(whole.data).toEqual(sync.data);
    // The JSON export writes the data: the same fields in the same order.
    expect(JSON.stringify(whole.data)).toBe(JSON.stringify(sync.data));
    if (built.paged) {
      // Only the ids were read: the writer counts the rows as it writes them.
      expect(phases).toEqual([{ phase: 'reading', total: 0 }]);
      expect(ticked()).toBe(0);
      expect(built.paged.tables[0]!.count).toBe(rows);
    } else {
      expect(phases).toEqual([{ phase: 'reading', total: rows }]);
      expect(ticked()).toBe(rows);
    }
  });

  test('the paged actions list: the document holds no row, the pages, entries and samples are the list\'s', async () => {
    const { ctx, db } = setUp();
    const parsed = view({ report: 'actions', filter: { sort: 'title', direction: 'asc' } }, 'fr');
    const sync = buildReport(ctx, parsed);
    const built = await buildReportAsync(ctx, parsed, recording().progress);
    const paged = built.paged!.tables[0]!;
    expect(built.paged!.tables).toHaveLength(1);
    expect(paged.count).toBe(db.prepare('SELECT count(*) FROM actions').pluck().get() as number);
    expect(ACTIONS).toBeGreaterThan(3 * READ_CHUNK);
    const table = (document: ReportDocument) => document.sections.find((s) => s.id === paged.sectionId);
    const expected = table(sync.document);
    if (expected?.type !== 'table') throw new Error('the list has a table');
    const held = table(built.document);
    expect(held?.type === 'table' && held.rows).toEqual([]);
    expect(built.document.events).toEqual([]);
    expect(built.document.subtitle).toBe(sync.document.subtitle);
    const pages = [...paged.pages()];
    expect(pages.map((page) => page.length)).toEqual(Array.from({ length: Math.ceil(ACTIONS / READ_CHUNK) }, (_, i) => Math.min(READ_CHUNK, ACTIONS - i * READ_CHUNK)));
    expect(pages.flat()).toEqual(expected.rows);
    expect([...built.paged!.events()].flat()).toEqual(sync.document.events);
    expect(paged.rowsAt([ACTIONS - 1, 0, 1234])).toEqual([expected.rows[ACTIONS - 1], expected.rows[0], expected.rows[1234]]);
  });

  test('other reports are built at once, after announcing a reading phase without total', async () => {
    const { ctx } = setUp();
    const parsed = view({ report: 'annual', year: 2024 });
    const { progress, phases, ticked } = recording();
    expect(timeless((await buildReportAsync(ctx, parsed, progress)).document)).toEqual(timeless(buildReport(ctx, parsed).document));
    expect(phases).toEqual([{ phase: 'reading', total: 0 }]);
    expect(ticked()).toBe(0);
  });

  test('a cancel during the reading of the register stops it at the next chunk', async () => {
    const { ctx } = setUp();
    const controller = new AbortController();
    const { progress, ticked } = recording(controller.signal);
    const cancelling: Progress = {
      ...progress,
      async tick(n) {
        controller.abort();
        await progress.tick(n);
      },
    };
    await expect(buildReportAsync(ctx, view({ report: 'agreements' }), cancelling)).rejects.toBeInstanceOf(ExportCancelled);
    // The first chunk's tick threw: the rest was never read.
    expect(AGREEMENTS).toBeGreaterThan(READ_CHUNK);
    expect(ticked()).toBe(READ_CHUNK);
  });

  test('other queries and writes run on the connection between two pages of the list', async () => {
    const { ctx, db } = setUp();
    const built = await buildReportAsync(ctx, view({ report: 'actions' }), recording().progress);
    const counts: number[] = [];
    for (const page of built.paged!.tables[0]!.pages()) {
      expect(page.length).toBeGreaterThan(0);
      // A write in between: no read statement is left open on the connection.
      db.prepare("UPDATE settings SET value = value WHERE key = 'ui.language'").run();
      counts.push(db.prepare('SELECT count(*) FROM agreements').pluck().get() as number);
    }
    expect(counts).toEqual(Array.from({ length: Math.ceil(ACTIONS / READ_CHUNK) }, () => AGREEMENTS));
  });
});

describe('every row of the actions list', () => {
  /** The reference: the list's own pages, as the screen reads them. */
  function paged(db: ReturnType<typeof setUp>['db'], filter: ActionListFilter): ActionRow[] {
    const rows: ActionRow[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = listActions(db, { ...filter, limit: 1000, offset }).rows;
      rows.push(...page);
      if (page.length < 1000) return rows;
    }
  }

  test('allActions (ids first, then chunks) gives exactly the pages of listActions, for every sort and filter', () => {
    const { db, themeId, cityId } = setUp();
    const filters: ActionListFilter[] = [
      {},
      { sort: 'title', direction: 'asc' },
      { sort: 'updatedAt', direction: 'desc' },
      { themeId, sort: 'kind', direction: 'asc' },
      { cityId, sort: 'status', direction: 'desc' },
      { from: '2019-06', to: '2023', sort: 'startOn', direction: 'desc' },
      { status: 'planned', sort: 'followUpOn', direction: 'asc' },
    ];
    for (const filter of filters) {
      const expected = paged(db, filter);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(JSON.stringify(allActions(db, filter)), JSON.stringify(filter)).toBe(JSON.stringify(expected));
    }
  });
});
