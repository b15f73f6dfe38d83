/**
 * `npx tsx tests/bench/import.ts [--rows N]`: generates a French register of N agreements
 * (100,000 by default) as a Windows-1252 `;` CSV and as an XLSX file, then reads each the way
 * the import does — file → grid → rows with the suggested mapping — and prints the time of
 * each step, the peak resident memory, and the longest stall of the event loop (the import
 * reads in chunks so the app keeps answering). Printed, never asserted.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readImportFile } from '../../electron/import/readGrid';
import { suggestMapping } from '../../shared/import/mapping';
import { buildRows } from '../../shared/import/rows';
import { frenchRegisterCsv, frenchRegisterXlsx } from './importData';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
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

const dir = mkdtempSync(join(tmpdir(), 'accords-import-bench-'));
try {
  const csv = join(dir, 'registre.csv');
  const xlsx = join(dir, 'registre.xlsx');
  let started = performance.now();
  writeFileSync(csv, frenchRegisterCsv(rows));
  console.log(`generate CSV: ${rows} rows in ${Math.round(performance.now() - started)} ms`);
  started = performance.now();
  await frenchRegisterXlsx(rows, xlsx);
  console.log(`generate XLSX: ${rows} rows in ${Math.round(performance.now() - started)} ms`);
  await measure('CSV Windows-1252 ;', csv);
  await measure('XLSX', xlsx);
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}
