/**
 * One export in a process of its own, so the bench reads its peak memory (lib/peakRss.ts):
 * `exportChild <dataDir> <format> <out>` writes the actions list of the register through the
 * app's export job, `plain-csv` through a plain streaming CSV writer over raw SQL (the CSV
 * baseline). Prints `{"ms": …}`: the time from the request to the file written, the start of
 * the process apart. Bundled before it runs (suites/exports.ts), as the command line is.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { closeDatabase, openDatabase } from '../../electron/db/open';
import { databasePath } from '../../electron/paths/dataDir';
import { startExport, waitForExport } from '../../electron/exports/jobs';
import { exportStartSchema, type ExportFormat } from '../../shared/reports/requests';
import { backupTakerFor } from '../../electron/safety/schedule';

const [dataDir = '', format = '', out = ''] = process.argv.slice(2);

/**
 * The peak of this process's own memory (RssAnon: heap, buffers, SQLite's page cache), sampled:
 * GNU time's peak RSS also counts the pages of the database file mapped into memory
 * (`mmap_size`), which are the OS's file cache, shared, and dropped first under pressure.
 */
let anonPeakKb = 0;
const sampleAnon = () => {
  const match = /RssAnon:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
  if (match) anonPeakKb = Math.max(anonPeakKb, Number(match[1]));
};
const sampler = setInterval(sampleAnon, 20);
const db = openDatabase(databasePath(dataDir));

/** RFC 4180 quoting, nothing else: what any CSV writer must at least do. */
const field = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

async function plainCsv(): Promise<void> {
  const file = createWriteStream(out);
  const rows = db
    .prepare(
      `SELECT x.title, coalesce(c.name_fr, c.name_en), c.country, x.kind, x.status, x.start_on, x.end_on, x.lead_department,
              x.budget_planned_minor, x.budget_planned_currency, x.budget_spent_minor, x.budget_spent_currency, x.follow_up_on
       FROM actions x JOIN agreements a ON a.id = x.agreement_id JOIN cities c ON c.id = a.city_id
       ORDER BY x.start_on DESC, x.rowid`,
    )
    .raw()
    .iterate() as IterableIterator<unknown[]>;
  let piece: string[] = [];
  for (const row of rows) {
    piece.push(row.map(field).join(','));
    if (piece.length === 1000) {
      if (!file.write(`${piece.join('\r\n')}\r\n`)) await once(file, 'drain');
      piece = [];
    }
  }
  file.end(`${piece.join('\r\n')}\r\n`);
  await once(file, 'finish');
}

/** The timed export (no top-level await: the child is bundled as CommonJS). */
async function main(): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  if (format === 'plain-csv') await plainCsv();
  else {
    const request = exportStartSchema.parse({
      request: { report: 'actions' },
      format: format as ExportFormat,
      target: { kind: 'file', file: out, overwrite: true },
      lang: 'fr',
    });
    const { jobId } = startExport({ db, dataDir, version: 'bench', takeBackup: backupTakerFor({ db, dataDir }) }, request);
    const final = await waitForExport(jobId);
    if (final.state !== 'done') throw new Error(`export ${final.state}: ${final.error?.message ?? ''}`);
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  sampleAnon();
  clearInterval(sampler);
  closeDatabase(db);
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, anonMb: Math.round(anonPeakKb / 1024) })}\n`);
}

void main();
