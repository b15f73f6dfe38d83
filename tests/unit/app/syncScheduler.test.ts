import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncScheduler, type SyncOutcome } from '../../../electron/app/syncScheduler';

const timing = { firstMs: 1_000, everyMs: 60_000, retryMs: 5_000, maxRetryMs: 30_000 };

/** A sync the test ends by hand, counting how often it started. */
function controlledRun() {
  const started: ((outcome: SyncOutcome) => void)[] = [];
  const run = vi.fn(() => new Promise<SyncOutcome>((resolve) => started.push(resolve)));
  return {
    run,
    /** Ends the oldest running sync with `outcome`. */
    async finish(outcome: SyncOutcome) {
      const resolve = started.shift();
      if (!resolve) throw new Error('no sync is running');
      resolve(outcome);
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

describe('the background sync scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('returns from start at once and syncs only after the first delay', async () => {
    const sync = controlledRun();
    const scheduler = new SyncScheduler({ run: sync.run, timing });
    scheduler.start();
    expect(sync.run).not.toHaveBeenCalled();
    expect(scheduler.state()).toMatchObject({ running: false, last: null });
    await vi.advanceTimersByTimeAsync(999);
    expect(sync.run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(sync.run).toHaveBeenCalledTimes(1);
    expect(scheduler.state().running).toBe(true);
    await sync.finish('synced');
    expect(scheduler.state()).toMatchObject({ running: false, last: 'synced' });
    await scheduler.stop();
  });

  it('syncs every few minutes while the server answers', async () => {
    const sync = controlledRun();
    const scheduler = new SyncScheduler({ run: sync.run, timing });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1_000);
    await sync.finish('synced');
    await vi.advanceTimersByTimeAsync(59_999);
    expect(sync.run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sync.run).toHaveBeenCalledTimes(2);
    await sync.finish('synced');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sync.run).toHaveBeenCalledTimes(3);
    await sync.finish('synced');
    await scheduler.stop();
  });

  it('waits longer and longer while the server does not answer, then back to the usual pace', async () => {
    const sync = controlledRun();
    const scheduler = new SyncScheduler({ run: sync.run, timing });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1_000);
    const waits: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await sync.finish('offline');
      waits.push(scheduler.state().nextAt! - Date.now());
      await vi.advanceTimersByTimeAsync(waits.at(-1)!);
    }
    expect(waits).toEqual([5_000, 10_000, 20_000, 30_000, 30_000]);
    await sync.finish('synced');
    expect(scheduler.state().nextAt! - Date.now()).toBe(60_000);
    await scheduler.stop();
  });

  it('counts a sync that throws as offline, tells the error and goes on', async () => {
    const errors: unknown[] = [];
    const run = vi
      .fn<() => Promise<SyncOutcome>>()
      .mockRejectedValueOnce(new Error('ECONNREFUSED'))
      .mockResolvedValue('synced');
    const scheduler = new SyncScheduler({ run, timing, onError: (error) => errors.push(error) });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(scheduler.state().last).toBe('offline');
    expect(errors).toEqual([new Error('ECONNREFUSED')]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(scheduler.state().last).toBe('synced');
    await scheduler.stop();
  });

  it('joins the running sync when asked for one meanwhile, and plans the next from its end', async () => {
    const sync = controlledRun();
    const scheduler = new SyncScheduler({ run: sync.run, timing });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1_000);
    const first = scheduler.syncNow();
    const second = scheduler.syncNow();
    expect(first).toBe(second);
    expect(sync.run).toHaveBeenCalledTimes(1);
    await sync.finish('synced');
    await expect(first).resolves.toBe('synced');
    // On demand, between background syncs: the background one is pushed back.
    await vi.advanceTimersByTimeAsync(30_000);
    const asked = scheduler.syncNow();
    expect(sync.run).toHaveBeenCalledTimes(2);
    await sync.finish('synced');
    await expect(asked).resolves.toBe('synced');
    await vi.advanceTimersByTimeAsync(59_999);
    expect(sync.run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sync.run).toHaveBeenCalledTimes(3);
    await sync.finish('idle');
    await scheduler.stop();
  });

  it('plans nothing more once stopped, and stop waits for the sync running', async () => {
    const sync = controlledRun();
    const scheduler = new SyncScheduler({ run: sync.run, timing });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1_000);
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    await sync.finish('synced');
    await stopping;
    expect(scheduler.state()).toEqual({ running: false, last: 'synced', nextAt: null });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sync.run).toHaveBeenCalledTimes(1);
  });

  it('stops waiting for a sync that hangs after the time given', async () => {
    const sync = controlledRun();
    const scheduler = new SyncScheduler({ run: sync.run, timing });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1_000);
    let stopped = false;
    const stopping = scheduler.stop(5_000).then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await stopping;
    expect(stopped).toBe(true);
    await sync.finish('synced');
  });
});
