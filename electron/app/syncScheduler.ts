/**
 * When a desktop of a team syncs: soon after start, every few minutes while the server answers,
 * more patiently while it does not, and whenever the user asks. The scheduler owns only the
 * timing; what one sync does is `run`. It never blocks its caller: start-up and IPC go on while
 * a sync runs, and a sync asked for while one is running joins it rather than starting a second.
 */

/** How one sync ended, as far as the timing is concerned. */
export type SyncOutcome = 'synced' | 'offline' | 'idle';

/** The timing of background sync, in ms. */
export interface SyncTiming {
  /** After start, before the first sync: the window comes up first. */
  firstMs: number;
  /** Between syncs while the server answers. */
  everyMs: number;
  /** The first wait after the server did not answer; doubles each time, up to `maxRetryMs`. */
  retryMs: number;
  maxRetryMs: number;
}

export const SYNC_TIMING: SyncTiming = {
  firstMs: 2_000,
  everyMs: 3 * 60_000,
  retryMs: 30_000,
  maxRetryMs: 10 * 60_000,
};

export interface SyncSchedulerOptions {
  /**
   * One sync: `synced` when the server answered, `offline` when it could not be reached,
   * `idle` when there is nothing to sync with (this desktop is in no team). A throw counts as
   * `offline` and is told to `onError`.
   */
  run: () => Promise<SyncOutcome>;
  timing?: Partial<SyncTiming>;
  onError?: (error: unknown) => void;
}

/** What the scheduler is doing, for the status line. */
export interface SchedulerState {
  running: boolean;
  /** The outcome of the last sync, null before the first. */
  last: SyncOutcome | null;
  /** When the next background sync is due (epoch ms), null when none is planned. */
  nextAt: number | null;
}

export class SyncScheduler {
  private readonly timing: SyncTiming;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private current: Promise<SyncOutcome> | null = null;
  private last: SyncOutcome | null = null;
  private failures = 0;
  private nextAt: number | null = null;
  private stopped = true;

  constructor(private readonly options: SyncSchedulerOptions) {
    this.timing = { ...SYNC_TIMING, ...options.timing };
  }

  /** Plans the first sync; returns at once. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.plan(this.timing.firstMs);
  }

  /**
   * A sync now (the user's "Sync now", or the team just joined): joins the one running, else
   * starts one; the next background sync is planned from its end.
   */
  syncNow(): Promise<SyncOutcome> {
    if (this.current) return this.current;
    this.clearTimer();
    const run = this.runOnce();
    this.current = run;
    void run.then((outcome) => {
      this.current = null;
      this.last = outcome;
      this.failures = outcome === 'offline' ? this.failures + 1 : 0;
      if (!this.stopped) this.plan(this.delayAfter(outcome));
    });
    return run;
  }

  /**
   * No more background syncs; resolves once the one running (if any) has ended, or after
   * `waitMs` at the most (a server gone silent must not hold the app's closing).
   */
  async stop(waitMs = Number.POSITIVE_INFINITY): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    this.nextAt = null;
    if (!this.current) return;
    if (!Number.isFinite(waitMs)) {
      await this.current;
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
    await Promise.race([this.current, limit]);
    clearTimeout(timer);
  }

  state(): SchedulerState {
    return { running: this.current !== null, last: this.last, nextAt: this.nextAt };
  }

  /** The wait before the next background sync, after one that ended so. */
  private delayAfter(outcome: SyncOutcome): number {
    if (outcome !== 'offline') return this.timing.everyMs;
    const doubled = this.timing.retryMs * 2 ** Math.min(this.failures - 1, 16);
    return Math.min(doubled, this.timing.maxRetryMs);
  }

  private async runOnce(): Promise<SyncOutcome> {
    try {
      return await this.options.run();
    } catch (error) {
      this.options.onError?.(error);
      return 'offline';
    }
  }

  private plan(delayMs: number): void {
    this.clearTimer();
    this.nextAt = Date.now() + delayMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.nextAt = null;
      void this.syncNow();
    }, delayMs);
    // A planned sync never keeps the process (the preview, a test) alive on its own.
    this.timer.unref?.();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
