/**
 * `npx tsx tests/bench/reports.ts [--actions N] [--data-dir DIR]`: fills a fresh database with
 * synthetic data (500 cities, 2,000 agreements, 100,000 actions by default) and prints how long
 * each report takes to build (data and document, median of several runs), then how long the
 * export build (`buildReportAsync`) of the lists takes and its longest synchronous stretch
 * (the most the main process goes without answering). `--only TEXT` keeps the reports whose
 * name holds TEXT. Timings are printed, never asserted: they depend on the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../../electron/db/open';
import { databasePath } from '../../electron/paths/dataDir';
import { createProgress, type Progress } from '../../electron/core/progress';
import { buildReport, buildReportAsync } from '../../electron/reports/view';
import {
  reportViewSchema,
  type ParsedReportView,
  type ReportRequest,
} from '../../shared/reports/requests';
import { generateBenchData } from './benchData';
import { median, timeMedian } from './timing';

const RUNS = 5;
const TODAY = '2026-12-01';

function time(run: () => unknown): number {
  return timeMedian(run, RUNS);
}

/** One export build: its duration and the longest stretch between two yields to the event loop. */
async function timeAsync(
  run: (progress: Progress) => Promise<unknown>,
): Promise<{ ms: number; longest: number }> {
  const inner = createProgress(new AbortController().signal);
  let last = 0;
  let longest = 0;
  const progress: Progress = {
    phase: inner.phase,
    check: inner.check,
    async tick(n) {
      longest = Math.max(longest, performance.now() - last);
      await inner.tick(n); // every chunk is over 250 rows: each tick yields
      last = performance.now();
    },
  };
  const started = performance.now();
  last = started;
  await run(progress);
  const ended = performance.now();
  return { ms: ended - started, longest: Math.max(longest, ended - last) };
}

export async function runReportsBench(options: {
  actions: number;
  dataDir?: string;
  only?: string;
  log?: (line: string) => void;
}): Promise<void> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'accords-bench-'));
  const db = openDatabase(databasePath(dir));
  try {
    generateBenchData(db, { actions: options.actions, today: TODAY, log });
    const pick = (sql: string) => db.prepare(sql).pluck().get() as string;
    const cityId = pick(
      'SELECT a.city_id FROM agreements a JOIN actions x ON x.agreement_id = a.id GROUP BY a.city_id ORDER BY count(*) DESC LIMIT 1',
    );
    const themeId = pick("SELECT id FROM themes WHERE code = 'culture'");
    const all: [string, ReportRequest][] = [
      ['annual 2026', { report: 'annual', year: 2026 }],
      ['annual 1995', { report: 'annual', year: 1995 }],
      ['annual 2020–2024', { report: 'annual', from: '2020', to: '2024' }],
      ['partner (busiest city)', { report: 'partner', cityId }],
      ['theme (all time)', { report: 'theme', themeId }],
      ['theme 2025', { report: 'theme', themeId, year: 2025 }],
      ['timeline', { report: 'timeline' }],
      ['dormant (3 years)', { report: 'dormant' }],
      ['anniversaries 2026', { report: 'anniversaries', year: 2026 }],
      ['map (all time)', { report: 'map' }],
      ['map 2026', { report: 'map', year: 2026 }],
      ['agreements list (all)', { report: 'agreements' }],
      [
        'actions list (status done)',
        { report: 'actions', filter: { status: 'done', sort: 'startOn', direction: 'desc' } },
      ],
      ['actions list (all)', { report: 'actions' }],
    ];
    const requests = all.filter(([name]) => !options.only || name.includes(options.only));
    const ctx = { db, dataDir: dir, version: 'bench' };
    log(`reports:view, data + document, median of ${RUNS} runs:`);
    for (const [name, request] of requests) {
      const view = reportViewSchema.parse({ request, lang: 'en', today: TODAY });
      let rows = 0;
      const ms = time(() => {
        const { document } = buildReport(ctx, view);
        rows = document.sections.reduce((n, s) => n + (s.type === 'table' ? s.rows.length : 0), 0);
      });
      log(`  ${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms   (${rows} table rows)`);
    }
    const lists = requests.filter(
      ([, request]) => request.report === 'agreements' || request.report === 'actions',
    );
    log(`exports (buildReportAsync), median of ${RUNS} runs, and the longest synchronous stretch:`);
    for (const [name, request] of lists) {
      const view: ParsedReportView = reportViewSchema.parse({ request, lang: 'en', today: TODAY });
      const runs: { ms: number; longest: number }[] = [];
      for (let i = 0; i <= RUNS; i += 1)
        runs.push(await timeAsync((progress) => buildReportAsync(ctx, view, progress)));
      runs.shift(); // the first run warms the caches
      const ms = median(runs.map((r) => r.ms));
      const longest = Math.max(...runs.map((r) => r.longest));
      log(
        `  ${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms   longest stretch ${longest.toFixed(1)} ms`,
      );
    }
  } finally {
    closeDatabase(db);
    if (!options.dataDir) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      actions: { type: 'string' },
      'data-dir': { type: 'string' },
      only: { type: 'string' },
    },
  });
  await runReportsBench({
    actions: Number(values.actions ?? 100_000),
    dataDir: values['data-dir'],
    only: values.only,
  });
}
