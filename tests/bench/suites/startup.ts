import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../../../build/scripts/electronBundles';
import { copyOfRegister } from '../lib/dataset';
import { quantile, type Timing } from '../lib/measure';
import { runChild } from '../lib/peakRss';
import type { BenchSuite } from '../lib/suite';

/**
 * How soon a command line starts working: `npm run accords` runs build/door.mjs, which runs
 * the compiled bundle (the baseline: the same command through tsx, which compiles the
 * TypeScript at start-up, as the door did before). Timed as whole child processes, wall time,
 * npm itself apart (it adds the same ~0.3 s to both).
 */

async function timeRuns(runs: number, command: string, args: string[]): Promise<Timing> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const run = await runChild(command, args, { cwd: repoRoot });
    times.push(run.ms);
    if (run.cpuMs !== undefined) cpu.push(run.cpuMs);
  }
  const sorted = times.sort((a, b) => a - b);
  const cpuSorted = cpu.sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    runs,
    ...(cpu.length ? { cpuP50: quantile(cpuSorted, 0.5) } : {}),
  };
}

export const startupSuite: BenchSuite = {
  name: 'startup',
  sizes: [100_000],
  async run(ctx) {
    const node = process.execPath;
    const door = join(repoRoot, 'build', 'door.mjs');
    const tsx = createRequire(join(repoRoot, 'package.json')).resolve('tsx/cli');
    const cliSource = join(repoRoot, 'electron', 'cli', 'main.ts');
    // Builds the bundle if a source changed, and writes V8's code cache: not timed.
    await runChild(node, [door, 'cli', 'help']);
    ctx.record({
      name: 'CLI start (help, to exit)',
      app: await timeRuns(10, node, [door, 'cli', 'help']),
      baseline: await timeRuns(3, node, [tsx, cliSource, 'help']),
      goal: { maxMs: 300 },
      note: 'baseline: the same command through tsx (TypeScript compiled at start)',
    });

    // A command on the register opens its data folder through the safety checks first.
    const copy = copyOfRegister(ctx.size, ctx.log);
    try {
      const args = ['cli', 'agreements', '--data-dir', copy];
      await runChild(node, [door, ...args]); // the start backup of the hour, not timed
      ctx.record({
        name: 'CLI command on the register (agreements, to exit)',
        app: await timeRuns(5, node, [door, ...args]),
        baseline: await timeRuns(3, node, [tsx, cliSource, ...args.slice(1)]),
        goal: { maxMs: 300 },
        note: 'opens the folder through the safety checks (quick_check skipped after a clean close: safety/cleanClose.ts)',
      });
      // The preview's start, to the moment it serves (its URL printed), on the same folder.
      const previewArgs = ['preview', '--data-dir', copy, '--port', '0'];
      await untilListening(node, [door, ...previewArgs]); // builds the renderer if needed
      const doorRuns: number[] = [];
      for (let i = 0; i < 5; i += 1) doorRuns.push(await untilListening(node, [door, ...previewArgs]));
      const tsxRuns: number[] = [];
      const previewSource = join(repoRoot, 'electron', 'preview', 'main.ts');
      for (let i = 0; i < 3; i += 1) tsxRuns.push(await untilListening(node, [tsx, previewSource, ...previewArgs.slice(1)]));
      const timing = (times: number[]): Timing => {
        const sorted = times.sort((a, b) => a - b);
        return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), runs: sorted.length };
      };
      ctx.record({
        name: 'preview start (to serving)',
        app: timing(doorRuns),
        baseline: timing(tsxRuns),
        goal: { maxMs: 2000 },
        note: 'to the URL printed, not to first rows in a browser; baseline through tsx',
      });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  },
};

/** Milliseconds from spawning the preview to its `Accords preview: <url>` line; then stops it. */
function untilListening(command: string, args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise<number>((resolve, reject) => {
    let seen = '';
    let errors = '';
    let served = false;
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (served || !seen.includes('Accords preview:')) return;
      served = true;
      const ms = performance.now() - started;
      child.once('close', () => resolve(ms));
      child.kill('SIGTERM');
    });
    child.once('close', (code) => {
      if (!served) reject(new Error(`the preview ended (${code}) before serving: ${errors.slice(-500)}`));
    });
  });
}
