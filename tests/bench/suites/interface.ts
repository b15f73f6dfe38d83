import { chromium, type Browser, type Page } from '@playwright/test';
import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { repoRoot } from '../../../build/scripts/electronBundles';
import { APP_VERSION } from '../../../electron/core/meta';
import { databasePath } from '../../../electron/paths/dataDir';
import { dispatch } from '../../../electron/ipc/dispatch';
import { handlers } from '../../../electron/ipc/handlers';
import { ensureRendererBuilt } from '../../../electron/preview/rendererBuild';
import { listActions } from '../../../electron/services/actions/list';
import type { ActionListFilter } from '../../../shared/schemas/actions';
import { chromiumLaunchOptions } from '../../e2e/chromium';
import { copyOfRegister } from '../lib/dataset';
import { measure, quantile, type Timing } from '../lib/measure';
import {
  expectRows,
  firstRowsAt,
  inputToRows,
  installPageTiming,
  type ExpectedRows,
} from '../lib/pageTiming';
import { runChild } from '../lib/peakRss';
import { epochNow, startDoorPreview } from '../lib/previewDoor';
import type { BenchContext, BenchSuite } from '../lib/suite';
import { rawPage } from './lists';

/**
 * The interface, end to end: Debian's Chromium (Playwright) against the preview started as
 * `npm run preview` starts it, on a copy of the 100k register. Every interaction is timed in
 * the page, from the input event's timestamp to the moment the table shows the expected rows
 * (its total and first titles; see lib/pageTiming.ts). Baselines: the same list request as a
 * bare HTTP round trip from the page (what the screen cannot go below), and for the cold start
 * a bare Node process opening the file and reading the same first page with raw SQL.
 */

const RUNS = Number(process.env.BENCH_UI_RUNS ?? 20);
/** A fast typist: 10 keys a second. The figure runs from the word's last key. */
const TYPING_MS = 100;
const WORDS = [
  'housing',
  'flood',
  'cycling',
  'heritage',
  'water',
  'youth',
  'energy',
  'school',
  'culture',
  'health',
];
const STATUSES = [
  ['ongoing', 'Ongoing'],
  ['planned', 'Planned'],
  ['cancelled', 'Cancelled'],
  ['done', 'Done'],
] as const;
const DEFAULT_SORT = { sort: 'startOn', direction: 'desc' } as const;

function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), runs: sorted.length };
}

/** The rows the screen should show for a filter, read by the app's own service. */
function expected(
  db: Database.Database,
  filter: ActionListFilter,
  param?: [string, string],
): ExpectedRows {
  const page = listActions(db, { ...DEFAULT_SORT, ...filter, limit: 3 });
  return {
    total: page.total,
    titles: page.rows.map((row) => row.title),
    ...(param ? { param } : {}),
  };
}

/** The same request as the screen's, as a bare round trip from the page to the preview. */
async function roundTrip(page: Page, payload: ActionListFilter): Promise<number> {
  return page.evaluate<number>(`(async () => {
    const token = document.querySelector('meta[name="accords-token"]')?.content ?? '';
    const started = performance.now();
    const response = await fetch('/api/actions:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-accords-token': token },
      body: ${JSON.stringify(JSON.stringify(payload))},
      cache: 'no-store',
    });
    await response.json();
    return performance.now() - started;
  })()`);
}

async function openActions(page: Page, url: string, db: Database.Database): Promise<void> {
  await page.goto(`${url}#/actions`);
  await expectRows(page, expected(db, {}));
  await inputToRows(page);
}

async function keystrokes(ctx: BenchContext, page: Page): Promise<void> {
  const box = page.getByPlaceholder('Title, place, outcomes…');
  const app: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const word = WORDS[i % WORDS.length]!;
    await expectRows(page, expected(ctx.db, {}, ['q', '']));
    await box.fill('');
    await inputToRows(page);
    await expectRows(page, expected(ctx.db, { text: word }, ['q', word]));
    await box.pressSequentially(word, { delay: TYPING_MS });
    app.push(await inputToRows(page));
    base.push(await roundTrip(page, { ...DEFAULT_SORT, text: word, limit: 200, offset: 0 }));
  }
  await box.fill('');
  ctx.record({
    name: `UI keystroke → rows (text filter, ${TYPING_MS} ms/key)`,
    app: timing(app),
    baseline: timing(base),
    goal: { maxMs: 150 },
    note: 'from the last key of a word typed at 10 keys/s; baseline: the same request as a bare HTTP round trip from the page',
  });
}

