import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { mainBuildOptions, repoRoot } from '../../../build/scripts/electronBundles';
import { csvAsHtmlTable } from '../lib/csvAsHtmlTable';
import { runChild, type ChildRun } from '../lib/peakRss';
import type { BenchContext, BenchSuite } from '../lib/suite';

/**
 * Exports of the whole actions list, each in a child process of its own (time from the request
 * to the file written, and the process's peak memory): XLSX against LibreOffice converting the
 * same rows from the app's CSV, PDF against LibreOffice Calc printing that CSV to PDF, DOCX
 * against LibreOffice Writer converting the same rows as an HTML table, CSV against a plain
 * streaming writer over raw SQL. One run each: an export of 100,000 rows is too slow to repeat.
 * The baselines only give the ratio: the DOCX and PDF goals are the bounds alone.
 */

const SOFFICE = '/usr/bin/soffice';

/**
 * How LibreOffice must read the app's CSV (exported in French): separator `;` (59), text in `"`
 * (34), UTF-8 (76), from line 1. Without it Calc splits on commas and reads Latin-1.
 */
const CSV_SEPARATOR = ';';
const CSV_FILTER = 'CSV:59,34,76,1';

/**
 * LibreOffice is stopped after this long (`BENCH_OFFICE_TIMEOUT_MS`): Writer's time grows faster
 * than its table (1,000 rows to DOCX 3.7 s, 10,000 rows 82 s here), and 100,000 rows would hold
 * a core for hours. A stopped baseline is recorded as a lower bound.
 */
const OFFICE_TIMEOUT_MS = Number(process.env.BENCH_OFFICE_TIMEOUT_MS) || 300_000;

interface OfficeRun {
  timing: { p50: number; p95: number; runs: number; cpuP50?: number };
  mb: number;
  timedOut: boolean;
}

/**
 * `soffice --headless <args> --outdir <scratch>/office <input>`, timed as a child (wall, CPU and
 * peak RSS by GNU time); undefined where LibreOffice is not installed. Throws when it ends
 * without writing `<name>.<extension>`, so a failed conversion never passes as a fast one.
 */
async function office(ctx: BenchContext, scratch: string, input: string, args: string[], extension: string): Promise<OfficeRun | undefined> {
  if (!existsSync(SOFFICE)) return undefined;
  const outdir = join(scratch, 'office');
  const run = await runChild(SOFFICE, ['--headless', ...args, '--outdir', outdir, input], {
    env: { ...process.env, HOME: scratch },
    timeoutMs: OFFICE_TIMEOUT_MS,
  });
  const written = join(outdir, `${basename(input).replace(/\.[^.]+$/, '')}.${extension}`);
  if (run.timedOut) ctx.log(`LibreOffice stopped after ${Math.round(run.ms / 1000)} s`);
  else if (!existsSync(written)) throw new Error(`soffice wrote no ${written}: ${run.stdout}${run.stderr}`);
  return {
    timing: { p50: run.ms, p95: run.ms, runs: 1, ...(run.cpuMs === undefined ? {} : { cpuP50: run.cpuMs }) },
    mb: run.peakMb,
    timedOut: run.timedOut === true,
  };
}

/** The figure's baseline fields and the note's words for it. */
function officeBaseline(run: OfficeRun | undefined, what: string) {
  if (!run) return { fields: {}, note: 'LibreOffice not installed: no baseline' };
  const fields = { baseline: run.timing, baselineMb: run.mb, ...(run.timedOut ? { baselineTimedOut: true } : {}) };
  if (!run.timedOut) return { fields, note: `baseline: ${what}` };
  const s = Math.round(OFFICE_TIMEOUT_MS / 1000);
  return { fields, note: `baseline: ${what}, stopped after ${s} s (BENCH_OFFICE_TIMEOUT_MS) unfinished: its time is a lower bound, the ratio an upper one` };
}

