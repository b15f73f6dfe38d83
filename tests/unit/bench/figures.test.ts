import { describe, expect, it } from 'vitest';
import { FigureLog, toFigure } from '../../bench/lib/figures';
import { measure, quantile } from '../../bench/lib/measure';
import { benchSizes } from '../../bench/lib/sizes';

/** The bench's own arithmetic: what it prints must judge a goal the way the goal reads. */
describe('bench figures', () => {
  const timing = (p50: number, p95 = p50) => ({ p50, p95, runs: 20 });

  it('judges a ratio goal on the chosen statistic, and every bound of a goal', () => {
    expect(
      toFigure(100_000, {
        name: 'page',
        app: timing(15),
        baseline: timing(10),
        goal: { maxRatio: 1.5 },
      }),
    ).toMatchObject({
      app_ms: 15,
      baseline_ms: 10,
      ratio: 1.5,
      ok: true,
      goal: '≤ 1.5× baseline',
    });
    expect(
      toFigure(1, { name: 'page', app: timing(16), baseline: timing(10), goal: { maxRatio: 1.5 } })
        .ok,
    ).toBe(false);
    // p95 judged: a fine median does not hide a slow tail.
    const search = toFigure(1, {
      name: 'search',
      app: timing(10, 40),
      stat: 'p95',
      goal: { maxMs: 30 },
    });
    expect(search).toMatchObject({ app_ms: 40, ok: false, goal: '≤ 30 ms p95' });
    // Both bounds must hold.
    expect(
      toFigure(1, {
        name: 'r',
        app: timing(60),
        baseline: timing(40),
        goal: { maxMs: 50, maxRatio: 2 },
      }).ok,
    ).toBe(false);
    expect(toFigure(1, { name: 'x', app: timing(60), appMb: 310, goal: { maxMb: 300 } }).ok).toBe(
      false,
    );
    expect(toFigure(1, { name: 'x', app: timing(60) }).ok).toBeNull();
  });

  it('prints one JSON line per figure and a summary counting the goals met', () => {
    const lines: string[] = [];
    const log = new FigureLog((line) => lines.push(line));
    log.record(10_000, { name: 'a', app: timing(1), baseline: timing(1), goal: { maxRatio: 1.5 } });
    log.record(10_000, { name: 'b', app: timing(3), baseline: timing(1), goal: { maxRatio: 1.5 } });
    expect(lines.map((line) => (JSON.parse(line) as { name: string; ok: boolean }).ok)).toEqual([
      true,
      false,
    ]);
    expect(log.summary()).toMatch(/\| 10k +\| b .*\| NO +\|/);
    expect(log.summary()).toMatch(/1 of 2 goals met$/);
  });

  it('prints a baseline stopped at its timeout as a lower bound, its ratio as an upper one, the goal unchanged', () => {
    const lines: string[] = [];
    const log = new FigureLog((line) => lines.push(line));
    const input = { name: 'docx', app: timing(4000), appMb: 240, baseline: timing(300_000), goal: { maxMb: 300 } };
    log.record(100_000, { ...input, baselineTimedOut: true });
    log.record(100_000, input);
    const [stopped, finished] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(stopped).toMatchObject({ baseline_ms: 300_000, baseline_timed_out: true, ok: true, goal: '≤ 300 MB peak' });
    expect(finished).not.toHaveProperty('baseline_timed_out');
    const [, , first, second] = log.summary().split('\n');
    expect(first).toMatch(/\| ≥ 300000 ms +\| ≤ 0\.01× +\|/);
    expect(second).toMatch(/\| 300000 ms +\| 0\.01× +\|/);
  });

  it('takes nearest-rank quantiles, runs enough times, and reads BENCH_SIZES', () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.5)).toBe(10);
    expect(quantile(sorted, 0.95)).toBe(19);
    let calls = 0;
    const t = measure(() => (calls += 1), { minRuns: 25, minMs: 0 });
    expect(t.runs).toBe(25);
    expect(calls).toBe(26); // one warm-up
    expect(benchSizes({})).toEqual([10_000, 100_000, 300_000]);
    expect(benchSizes({ BENCH_SIZES: '100000' })).toEqual([100_000]);
    expect(() => benchSizes({ BENCH_SIZES: 'lots' })).toThrow(/BENCH_SIZES/);
  });
});
