/**
 * `npx tsx tests/bench/importMainThread.ts [--rows N] [--runner worker|here|both] [--no-stop]`: what an
 * import costs the MAIN thread — the one that answers the window. A French register of N rows
 * (10,000 by default) is committed into a fresh database as an import job, run on this thread
 * (`runImport`, as before) and on a worker thread (`runImportInWorker`, as the app now runs it).
 * For each: wall time, CPU of the process (every thread), the main thread's busy time (its
 * event-loop utilisation), the longest wait between two ticks of a 10 ms timer, how many 10 ms ticks of a timer
 * came during the write, and — on the worker — how long a Stop asked mid-write takes to end in
 * a rolled-back, cancelled job. Printed, never asserted (timings live in the bench only).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../../electron/db/open';
import { readSource } from '../../electron/services/imports/source';
import {
  cancelImportJob,
  importJobStatus,
  startImportJob,
  waitForImportJob,
  type ImportRunner,
} from '../../electron/services/imports/jobs';
import { runImport } from '../../electron/services/imports/run';
import { createTheme } from '../../electron/services/themes/themes';
import { databasePath } from '../../electron/paths/dataDir';
import { backupTakerFor } from '../../electron/safety/schedule';
import { runImportInWorker } from '../../electron/workers/importInWorker';
import { suggestMapping } from '../../shared/import/mapping';
import { importRunSchema } from '../../shared/schemas/imports';
import { frenchRegisterCsv } from './importData';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000' },
    runner: { type: 'string', default: 'both' },
    'no-stop': { type: 'boolean' },
  },
});
const rows = Number(values.rows);
const runners: Record<string, ImportRunner> = { here: runImport, worker: runImportInWorker };
const chosen = values.runner === 'both' ? ['here', 'worker'] : [values.runner!];

const bytes = frenchRegisterCsv(rows);
const grid = await readSource(bytes, { inProcess: true });
const mapping = suggestMapping(grid.headers, 'register');

async function commit(name: string, cancelAt?: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'accords-import-main-'));
  const db = openDatabase(databasePath(dir));
  try {
    // The register names "Patrimoine": a theme of that name, as the office that wrote it has.
    createTheme(db, { labelEn: 'Heritage', labelFr: 'Patrimoine' });
    const request = importRunSchema.parse({ fileId: randomUUID(), mapping, dryRun: false });
    const ctx = {
      db,
      dataDir: dir,
      version: 'bench',
      takeBackup: backupTakerFor({ db, dataDir: dir }),
    };
    let ticks = 0;
    let lastTick = performance.now();
    let longestGap = 0;
    let writingTicks = 0;
    let jobId = '';
    let cancelAsked = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - lastTick);
      lastTick = now;
      ticks += 1;
      if (!jobId) return;
      const status = importJobStatus(ctx, jobId);
      if (status.phase === 'writing' && status.state === 'running') {
        writingTicks += 1;
        if (cancelAt !== undefined && !cancelAsked && status.done >= cancelAt) {
          cancelAsked = performance.now();
          cancelImportJob(jobId);
        }
      }
    }, 10);
    const elu = performance.eventLoopUtilization();
    const cpu = process.cpuUsage();
    const started = performance.now();
    jobId = startImportJob(ctx, { name: 'registre.csv', bytes }, request, {
      run: runners[name],
    }).jobId;
    const ended = await waitForImportJob(jobId);
    const endedAt = performance.now();
    // A stall that lasted until the job ended (a write on this thread) has no tick after it.
    longestGap = Math.max(longestGap, endedAt - lastTick);
    const wall = endedAt - started;
    const used = process.cpuUsage(cpu);
    const busy = performance.eventLoopUtilization(elu);
    clearInterval(timer);
    const line = {
      name: `import commit, runner ${name}${cancelAt !== undefined ? `, Stop after ${cancelAt} rows` : ''}`,
      rows,
      state: ended.state,
      created: ended.result?.created ?? 0,
      refused: ended.result?.refused ?? null,
      wall_ms: Math.round(wall),
      process_cpu_ms: Math.round((used.user + used.system) / 1000),
      main_busy_ms: Math.round(busy.active),
      // The longest wait between two ticks of the 10 ms timer: how long the window went unanswered.
      main_longest_gap_ms: Math.round(longestGap),
      timer_ticks: ticks,
      timer_ticks_while_writing: writingTicks,
      ...(cancelAsked ? { stop_to_cancelled_ms: Math.round(endedAt - cancelAsked) } : {}),
      agreements_after: db.prepare('SELECT count(*) FROM agreements').pluck().get(),
      load: (await import('node:os'))
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' '),
    };
    console.log(JSON.stringify(line));
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const name of chosen) await commit(name);
if (chosen.includes('worker') && !values['no-stop']) await commit('worker', Math.floor(rows / 2));
