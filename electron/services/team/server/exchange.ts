import type pg from 'pg';
import { MAX_SKEW_MS, parseStamp } from '../../../core/hlc';
import { DomainError } from '../../../core/errors';
import { inTransaction } from './connect';
import { PUSH_LOCK, TEAM_SCHEMA as S } from './schema';

/** One field change as it travels: the value is JSON text. */
export interface WireChange {
  entity: string;
  recordId: string;
  field: string;
  value: string;
  hlc: string;
}

/** A change read back from the log, with its position and writer. */
export interface LoggedChange extends WireChange {
  seq: number;
  desktopId: string;
  baseSeq: number;
}

export interface PushBatch {
  batchId: string;
  desktopId: string;
  /** The last server position the desktop had pulled when it made these changes. */
  baseSeq: number;
  changes: WireChange[];
  /** Attachments the batch's documents need, by hash (sent only if the server lacks them). */
  blobs: { sha256: string; bytes: Buffer }[];
}

/**
 * Applies a batch in one transaction, holding the push lock so `seq` follows commit order.
 * A batch id already applied is not applied again: the answer is the same positions. A change
 * stamped more than `MAX_SKEW_MS` ahead of the server's clock refuses the whole batch.
 * Answers each change's `seq`, in the order sent.
 */
export async function pushBatch(client: pg.Client, batch: PushBatch): Promise<number[]> {
  return inTransaction(client, async () => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
    const fresh = await client.query(
      `INSERT INTO ${S}.applied_batches (batch_id, desktop_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING batch_id`,
      [batch.batchId, batch.desktopId],
    );
    if (fresh.rowCount === 0) {
      const seen = await client.query<{ seq: string }>(`SELECT seq FROM ${S}.change_log WHERE batch_id = $1 ORDER BY seq`, [batch.batchId]);
      return seen.rows.map((r) => Number(r.seq));
    }
    const serverNow = Number((await client.query<{ ms: string }>(`SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms`)).rows[0]!.ms);
    for (const change of batch.changes) {
      const stamp = parseStamp(change.hlc);
      if (!stamp) throw new DomainError('validation', 'errors.team.badClock', `Not a clock stamp: ${change.hlc}`);
      if (stamp.millis > serverNow + MAX_SKEW_MS) {
        throw new DomainError('conflict', 'errors.team.clockAhead', `This desktop's clock is ahead of the server's by more than ${MAX_SKEW_MS / 60000} minutes; set the date and time right, then sync again.`, [], {
          minutes: Math.round((stamp.millis - serverNow) / 60000),
        });
      }
    }
    for (const blob of batch.blobs) {
      await client.query(`INSERT INTO ${S}.attachments (sha256, bytes, size) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [blob.sha256, blob.bytes, blob.bytes.length]);
    }
    if (batch.changes.length === 0) return [];
    const inserted = await client.query<{ seq: string }>(
      `INSERT INTO ${S}.change_log (batch_id, desktop_id, base_seq, entity, record_id, field, value, hlc)
       SELECT $1, $2, $3, c.entity, c.record_id, c.field, c.value::jsonb, c.hlc
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY AS c(entity, record_id, field, value, hlc, n)
       ORDER BY c.n
       RETURNING seq`,
      [
        batch.batchId,
        batch.desktopId,
        batch.baseSeq,
        batch.changes.map((c) => c.entity),
        batch.changes.map((c) => c.recordId),
        batch.changes.map((c) => c.field),
        batch.changes.map((c) => c.value),
        batch.changes.map((c) => c.hlc),
      ],
    );
    const seqs = inserted.rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
    // The current state: the later clock wins, field by field.
    await client.query(
      `INSERT INTO ${S}.record_fields (entity, record_id, field, value, hlc, desktop_id, seq)
       SELECT DISTINCT ON (entity, record_id, field) entity, record_id, field, value, hlc, desktop_id, seq
       FROM ${S}.change_log WHERE batch_id = $1
       ORDER BY entity, record_id, field, hlc DESC
       ON CONFLICT (entity, record_id, field) DO UPDATE
         SET value = excluded.value, hlc = excluded.hlc, desktop_id = excluded.desktop_id, seq = excluded.seq
         WHERE ${S}.record_fields.hlc < excluded.hlc`,
      [batch.batchId],
    );
    await client.query(`UPDATE ${S}.members SET last_seen_at = now() WHERE desktop_id = $1`, [batch.desktopId]);
    return seqs;
  });
}

/** The changes after position `after`, oldest first, at most `limit`. */
export async function pullPage(client: pg.Client, after: number, limit: number): Promise<LoggedChange[]> {
  const result = await client.query<{
    seq: string;
    desktop_id: string;
    base_seq: string;
    entity: string;
    record_id: string;
    field: string;
    value: string;
    hlc: string;
  }>(
    `SELECT seq, desktop_id, base_seq, entity, record_id, field, value::text AS value, hlc
     FROM ${S}.change_log WHERE seq > $1 ORDER BY seq LIMIT $2`,
    [after, limit],
  );
  return result.rows.map((r) => ({
    seq: Number(r.seq),
    desktopId: r.desktop_id,
    baseSeq: Number(r.base_seq),
    entity: r.entity,
    recordId: r.record_id,
    field: r.field,
    value: r.value,
    hlc: r.hlc,
  }));
}

/** Notes that a desktop pulled up to `seq`. */
export async function notePulled(client: pg.Client, desktopId: string, seq: number): Promise<void> {
  await client.query(`UPDATE ${S}.members SET last_seen_at = now(), last_seq = greatest(last_seq, $2) WHERE desktop_id = $1`, [desktopId, seq]);
}

/** The bytes of an attachment, or null when the server does not hold them. */
export async function fetchBlob(client: pg.Client, sha256: string): Promise<Buffer | null> {
  const result = await client.query<{ bytes: Buffer }>(`SELECT bytes FROM ${S}.attachments WHERE sha256 = $1`, [sha256]);
  return result.rows[0]?.bytes ?? null;
}

/** Which of these hashes the server already holds. */
export async function blobsPresent(client: pg.Client, hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const result = await client.query<{ sha256: string }>(`SELECT sha256 FROM ${S}.attachments WHERE sha256 = ANY($1::text[])`, [hashes]);
  return new Set(result.rows.map((r) => r.sha256));
}

export interface ServerMember {
  desktopId: string;
  name: string;
  joinedAt: string;
  lastSeenAt: string;
}

/** Adds or renames a member. */
export async function upsertMember(client: pg.Client, desktopId: string, name: string): Promise<void> {
  await client.query(
    `INSERT INTO ${S}.members (desktop_id, name) VALUES ($1, $2)
     ON CONFLICT (desktop_id) DO UPDATE SET name = excluded.name, last_seen_at = now()`,
    [desktopId, name],
  );
}

export async function listServerMembers(client: pg.Client): Promise<ServerMember[]> {
  const result = await client.query<{ desktop_id: string; name: string; joined_at: Date; last_seen_at: Date }>(
    `SELECT desktop_id, name, joined_at, last_seen_at FROM ${S}.members ORDER BY joined_at, desktop_id`,
  );
  return result.rows.map((r) => ({
    desktopId: r.desktop_id,
    name: r.name,
    joinedAt: r.joined_at.toISOString(),
    lastSeenAt: r.last_seen_at.toISOString(),
  }));
}

/** True when no desktop has pushed anything yet. */
export async function teamIsEmpty(client: pg.Client): Promise<boolean> {
  const result = await client.query(`SELECT 1 FROM ${S}.change_log LIMIT 1`);
  return result.rowCount === 0;
}
