import { teamStatus, syncNow } from '../services/team/team';
import type { HandlerContext } from '../core/context';
import { isWrittenElsewhere } from '../core/writtenElsewhere';
import { SyncScheduler, type SyncOutcome, type SyncTiming } from './syncScheduler';

/** Failures that mean "the server did not answer" rather than "something is wrong here". */
const OFFLINE_KEYS = new Set(['errors.team.unreachable', 'errors.team.authFailed']);

export interface TeamSyncOptions {
  /** The open data folder now (null while it awaits recovery or an archive is being imported). */
  context: () => HandlerContext | null;
  timing?: Partial<SyncTiming>;
  /** Told of a failure that is not the server being away (a bug, a refused schema). */
  onError?: (error: unknown) => void;
}

/**
 * Background sync for the desktop app and the preview: at start, every few minutes while the
 * server answers, on demand. A desktop in no team does nothing (it only looks, locally, each
 * time). The sync itself is the team façade's `syncNow`, which the Team screen's "Sync now"
 * joins when one is running; what a sync applies reaches the screens through the change feed.
 */
export function startTeamSync(options: TeamSyncOptions): SyncScheduler {
  const scheduler = new SyncScheduler({
    run: () => syncOnce(options.context()),
    timing: options.timing,
    onError: options.onError,
  });
  scheduler.start();
  return scheduler;
}

/** One background sync of the open folder, if it is in a team. */
export async function syncOnce(ctx: HandlerContext | null): Promise<SyncOutcome> {
  if (!ctx || !teamStatus(ctx.db).joined) return 'idle';
  // An import is being saved by its worker: nothing could be applied here, so the sync is
  // retried like one whose server did not answer (soon), and pushes the import's marks then.
  if (isWrittenElsewhere(ctx.db)) return 'offline';
  try {
    await syncNow(ctx);
    return 'synced';
  } catch (error) {
    const key = (error as { key?: unknown }).key;
    if (typeof key === 'string' && OFFLINE_KEYS.has(key)) return 'offline';
    throw error;
  }
}
