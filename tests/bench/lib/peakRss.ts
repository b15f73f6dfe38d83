import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A child process run to its end: how long it took, its peak memory and its exit. */
export interface ChildRun {
  ms: number;
  /** Peak resident memory (MB) of the largest process of the tree (GNU time's %M). */
  peakMb: number;
  /** CPU time (user + system) of the child and the descendants it waited for, where GNU time is installed. */
  cpuMs?: number;
  code: number | null;
  /** Set when the child was stopped at `timeoutMs`: its figures are then lower bounds. */
  timedOut?: boolean;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command args` as a child process and reports its wall time and peak RSS. Peak RSS is
 * read by GNU time (`%M`: the largest resident set of the child and the descendants it waited
 * for) where installed, else by sampling `/proc/<pid>/status` (VmHWM of the child itself).
 * Throws when the child fails, with its stderr, so a broken figure never passes as a fast one.
 */
export async function runChild(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; allowFailure?: boolean; timeoutMs?: number } = {},
): Promise<ChildRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'accords-bench-rss-'));
  const rssFile = join(scratch, 'rss');
  const useTime = existsSync(GNU_TIME);
  const [bin, argv] = useTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]]
    : [command, [...args]];
  try {
    const started = performance.now();
    const child = spawn(bin, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let sampledKb = 0;
    const sampler = useTime
      ? undefined
      : setInterval(() => (sampledKb = Math.max(sampledKb, vmHwmKb(child.pid))), 25);
    // At the timeout the tree's leaves are killed first, so that each parent reaps its child and
    // GNU time reports the peak and CPU time of the whole tree (soffice → oosplash → soffice.bin);
    // what is left a few seconds later is killed too, GNU time apart.
    let timedOut = false;
    let straggler: NodeJS.Timeout | undefined;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killTree(child.pid, useTime, true);
            straggler = setTimeout(() => killTree(child.pid, useTime, false), 5000);
          }, options.timeoutMs);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const ms = performance.now() - started;
    if (timer) clearTimeout(timer);
    if (straggler) clearTimeout(straggler);
    if (sampler) clearInterval(sampler);
    // GNU time's last line: "<peak kB> <user s> <system s>".
    const [kb = sampledKb, user, system] = useTime
      ? (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number)
      : [sampledKb];
    if (code !== 0 && !options.allowFailure && !timedOut)
      throw new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr.slice(-2000)}`);
    const cpuMs = user === undefined || system === undefined ? undefined : Math.round((user + system) * 1000);
    return { ms, peakMb: kb / 1024, ...(cpuMs === undefined ? {} : { cpuMs }), code, ...(timedOut ? { timedOut } : {}), stdout, stderr };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The children of `pid` (all its threads'), from /proc; none once it has ended. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * Kills the processes below `pid` (and `pid` itself unless `spareRoot`: GNU time, left to
 * report), or only the leaves of that tree (`leavesOnly`).
 */
function killTree(pid: number | undefined, spareRoot: boolean, leavesOnly: boolean): void {
  if (pid === undefined) return;
  const tree: number[] = [];
  const walk = (p: number) => {
    const children = childrenOf(p);
    if (!leavesOnly || children.length === 0) tree.push(p);
    children.forEach(walk);
  };
  walk(pid);
  for (const p of spareRoot ? tree.filter((p) => p !== pid) : tree) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

function vmHwmKb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process just ended
  }
}
