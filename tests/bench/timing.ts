/** The middle value of a set of timings. */
export function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The median of `runs` timed calls of `run` (ms), after one untimed call that warms the caches. */
export function timeMedian(run: () => unknown, runs: number): number {
  run(); // warm the page cache and the statement cache
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}
