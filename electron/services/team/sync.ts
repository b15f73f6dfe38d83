import type Database from 'better-sqlite3';
import type pg from 'pg';
import { readBlob, putBlob } from '../documents/attachmentStore';
import { newId, now } from '../common/clock';
import { flushOutbox } from './outbox';
import { applyPage, type AppliedRecord } from './apply';
import { blobsPresent, fetchBlob, notePulled, pullPage, pushBatch, type WireChange } from './server/exchange';
import { STATE, lastSeq, setState } from './state';

/**
 * One sync: flush the outbox into field changes, push them in batches (each one server
 * transaction, its id reserved locally first so a push cut short resends the same batch),
 * then pull pages since the last position and apply each in one local transaction. Local
 * writes are synchronous and never wait on the network: only the exchanges are awaited.
 */

export interface SyncOptions {
  /** Field changes per pushed batch. */
  batchSize?: number;
  /** Changes per pulled page. */
  pageSize?: number;
  /** Called between steps (tests stop a sync there, as a crash would). */
  onStep?: (step: 'pushed-batch' | 'pulled-page') => void | Promise<void>;
}

export interface SyncCounts {
  pushed: number;
  pulled: number;
  applied: AppliedRecord[];
  conflicts: number;
}

interface PendingRow {
  n: number;
  entity: string;
  record_id: string;
  field: string;
  value: string;
  hlc: string;
  batch: string | null;
}

/** Reserves the next batch: the one already reserved (a push cut short) or the next rows. */
function nextBatch(db: Database.Database, size: number): { id: string; rows: PendingRow[] } | null {
  return db.transaction(() => {
    const open = db.prepare('SELECT batch FROM sync_pending WHERE batch IS NOT NULL ORDER BY n LIMIT 1').pluck().get() as string | undefined;
    const id = open ?? newId();
    if (!open) {
      const updated = db.prepare('UPDATE sync_pending SET batch = ? WHERE n IN (SELECT n FROM sync_pending WHERE batch IS NULL ORDER BY n LIMIT ?)').run(id, size);
      if (updated.changes === 0) return null;
    }
    return { id, rows: db.prepare('SELECT * FROM sync_pending WHERE batch = ? ORDER BY n').all(id) as PendingRow[] };
  })();
}

/** Acknowledges a pushed batch: its rows leave, the fields learn their server positions. */
function acknowledge(db: Database.Database, batch: { id: string; rows: PendingRow[] }, seqs: number[]): void {
  db.transaction(() => {
    const setSeq = db.prepare('UPDATE sync_fields SET seq = ? WHERE entity = ? AND record_id = ? AND field = ? AND hlc = ? AND seq IS NULL');
    batch.rows.forEach((row, i) => {
      const seq = seqs[i];
      if (seq !== undefined) setSeq.run(seq, row.entity, row.record_id, row.field, row.hlc);
    });
    db.prepare('DELETE FROM sync_pending WHERE batch = ?').run(batch.id);
  })();
}

export async function push(db: Database.Database, dataDir: string, client: pg.Client, desktop: string, options: SyncOptions = {}): Promise<number> {
  flushOutbox(db, desktop);
  let pushed = 0;
  for (;;) {
    const batch = nextBatch(db, options.batchSize ?? 500);
    if (!batch) return pushed;
    const changes: WireChange[] = batch.rows.map((r) => ({ entity: r.entity, recordId: r.record_id, field: r.field, value: r.value, hlc: r.hlc }));
    const hashes = [...new Set(batch.rows.filter((r) => r.entity === 'document' && r.field === 'sha256').map((r) => JSON.parse(r.value) as string))];
    const present = await blobsPresent(client, hashes);
    const blobs = hashes
      .filter((h) => !present.has(h))
      .map((sha256) => ({ sha256, bytes: readBlob(dataDir, sha256) }))
      .filter((b): b is { sha256: string; bytes: Buffer } => b.bytes !== null);
    const seqs = await pushBatch(client, { batchId: batch.id, desktopId: desktop, baseSeq: lastSeq(db), changes, blobs });
    acknowledge(db, batch, seqs);
    pushed += batch.rows.length;
    await options.onStep?.('pushed-batch');
  }
}

export async function pull(db: Database.Database, dataDir: string, client: pg.Client, desktop: string, options: SyncOptions = {}): Promise<Omit<SyncCounts, 'pushed'>> {
  let pulled = 0;
  let conflicts = 0;
  const applied: AppliedRecord[] = [];
  for (;;) {
    const page = await pullPage(client, lastSeq(db), options.pageSize ?? 1000);
    if (page.length === 0) break;
    const outcome = applyPage(db, desktop, page);
    pulled += page.length;
    conflicts += outcome.conflicts;
    applied.push(...outcome.applied);
    for (const doc of outcome.documents) {
      if (readBlob(dataDir, doc.sha256)) continue;
      const bytes = await fetchBlob(client, doc.sha256);
      if (bytes) putBlob(dataDir, bytes);
    }
    await notePulled(client, desktop, page[page.length - 1]!.seq);
    await options.onStep?.('pulled-page');
  }
  return { pulled, applied, conflicts };
}

/** Push then pull; records the outcome in `sync_state`. */
export async function syncWith(db: Database.Database, dataDir: string, client: pg.Client, desktop: string, options: SyncOptions = {}): Promise<SyncCounts> {
  const pushed = await push(db, dataDir, client, desktop, options);
  const pulledCounts = await pull(db, dataDir, client, desktop, options);
  // A sync that pulled what it pushed has nothing more to send; others' changes merged may
  // have left own fields to resend (none: merges never stage), so the outbox is settled.
  setState(db, STATE.lastSync, now());
  return { pushed, ...pulledCounts };
}
