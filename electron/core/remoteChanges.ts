import type Database from 'better-sqlite3';
import type { Change } from '../../shared/ipc/changes';
import { changesByKind, COMPACT_OVER, EVERYTHING } from './changes';

/**
 * The records other desktops changed, as syncs applied them here, kept for the screens. A
 * background sync answers no call, so its changes cannot ride in an envelope the way a user's
 * own writes do; instead the renderer asks now and then "what since N?" (see `team:status`),
 * and the answer's envelope carries them, so the caches refresh through the same path as for
 * local writes (renderer/src/app/changeSync.ts).
 *
 * Only the last `keep` changes are held. A reader further behind than that, or holding a
 * position this feed never gave (the app restarted under an open page), is told that
 * everything may have changed: more refreshing than needed, never less.
 */
export class RemoteChangeFeed {
  private readonly entries: { seq: number; change: Change }[] = [];
  private seq = 0;

  constructor(private readonly keep = 2_000) {}

  /** The position a reader starting now begins from. */
  get position(): number {
    return this.seq;
  }

  /** Adds what one sync applied. */
  push(changes: readonly Change[]): void {
    for (const change of changes) {
      this.seq += 1;
      this.entries.push({ seq: this.seq, change });
    }
    const over = this.entries.length - this.keep;
    if (over > 0) this.entries.splice(0, over);
  }

  /**
   * What changed after `since`, and the position to ask from next. Without a position (a
   * reader starting), nothing: its screens load after this anyway.
   */
  since(since: number | undefined): { position: number; changes: Change[] } {
    if (since === undefined || since === this.seq) return { position: this.seq, changes: [] };
    const oldest = this.entries[0]?.seq ?? this.seq + 1;
    if (since > this.seq || since < 0 || since + 1 < oldest) {
      return { position: this.seq, changes: [...EVERYTHING] };
    }
    const fresh = this.entries.filter((entry) => entry.seq > since).map((entry) => entry.change);
    return {
      position: this.seq,
      changes: fresh.length > COMPACT_OVER ? changesByKind(fresh) : fresh,
    };
  }
}

const feeds = new WeakMap<Database.Database, RemoteChangeFeed>();

/** The feed of the open database `db` (one per connection, so a reopened folder starts afresh). */
export function remoteChangeFeed(db: Database.Database): RemoteChangeFeed {
  let feed = feeds.get(db);
  if (!feed) {
    feed = new RemoteChangeFeed();
    feeds.set(db, feed);
  }
  return feed;
}
