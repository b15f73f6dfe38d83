import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mainBuildOptions, repoRoot } from '../../../build/scripts/electronBundles';
import { runChild, type ChildRun } from '../lib/peakRss';
import type { BenchSuite } from '../lib/suite';

/**
 * Exports of the whole actions list, each in a child process of its own (time from the request
 * to the file written, and the process's peak memory): XLSX against LibreOffice converting the
 * same rows from the app's CSV, CSV against a plain streaming writer over raw SQL; DOCX and PDF
 * against their goals. One run each: an export of 100,000 rows is too slow to repeat.
 */

const SOFFICE = '/usr/bin/soffice';

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
      let office: { timing: { p50: number; p95: number; runs: number; cpuP50?: number }; mb: number } | undefined;
      if (existsSync(SOFFICE)) {
        ctx.log('LibreOffice: the same CSV to XLSX');
        const run = await runChild(SOFFICE, ['--headless', '--convert-to', 'xlsx', '--outdir', join(scratch, 'office'), csv.out], {
          env: { ...process.env, HOME: scratch },
        });
        office = { timing: { p50: run.ms, p95: run.ms, runs: 1, ...(run.cpuMs === undefined ? {} : { cpuP50: run.cpuMs }) }, mb: run.peakMb };
      }
      ctx.record({
        name: 'export XLSX (actions list)',
        app: xlsx.timing,
        appMb: xlsx.mb,
        ...(office ? { baseline: office.timing, baselineMb: office.mb } : {}),
        goal: { maxRatio: 0.3, maxMb: 300 },
        note: `${office ? 'baseline: soffice --headless --convert-to xlsx of the same rows as CSV' : 'LibreOffice not installed: no baseline'}; ${anon(xlsx)}`,
      });

      const docx = await exportOf('docx');
      ctx.record({ name: 'export DOCX (actions list)', app: docx.timing, appMb: docx.mb, goal: { maxMb: 300 }, note: anon(docx) });
      // The longest by far: BENCH_NO_PDF=1 leaves it out of a quick run.
      if (process.env.BENCH_NO_PDF === '1') return;
      const pdf = await exportOf('pdf');
      ctx.record({ name: 'export PDF (actions list)', app: pdf.timing, appMb: pdf.mb, goal: { maxMs: 30_000, maxMb: 400 }, note: anon(pdf) });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