async function statusClicks(ctx: BenchContext, page: Page): Promise<void> {
  const search = page.getByRole('search');
  const app: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const [status, label] = STATUSES[i % STATUSES.length]!;
    await search.getByLabel('Status', { exact: true }).click();
    const option = page.getByRole('option', { name: label, exact: true });
    await option.waitFor();
    await expectRows(page, expected(ctx.db, { status }));
    await option.click();
    app.push(await inputToRows(page));
    base.push(await roundTrip(page, { ...DEFAULT_SORT, status, limit: 200, offset: 0 }));
  }
  ctx.record({
    name: 'UI click → rows (status filter)',
    app: timing(app),
    baseline: timing(base),
    goal: { maxMs: 60 },
    note: 'from the press on the option; baseline: the same request as a bare HTTP round trip from the page',
  });
}

async function sortClicks(ctx: BenchContext, page: Page): Promise<void> {
  const header = page.getByRole('columnheader', { name: 'Title' }).getByRole('button');
  const app: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const direction = i % 2 === 0 ? 'asc' : 'desc';
    await expectRows(page, expected(ctx.db, { sort: 'title', direction }));
    await header.click();
    app.push(await inputToRows(page));
    base.push(await roundTrip(page, { sort: 'title', direction, limit: 200, offset: 0 }));
  }
  ctx.record({
    name: 'UI click → rows (sort by title)',
    app: timing(app),
    baseline: timing(base),
    goal: { maxMs: 60 },
    note: 'from the press on the header; baseline: the same request as a bare HTTP round trip from the page',
  });
}

/** A bare Node process opening the file and reading the first page with raw SQL, to its exit. */
const RAW_START = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1], { readonly: true });
const rows = db.prepare(\`SELECT x.id, x.title, x.status, x.start_on, c.name_en FROM actions x
  JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id
  ORDER BY x.start_on DESC LIMIT 200\`).all();
const total = db.prepare('SELECT count(*) FROM actions').pluck().get();
process.stdout.write(JSON.stringify({ total, rows }).slice(0, 10));`;

async function coldStarts(ctx: BenchContext, browser: Browser, dataDir: string): Promise<void> {
  const app: number[] = [];
  const toServing: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    // A fresh tab (no cache) is ready before the preview starts: the browser's own start is not the app's.
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    await installPageTiming(page);
    const preview = await startDoorPreview(dataDir);
    try {
      toServing.push(epochNow() - preview.spawnedAt);
      await page.goto(`${preview.url}#/actions`);
      app.push((await firstRowsAt(page)) - preview.spawnedAt);
    } finally {
      await context.close();
      await preview.stop();
    }
  }
  const raw: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 10); i += 1)
    raw.push(
      (
        await runChild(process.execPath, ['-e', RAW_START, databasePath(dataDir)], {
          cwd: repoRoot,
        })
      ).ms,
    );
  ctx.record({
    name: 'UI cold start → first rows (preview)',
    app: timing(app),
    baseline: timing(raw),
    goal: { maxMs: 2000 },
    note: `from spawning the preview to the first rows in a fresh browser tab (to serving: p50 ${Math.round(timing(toServing).p50)} ms); baseline: node opening the file and reading the page raw`,
  });
}

export const interfaceSuite: BenchSuite = {
  name: 'interface',
  sizes: [100_000],
  async run(ctx) {
    // The list through the IPC door (zod, dispatch, change collection, JSON) against raw SQL.
    const handlerCtx = {
      db: ctx.db,
      dataDir: ctx.dataDir,
      version: APP_VERSION,
      takeBackup: () => {
        throw new Error('the bench only reads');
      },
    };
    ctx.record({
      name: 'list page 200 through the IPC door (dispatch + JSON)',
      app: measure(() =>
        JSON.stringify(
          dispatch(handlerCtx, handlers, 'actions:list', {
            ...DEFAULT_SORT,
            limit: 200,
            offset: 0,
          }),
        ),
      ),
      baseline: measure(() => rawPage(ctx.db, '', 'x.start_on DESC', {})),
      goal: { maxRatio: 1.5 },
    });

    await ensureRendererBuilt(ctx.log);
    const dataDir = copyOfRegister(ctx.size, ctx.log);
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      // The first start builds stale bundles and takes the start backup of the hour: untimed.
      const preview = await startDoorPreview(dataDir);
      try {
        const context = await browser.newContext({
          locale: 'en-GB',
          viewport: { width: 1440, height: 900 },
        });
        const page = await context.newPage();
        await installPageTiming(page);
        await openActions(page, preview.url, ctx.db);
        ctx.log('keystroke → rows');
        await keystrokes(ctx, page);
        ctx.log('status click → rows');
        await openActions(page, preview.url, ctx.db);
        await statusClicks(ctx, page);
        ctx.log('sort click → rows');
        await openActions(page, preview.url, ctx.db);
        await sortClicks(ctx, page);
        await context.close();
      } finally {
        await preview.stop();
      }
      ctx.log('cold start → first rows');
      await coldStarts(ctx, browser, dataDir);
    } finally {
      await browser.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
