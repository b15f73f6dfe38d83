/**
 * `npx tsx tests/bench/import.ts [--rows N] [--pipeline-only]`: generates a French register of
 * N agreements (100,000 by default) as a Windows-1252 `;` CSV and as an XLSX file, then reads
 * each the way the import does — file → grid → rows with the suggested mapping — and prints the
 * time of each step, the peak resident memory, and the longest stall of the event loop (the
 * import reads in chunks so the app keeps answering). Then the whole pipeline on the CSV into
 * a fresh database: a dry run (checked, planned, written and rolled back) and the commit (a
 * backup, one transaction, the batch recorded), each as the app runs it. Printed, never asserted.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../../electron/db/open';
import { readImportFile } from '../../electron/import/readGrid';
import { databasePath } from '../../electron/paths/dataDir';
import { runImport } from '../../electron/services/imports/run';
import { createTheme } from '../../electron/services/themes/themes';
import { importRunSchema } from '../../shared/schemas/imports';
import { suggestMapping } from '../../shared/import/mapping';
import { buildRows } from '../../shared/import/rows';
import { frenchRegisterCsv, frenchRegisterXlsx } from './importData';
import { backupTakerFor } from '../../electron/safety/schedule';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, 'pipeline-only': { type: 'boolean' } },
});
const rows = Number(values.rows);
const THEMES = [
  {
    id: '11111111-1111-4111-8111-111111111111',
    code: 'heritage',
    labelEn: 'Heritage',
    labelFr: 'Patrimoine',
  },
  {
    id: '22222222-2222-4222-8222-222222222222',
    code: 'culture',
    labelEn: 'Culture',
    labelFr: 'Culture',
  },
];

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function measure(label: string, file: string): Promise<void> {
  global.gc?.();
  peakRss = process.memoryUsage().rss;
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const started = performance.now();
  const grid = await readImportFile(file);
  const read = performance.now();
  // One more turn, so a stall that ended with the read is recorded before the monitor stops.
  await new Promise((resolve) => setTimeout(resolve, 20));
  stalls.disable();
  const started2 = performance.now();
  const result = buildRows(grid, suggestMapping(grid.headers, 'register'), THEMES);
  const built = performance.now() - started2 + read;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const good = result.rows.filter((row) => row.record !== null).length;
  console.log(
    `${label} (${mb(statSync(file).size)}): read ${Math.round(read - started)} ms, rows built ${Math.round(built - read)} ms (one synchronous pass), ` +
      `total ${Math.round(built - started)} ms; ${good}/${result.rows.length} rows stored-ready, ${result.problems.length} problems; ` +
      `peak RSS ${mb(peakRss)}; longest event-loop stall while reading ${Math.round(stalls.max / 1e6)} ms`,
  );
}

/** Dry run then commit of a file into a fresh database, as the app's import job runs them. */
async function measurePipeline(file: string): Promise<void> {
  const dataDir = join(dir, 'data');
  const db = openDatabase(databasePath(dataDir));
  try {
    // The register names "Patrimoine": a theme of that name, as the office that wrote it has.
    createTheme(db, { labelEn: 'Heritage', labelFr: 'Patrimoine' });
    const bytes = readFileSync(file);
    const grid = await readImportFile(file);
    const mapping = suggestMapping(grid.headers, 'register');
    for (const dryRun of [true, false]) {
      global.gc?.();
      peakRss = process.memoryUsage().rss;
      const stalls = monitorEventLoopDelay({ resolution: 10 });
      stalls.enable();
      const phases: string[] = [];
      let phase = '';
      let phaseStart = performance.now();
      const started = phaseStart;
      const cpuBefore = process.cpuUsage();
      const request = importRunSchema.parse({ fileId: randomUUID(), mapping, dryRun });
      const { result } = await runImport(
        { db, dataDir, takeBackup: backupTakerFor({ db, dataDir }) },
        { name: 'registre.csv', bytes },
        request,
        {
          onProgress: (progress) => {
            if (progress.phase === phase) return;
            if (phase) phases.push(`${phase} ${Math.round(performance.now() - phaseStart)} ms`);
            phase = progress.phase;
            phaseStart = performance.now();
          },
        },
      );
      phases.push(`${phase} ${Math.round(performance.now() - phaseStart)} ms`);
      const total = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      await new Promise((resolve) => setTimeout(resolve, 20));
      stalls.disable();
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      console.log(
        // CPU time too: on a shared machine the wall time says more about the neighbours.
        `pipeline ${dryRun ? 'dry run' : 'commit '}: ${Math.round(total)} ms, CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms (${phases.join(', ')}); ` +
          `created ${result.created}, updated ${result.updated}, skipped ${result.skipped}, rejected ${result.rejected}${result.refused ? ' (refused)' : ''}; ` +
          `peak RSS ${mb(peakRss)}; longest event-loop stall ${Math.round(stalls.max / 1e6)} ms`,
      );
      if (result.errors.length > 0)
        console.log(`  first problem: row ${result.errors[0]!.row}: ${result.errors[0]!.message}`);
    }
  } finally {
    closeDatabase(db);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'accords-import-bench-'));
try {
  const csv = join(dir, 'registre.csv');
  const xlsx = join(dir, 'registre.xlsx');
  let started = performance.now();
  writeFileSync(csv, frenchRegisterCsv(rows));
  console.log(`generate CSV: ${rows} rows in ${Math.round(performance.now() - started)} ms`);
  if (!values['pipeline-only']) {
    started = performance.now();
    await frenchRegisterXlsx(rows, xlsx);
    console.log(`generate XLSX: ${rows} rows in ${Math.round(performance.now() - started)} ms`);
  }
  if (!values['pipeline-only']) {
    await measure('CSV Windows-1252 ;', csv);
    await measure('XLSX', xlsx);
  }
  await measurePipeline(csv);
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}
