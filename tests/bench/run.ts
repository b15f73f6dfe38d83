/**
 * `npm run bench`: every figure of the performance goals (issue 13), each measured on the app's
 * own path and on a raw baseline doing the same work in the same run, on generated registers of
 * 10,000, 100,000 and 300,000 actions. Never part of `npm test`: timings depend on the machine.
 *
 *   BENCH_SIZES=100000        measure one size only (comma-separated list)
 *   BENCH_SUITES=lists,reports run only these suites (names in suites/index.ts)
 *   BENCH_OUT=file.jsonl      also append every JSON line to this file
 *   BENCH_FRESH=1             regenerate the cached registers (cached per size and schema version
 *                             in $TMPDIR/accords-bench-cache, or BENCH_CACHE)
 *
 * Output: one JSON line per figure on stdout, `{name, size, app_ms, baseline_ms, ratio, goal, ok,
 * …}`, then the summary table; progress notes go to stderr.
 *
 * Adding a figure: in a suite of `suites/` (or a new file registered in `suites/index.ts`), time
 * the app's path and its baseline with `measure()` / `measureAsync()` (p50/p95 over enough runs;
 * `once()` for a path too slow to repeat; `runChild()` from lib/peakRss.ts for a child process's
 * time and peak RSS), then `ctx.record({ name, app, baseline, goal: { maxRatio, maxMs, maxMb },
 * stat })`. `ctx.db` is the cached register opened by the app; never write to it — take
 * `copyOfRegister()` from lib/dataset.ts for a suite that writes. A suite that only makes sense
 * at one size sets `sizes: [100_000]`.
 */
import { closeDatabase, openDatabase } from '../../electron/db/open';
import { databasePath } from '../../electron/paths/dataDir';
import { BENCH_TODAY, benchRegister } from './lib/dataset';
import { FigureLog } from './lib/figures';
import { benchSizes, sizeLabel } from './lib/sizes';
import { SUITES } from './suites';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const sizes = benchSizes();
  const only = process.env.BENCH_SUITES?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only?.filter((name) => !SUITES.some((s) => s.name === name)) ?? [];
  if (unknown.length) throw new Error(`BENCH_SUITES: no suite ${unknown.join(', ')} (have ${SUITES.map((s) => s.name).join(', ')})`);
  const suites = SUITES.filter((s) => !only || only.includes(s.name));
  const figures = new FigureLog(undefined, process.env.BENCH_OUT);
  for (const size of sizes) {
    const due = suites.filter((s) => !s.sizes || s.sizes.includes(size));
    if (due.length === 0) continue;
    log(`== ${sizeLabel(size)} actions`);
    const dataDir = benchRegister(size, log);
    for (const suite of due) {
      log(`-- ${suite.name}`);
      const db = openDatabase(databasePath(dataDir));
      try {
        await suite.run({
          size,
          dataDir,
          db,
          today: BENCH_TODAY,
          record: (figure) => figures.record(size, figure),
          log,
        });
      } finally {
        closeDatabase(db);
      }
    }
  }
  process.stdout.write(`\n${figures.summary()}\n`);
}

await main();
