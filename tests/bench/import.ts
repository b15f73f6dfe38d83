/**
 * `npx tsx tests/bench/import.ts [--rows N] [--pipeline-only]`: generates a French register of
 * N agreements (100,000 by default) as a Windows-1252 `;` CSV and as an XLSX file, then reads
 * each the way the import does — file → grid → rows with the suggested mapping — and prints the
 * time of each step, the peak resident memory, and the longest stall of the event loop (the
 * import reads in chunks so the app keeps answering). Then the whole pipeline on the CSV into
 * a fresh database: a dry run (checked, planned, written and rolled back) and the commit (a
 * backup, one transaction, the batch recorded), each as the app runs it, and in the same run the
 * baseline: the same cities and agreements inserted by bare SQL (statements prepared once, one
 * transaction, no rule, history or search) into a fresh database. Each pipeline step ends with a
 * JSON line `{name, size, app_ms, baseline_ms, ratio, goal, ok, app_peak_mb, wall_ms}` judged on
 * CPU time (the machine is shared: wall time says more about the neighbours). Printed, never
 * asserted. `--only dry|commit` runs one of the two steps alone, into the fresh database.
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
import { createTheme, listThemes } from '../../electron/services/themes/themes';
import { importRunSchema } from '../../shared/schemas/imports';
import { suggestMapping } from '../../shared/import/mapping';
import { buildRows } from '../../shared/import/rows';
import { frenchRegisterCsv, frenchRegisterXlsx } from './importData';
import { backupTakerFor } from '../../electron/safety/schedule';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    'pipeline-only': { type: 'boolean' },
    only: { type: 'string' },
  },
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

/**
 * The baseline: the same partner cities and agreements stored by bare SQL into a fresh database
 * (statements prepared once, one transaction), with the values the import derives from the file.
 * CPU milliseconds.
 */
function baselineCpuMs(records: { city: Record<string, unknown>; agreement: Record<string, unknown> }[]): number {
  const db = openDatabase(databasePath(join(dir, 'baseline')));
  try {
    const cpuBefore = process.cpuUsage();
    const city = db.prepare(
      `INSERT INTO cities (id, name, name_key, name_fr, name_en, name_fr_key, name_en_key, aliases, names_key, country,
                           latitude, longitude, notes, region, languages, website, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, NULL, NULL, '', '', '[]', '', ?, ?)`,
    );
    const agreement = db.prepare(
      `INSERT INTO agreements (id, city_id, kind, exclusive, signed_on, signed_precision, signed_year, status, ended_on,
                               end_reason, title, notes, created_at, updated_at)
       VALUES (?, ?, ?, 0, ?, 'day', ?, ?, NULL, '', '', ?, ?, ?)`,
    );
    db.transaction(() => {
      for (const { city: c, agreement: a } of records) {
        const stamp = new Date().toISOString();
        const cityId = randomUUID();
        const name = String(c.name);
        const key = name.toLowerCase();
        city.run(cityId, name, key, name, name, key, key, key, c.country, stamp, stamp);
        const signedOn = String(a.signedOn);
        agreement.run(randomUUID(), cityId, a.kind, signedOn, Number(signedOn.slice(0, 4)), a.status, a.notes ?? '', stamp, stamp);
      }
    })();
    const cpu = process.cpuUsage(cpuBefore);
    return (cpu.user + cpu.system) / 1000;
  } finally {
    closeDatabase(db);
  }
}

/** One JSON line of the bench's output (CPU milliseconds). */
function figure(name: string, appMs: number, baselineMs: number, goalMs: number, peakMb: number, wallMs: number): void {
  const ratio = Math.round((appMs / baselineMs) * 100) / 100;
  console.log(
    JSON.stringify({
      name,
      size: rows,
      app_ms: Math.round(appMs),
      baseline_ms: Math.round(baselineMs),
      ratio,
      goal: `≤ ${goalMs} ms CPU, ≤ ${PEAK_GOAL_MB} MB peak`,
      ok: appMs <= goalMs && peakMb <= PEAK_GOAL_MB,
      app_peak_mb: peakMb,
      wall_ms: Math.round(wallMs),
      unit: 'ms',
    }),
  );
}

