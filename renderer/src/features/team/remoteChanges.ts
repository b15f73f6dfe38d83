import { useEffect } from 'react';
import { call } from '../../api/client';

/** How often an open window asks main what syncs brought from the others. */
export const CHANGES_EVERY_MS = 5_000;

/** The feed position this window has seen up to (main's `team:changes`). */
let position: number | undefined;

/**
 * Asks main what other desktops changed since last asked. The answer's envelope carries those
 * changes, so the client refreshes the screens showing them exactly as after one's own write
 * (app/changeSync.ts). The first call only takes the current position.
 */
export async function pollRemoteChanges(): Promise<void> {
  const answer = await call('team:changes', position === undefined ? {} : { since: position });
  position = answer.position;
}

/** Polls the change feed while this desktop is in a team; a failed poll is retried next time. */
export function useRemoteChanges(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const poll = () => void pollRemoteChanges().catch(() => undefined);
    poll();
    const timer = setInterval(poll, CHANGES_EVERY_MS);
    return () => clearInterval(timer);
  }, [enabled]);
}
