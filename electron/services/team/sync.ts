import type Database from 'better-sqlite3';
import type pg from 'pg';
import { readBlob, putBlob } from '../documents/attachmentStore';
import { newId, now } from '../common/clock';
import { MAX_SKEW_MS, formatStamp, tick, wallNow } from '../../core/hlc';
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
  onStep?: (step: SyncStep) => void | Promise<void>;
}

/**
 * The points between steps: `batch-sent` (the server committed a batch, this desktop has not
 * noted it yet), `pushed-batch`, `page-fetched` (a page read, not applied yet), `pulled-page`.
 */
export type SyncStep = 'batch-sent' | 'pushed-batch' | 'page-fetched' | 'pulled-page';

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

/**
 * Changes stamped while this desktop's clock was far ahead (the server refused them) get a
 * fresh stamp once the clock is right again, so they can go; they stay this desktop's edits.
 */
function restampFuture(db: Database.Database, desktop: string): void {
  const limit = formatStamp(wallNow(db) + MAX_SKEW_MS, 0, '');
  db.transaction(() => {
    const future = db.prepare('SELECT n, entity, record_id, field FROM sync_pending WHERE hlc > ? AND batch IS NULL ORDER BY n').all(limit) as PendingRow[];
    for (const row of future) {
      const stamp = tick(db, desktop);
      db.prepare('UPDATE sync_pending SET hlc = ? WHERE n = ?').run(stamp, row.n);
      db.prepare('UPDATE sync_fields SET hlc = ? WHERE entity = ? AND record_id = ? AND field = ? AND desktop = ? AND seq IS NULL').run(stamp, row.entity, row.record_id, row.field, desktop);
    }
  })();
}

/** Puts a batch's rows back among the unsent ones (a newer unsent value of a field wins). */
function release(db: Database.Database, batchId: string): void {
  db.transaction(() => {
    db.prepare(
      `DELETE FROM sync_pending WHERE batch = ? AND EXISTS (SELECT 1 FROM sync_pending p WHERE p.batch IS NULL
         AND p.entity = sync_pending.entity AND p.record_id = sync_pending.record_id AND p.field = sync_pending.field)`,
    ).run(batchId);
    db.prepare('UPDATE sync_pending SET batch = NULL WHERE batch = ?').run(batchId);
  })();
}

export async function push(db: Database.Database, dataDir: string, client: pg.Client, desktop: string, options: SyncOptions = {}): Promise<number> {
  flushOutbox(db, desktop);
  restampFuture(db, desktop);
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
    let seqs: number[];
    try {
      seqs = await pushBatch(client, { batchId: batch.id, desktopId: desktop, baseSeq: lastSeq(db), changes, blobs });
    } catch (error) {
      // Refused for its clocks, the batch was not applied: it is released, to be restamped.
      if ((error as { key?: string }).key === 'errors.team.clockAhead') release(db, batch.id);
      throw error;
    }
    await options.onStep?.('batch-sent');
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
    await options.onStep?.('page-fetched');
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
  let pushed = await push(db, dataDir, client, desktop, options);
  const pulledCounts = await pull(db, dataDir, client, desktop, options);
  // Applying a delete may have deleted, with it, what this desktop had added under the record;
  // those tombstones go at once rather than at the next sync.
  if (db.prepare('SELECT 1 FROM sync_pending LIMIT 1').get()) pushed += await push(db, dataDir, client, desktop, options);
  setState(db, STATE.lastSync, now());
  return { pushed, ...pulledCounts };
}
