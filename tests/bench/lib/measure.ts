/** What a timed path took over its runs (milliseconds). */
export interface Timing {
  p50: number;
  p95: number;
  runs: number;
  /**
   * The median CPU time of this process per run (user + system, ms): on a machine shared with
   * other work, wall time waits for the cores while CPU time still tells what the path costs.
   */
  cpuP50?: number;
}

export interface MeasureOptions {
  /** At least this many timed runs (default 20, so p95 is a real order statistic). */
  minRuns?: number;
  /** Keep running until this much time was spent (default 1,000 ms)… */
  minMs?: number;
  /** …but never more than this many runs (default 200)… */
  maxRuns?: number;
  /** …nor past this much time once `minRuns` are done (default 10,000 ms): slow paths get fewer runs. */
  maxMs?: number;
  /** Untimed calls first, to warm the page cache and the statement cache (default 1). */
  warmup?: number;
}

/** The value below which `q` (0–1) of the sorted timings fall (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

function summarise(times: number[], cpu: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), runs: sorted.length, cpuP50: quantile(cpuSorted, 0.5) };
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function enough(times: number[], spent: number, o: Required<Omit<MeasureOptions, 'warmup'>>): boolean {
  if (times.length >= o.maxRuns) return true;
  if (times.length < Math.min(o.minRuns, o.maxRuns)) return spent > o.maxMs * 3; // a very slow path
  return spent >= o.minMs || spent >= o.maxMs;
}

function defaults(options: MeasureOptions): Required<Omit<MeasureOptions, 'warmup'>> & { warmup: number } {
  return {
    minRuns: options.minRuns ?? 20,
    minMs: options.minMs ?? 1_000,
    maxRuns: options.maxRuns ?? 200,
    maxMs: options.maxMs ?? 10_000,
    warmup: options.warmup ?? 1,
  };
}

/**
 * Times `run` (synchronous) over enough runs for a p50 and a p95: at least `minRuns`, and
 * until `minMs` was spent, within `maxRuns` / `maxMs`.
 */
export function measure(run: () => unknown, options: MeasureOptions = {}): Timing {
  const o = defaults(options);
  for (let i = 0; i < o.warmup; i += 1) run();
  const times: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  while (!enough(times, performance.now() - started, o)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
  }
  return summarise(times, cpu);
}

/** `measure` for a path that returns a promise (an export, a browser round trip). */
export async function measureAsync(
  run: () => Promise<unknown>,
  options: MeasureOptions = {},
): Promise<Timing> {
  const o = defaults(options);
  for (let i = 0; i < o.warmup; i += 1) await run();
  const times: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  while (!enough(times, performance.now() - started, o)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
  }
  return summarise(times, cpu);
}

/** One timed call, for a path too slow to repeat (generate 300k, an export of every row). */
export async function once(run: () => unknown): Promise<Timing> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const ms = performance.now() - t0;
  return { p50: ms, p95: ms, runs: 1, cpuP50: cpuMs(c0) };
}
