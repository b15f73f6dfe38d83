import { appendFileSync } from 'node:fs';
import type { Timing } from './measure';
import { sizeLabel } from './sizes';

/** A figure's goal: every bound given must hold (a ratio to the baseline, a time, a peak memory). */
export interface Goal {
  maxRatio?: number;
  maxMs?: number;
  maxMb?: number;
}

/** What a suite hands to `record`: the app's path and, in the same run, its baseline. */
export interface FigureInput {
  name: string;
  app: Timing;
  baseline?: Timing;
  /** Which statistic the goal is judged on (default p50; search is judged at p95). */
  stat?: 'p50' | 'p95';
  goal?: Goal;
  /** Peak resident memory of the app's path and of the baseline (MB), for child-process figures. */
  appMb?: number;
  baselineMb?: number;
  /** The baseline was stopped at a timeout: its time is a lower bound, the ratio an upper one. */
  baselineTimedOut?: boolean;
  /** For size figures: the value is not a time. `app_ms`/`baseline_ms` then hold megabytes. */
  unit?: 'ms' | 'MB';
  note?: string;
}

/** One JSON line of the bench's output. */
export interface Figure {
  name: string;
  size: number;
  app_ms: number;
  baseline_ms: number | null;
  ratio: number | null;
  goal: string;
  ok: boolean | null;
  stat: 'p50' | 'p95';
  runs: number;
  unit: 'ms' | 'MB';
  app_p95_ms?: number;
  /** The median wall time, beside a figure judged at p95. */
  app_p50_ms?: number;
  /** Median CPU time of the process per run (see `Timing.cpuP50`). */
  app_cpu_ms?: number;
  baseline_cpu_ms?: number;
  app_peak_mb?: number;
  baseline_peak_mb?: number;
  /** The baseline was stopped at a timeout: `baseline_ms` is a lower bound, `ratio` an upper one. */
  baseline_timed_out?: boolean;
  note?: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The goal as the summary prints it: "≤ 1.5× raw, ≤ 30 ms p95". */
export function goalText(goal: Goal | undefined, stat: 'p50' | 'p95', unit: 'ms' | 'MB'): string {
  if (!goal) return '';
  const parts: string[] = [];
  if (goal.maxRatio !== undefined) parts.push(`≤ ${goal.maxRatio}× baseline`);
  if (goal.maxMs !== undefined)
    parts.push(`≤ ${goal.maxMs} ${unit}${stat === 'p95' ? ' p95' : ''}`);
  if (goal.maxMb !== undefined) parts.push(`≤ ${goal.maxMb} MB peak`);
  return parts.join(', ');
}

/** Builds the figure of `input` at `size`, judging its goal. */
export function toFigure(size: number, input: FigureInput): Figure {
  const stat = input.stat ?? 'p50';
  const unit = input.unit ?? 'ms';
  const app = input.app[stat];
  const baseline = input.baseline ? input.baseline[stat] : null;
  const ratio = baseline !== null && baseline > 0 ? app / baseline : null;
  const checks: boolean[] = [];
  const goal = input.goal;
  if (goal?.maxRatio !== undefined) checks.push(ratio !== null && ratio <= goal.maxRatio);
  if (goal?.maxMs !== undefined) checks.push(app <= goal.maxMs);
  if (goal?.maxMb !== undefined)
    checks.push(input.appMb !== undefined && input.appMb <= goal.maxMb);
  return {
    name: input.name,
    size,
    app_ms: round(app),
    baseline_ms: baseline === null ? null : round(baseline),
    ratio: ratio === null ? null : round(ratio),
    goal: goalText(goal, stat, unit),
    ok: checks.length ? checks.every(Boolean) : null,
    stat,
    runs: input.app.runs,
    unit,
    ...(stat === 'p50' && input.app.runs > 1 ? { app_p95_ms: round(input.app.p95) } : {}),
    ...(stat === 'p95' && input.app.runs > 1 ? { app_p50_ms: round(input.app.p50) } : {}),
    ...(unit === 'ms' && input.app.cpuP50 !== undefined
      ? { app_cpu_ms: round(input.app.cpuP50) }
      : {}),
    ...(unit === 'ms' && input.baseline?.cpuP50 !== undefined
      ? { baseline_cpu_ms: round(input.baseline.cpuP50) }
      : {}),
    ...(input.appMb === undefined ? {} : { app_peak_mb: Math.round(input.appMb) }),
    ...(input.baselineMb === undefined ? {} : { baseline_peak_mb: Math.round(input.baselineMb) }),
    ...(input.baselineTimedOut ? { baseline_timed_out: true } : {}),
    ...(input.note ? { note: input.note } : {}),
  };
}

/** Collects the figures of a run: prints each as one JSON line, and the summary table at the end. */
export class FigureLog {
  readonly figures: Figure[] = [];

  constructor(
    private readonly out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
    /** Also appends every JSON line to this file (`BENCH_OUT`). */
    private readonly file?: string,
  ) {}

  record(size: number, input: FigureInput): Figure {
    const figure = toFigure(size, input);
    this.figures.push(figure);
    const line = JSON.stringify(figure);
    this.out(line);
    if (this.file) appendFileSync(this.file, `${line}\n`);
    return figure;
  }

  /** The summary: one row per figure, in the order measured, and how many goals were met. */
  summary(): string {
    const header = [
      'size',
      'figure',
      'stat',
      'app',
      'baseline',
      'ratio',
      'cpu app / base',
      'goal',
      'ok',
    ];
    const num = (n: number | null, unit: string) =>
      n === null ? '–' : `${n >= 100 ? Math.round(n) : n.toFixed(1)} ${unit}`;
    const rows = this.figures.map((f) => [
      sizeLabel(f.size),
      f.name,
      f.stat,
      num(f.app_ms, f.unit) + (f.app_peak_mb === undefined ? '' : ` / ${f.app_peak_mb} MB`),
      (f.baseline_timed_out ? '≥ ' : '') +
        num(f.baseline_ms, f.unit) +
        (f.baseline_peak_mb === undefined ? '' : ` / ${f.baseline_peak_mb} MB`),
      f.ratio === null ? '–' : `${f.baseline_timed_out ? '≤ ' : ''}${f.ratio.toFixed(2)}×`,
      f.app_cpu_ms === undefined
        ? '–'
        : `${num(f.app_cpu_ms, '')}/ ${f.baseline_cpu_ms === undefined ? '–' : num(f.baseline_cpu_ms, 'ms')}`,
      f.goal || '–',
      f.ok === null ? '–' : f.ok ? 'yes' : 'NO',
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    const judged = this.figures.filter((f) => f.ok !== null);
    return [
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
      '',
      `${judged.filter((f) => f.ok).length} of ${judged.length} goals met`,
    ].join('\n');
  }
}