/** The goals at 100,000 rows (scaled down with the size): CPU time of each step, peak memory. */
const GOAL_MS = { dry: 15_000, commit: 25_000 };
const PEAK_GOAL_MB = 600;

/** Dry run then commit of a file into a fresh database, as the app's import job runs them. */
async function measurePipeline(file: string): Promise<void> {
  const dataDir = join(dir, 'data');
  const db = openDatabase(databasePath(dataDir));
  try {
    // The register names "Patrimoine": a theme of that name, as the office that wrote it has.
    createTheme(db, { labelEn: 'Heritage', labelFr: 'Patrimoine' });
    // Only the headers are kept: the grid is dropped before the import reads the file again.
    const mapping = suggestMapping((await readImportFile(file)).headers, 'register');
    const figures: { name: string; cpuMs: number; peakMb: number; wallMs: number; goal: number }[] = [];
    const steps = values.only === 'dry' ? [true] : values.only === 'commit' ? [false] : [true, false];
    for (const dryRun of steps) {
      global.gc?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
      peakRss = process.memoryUsage().rss;
      const stalls = monitorEventLoopDelay({ resolution: 10 });
      stalls.enable();
      const phases: string[] = [];
      let phase = '';
      let phaseStart = performance.now();
      const started = phaseStart;
      const cpuBefore = process.cpuUsage();
      let phaseCpu = cpuBefore;
      const cpuSince = (from: NodeJS.CpuUsage) => {
        const used = process.cpuUsage(from);
        return Math.round((used.user + used.system) / 1000);
      };
      const request = importRunSchema.parse({ fileId: randomUUID(), mapping, dryRun });
      const { result } = await runImport(
        { db, dataDir, takeBackup: backupTakerFor({ db, dataDir }) },
        { name: 'registre.csv', bytes: readFileSync(file) },
        request,
        {
          onProgress: (progress) => {
            if (progress.phase === phase) return;
            if (phase) phases.push(`${phase} ${Math.round(performance.now() - phaseStart)} ms (CPU ${cpuSince(phaseCpu)})`);
            phase = progress.phase;
            phaseStart = performance.now();
            phaseCpu = process.cpuUsage();
          },
        },
      );
      phases.push(`${phase} ${Math.round(performance.now() - phaseStart)} ms (CPU ${cpuSince(phaseCpu)})`);
      const total = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      await new Promise((resolve) => setTimeout(resolve, 20));
      stalls.disable();
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      console.log(
        // CPU time too: on a shared machine the wall time says more about the neighbours.
        `pipeline ${dryRun ? 'dry run' : 'commit '}: ${Math.round(total)} ms, CPU ${Math.round(cpuMs)} ms (${phases.join(', ')}); ` +
          `created ${result.created}, updated ${result.updated}, skipped ${result.skipped}, rejected ${result.rejected}${result.refused ? ' (refused)' : ''}; ` +
          `peak RSS ${mb(peakRss)}; longest event-loop stall ${Math.round(stalls.max / 1e6)} ms`,
      );
      if (result.errors.length > 0)
        console.log(`  first problem: row ${result.errors[0]!.row}: ${result.errors[0]!.message}`);
      const goal = Math.round(((dryRun ? GOAL_MS.dry : GOAL_MS.commit) * rows) / 100_000);
      figures.push({ name: `import ${dryRun ? 'dry run' : 'commit'}`, cpuMs, peakMb: Math.round(peakRss / 1024 / 1024), wallMs: total, goal });
    }
    // The baseline last, so its data does not weigh on the import's peak memory.
    const grid = await readImportFile(file);
    const records = buildRows(grid, mapping, listThemes(db)).rows.flatMap((row) =>
      row.record ? [row.record as { city: Record<string, unknown>; agreement: Record<string, unknown> }] : [],
    );
    const baselineMs = baselineCpuMs(records);
    console.log(`baseline: ${records.length} cities and agreements by bare SQL, CPU ${Math.round(baselineMs)} ms`);
    for (const f of figures) figure(f.name, f.cpuMs, baselineMs, f.goal, f.peakMb, f.wallMs);
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