/** The child's own figure (its start-up apart) and the peak memory GNU time saw. */
function childFigure(run: ChildRun) {
  const { ms, cpuMs, anonMb } = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; cpuMs: number; anonMb: number };
  return { timing: { p50: ms, p95: ms, runs: 1, cpuP50: cpuMs }, mb: run.peakMb, anonMb };
}

/** The note that tells the process's own peak from the mapped database file's pages. */
const anon = (run: { anonMb: number }) => `peak without the mapped database file (RssAnon): ${run.anonMb} MB`;

export const exportsSuite: BenchSuite = {
  name: 'exports',
  sizes: [100_000],
  async run(ctx) {
    const scratch = mkdtempSync(join(tmpdir(), 'accords-bench-exports-'));
    try {
      // The child runs compiled, as the command line does (build/door.mjs): no TypeScript
      // compiler in its memory. Inside the repository, where its native modules are found.
      const child = join(repoRoot, 'dist', 'bench', 'exportChild.cjs');
      await build(mainBuildOptions(join(repoRoot, 'tests', 'bench', 'exportChild.ts'), child));
      const exportOf = async (format: string) => {
        const out = join(scratch, `actions.${format === 'plain-csv' ? 'plain.csv' : format}`);
        ctx.log(`export ${format}`);
        return { ...childFigure(await runChild(process.execPath, [child, ctx.dataDir, format, out])), out };
      };

      const csv = await exportOf('csv');
      const plain = await exportOf('plain-csv');
      ctx.record({ name: 'export CSV (actions list)', app: csv.timing, appMb: csv.mb, baseline: plain.timing, baselineMb: plain.mb, goal: { maxMs: 2000 }, note: `baseline: plain streaming CSV writer over raw SQL; ${anon(csv)}` });

      const xlsx = await exportOf('xlsx');
      ctx.log('LibreOffice: the same CSV to XLSX');
      const officeXlsx = officeBaseline(
        await office(ctx, scratch, csv.out, [`--infilter=${CSV_FILTER}`, '--convert-to', 'xlsx'], 'xlsx'),
        `soffice --headless --infilter=${CSV_FILTER} --convert-to xlsx of the same rows as CSV`,
      );
      ctx.record({ name: 'export XLSX (actions list)', app: xlsx.timing, appMb: xlsx.mb, ...officeXlsx.fields, goal: { maxRatio: 0.3, maxMb: 300 }, note: `${officeXlsx.note}; ${anon(xlsx)}` });

      const docx = await exportOf('docx');
      const html = join(scratch, 'actions.html');
      await csvAsHtmlTable(csv.out, html, CSV_SEPARATOR);
      ctx.log('LibreOffice Writer: the same rows as an HTML table to DOCX');
      const officeDocx = officeBaseline(
        await office(ctx, scratch, html, ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML'], 'docx'),
        'soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" of the same rows as one HTML table',
      );
      ctx.record({ name: 'export DOCX (actions list)', app: docx.timing, appMb: docx.mb, ...officeDocx.fields, goal: { maxMb: 300 }, note: `${officeDocx.note}; ${anon(docx)}` });
      // The longest: BENCH_NO_PDF=1 leaves it out of a quick run.
      if (process.env.BENCH_NO_PDF === '1') return;
      const pdf = await exportOf('pdf');
      ctx.log('LibreOffice Calc: the same CSV to PDF');
      const officePdf = officeBaseline(
        await office(ctx, scratch, csv.out, [`--infilter=${CSV_FILTER}`, '--convert-to', 'pdf'], 'pdf'),
        `soffice --headless --infilter=${CSV_FILTER} --convert-to pdf of the same rows as CSV`,
      );
      ctx.record({ name: 'export PDF (actions list)', app: pdf.timing, appMb: pdf.mb, ...officePdf.fields, goal: { maxMs: 30_000, maxMb: 400 }, note: `${officePdf.note}; ${anon(pdf)}` });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
