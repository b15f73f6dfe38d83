import type Database from 'better-sqlite3';
import { DELETED, SYNCED_ENTITIES, isSyncedEntity, readRecord, recordIds, type SyncedEntity } from './records';

/**
 * Turns the outbox's marks (one per record written, stamped in the write's transaction, see
 * core/outbox.ts) into field changes: each marked record is read and compared, field by field,
 * with what the team last saw (`sync_fields`); a differing field becomes a pending change with
 * the mark's stamp, and the team's view takes it at once (this desktop's own value is the
 * latest it knows). A record gone from the register becomes the tombstone `_deleted = true`.
 * Runs in one transaction; nothing is lost if it stops: the marks go only with their changes.
 */

interface Mark {
  entity: string;
  record_id: string;
  hlc: string;
}

interface Shadow {
  value: string;
}

export function flushOutbox(db: Database.Database, desktop: string): number {
  return db.transaction(() => {
    const marks = db.prepare('SELECT entity, record_id, hlc FROM sync_outbox').all() as Mark[];
    const rank = (e: string) => (SYNCED_ENTITIES as readonly string[]).indexOf(e);
    marks.sort((a, b) => rank(a.entity) - rank(b.entity) || a.record_id.localeCompare(b.record_id));
    let staged = 0;
    for (const mark of marks) {
      if (!isSyncedEntity(mark.entity)) continue;
      const ids = mark.record_id === '*' ? everyId(db, mark.entity) : [mark.record_id];
      for (const id of ids) staged += stageRecord(db, desktop, mark.entity, id, mark.hlc);
    }
    db.prepare('DELETE FROM sync_outbox').run();
    return staged;
  })();
}

/** Every id the register or the team's view holds for a kind (a bulk mark). */
function everyId(db: Database.Database, entity: SyncedEntity): string[] {
  const known = db.prepare('SELECT DISTINCT record_id FROM sync_fields WHERE entity = ?').pluck().all(entity) as string[];
  return [...new Set([...recordIds(db, entity), ...known])];
}

/** Stages the fields of one record that differ from the team's view; answers how many. */
export function stageRecord(db: Database.Database, desktop: string, entity: SyncedEntity, id: string, hlc: string): number {
  const shadow = new Map(
    (db.prepare('SELECT field, value FROM sync_fields WHERE entity = ? AND record_id = ?').all(entity, id) as (Shadow & { field: string })[]).map((r) => [r.field, r.value]),
  );
  const current = readRecord(db, entity, id);
  const changed: [string, string][] = [];
  if (current === null) {
    if (shadow.size > 0 && shadow.get(DELETED) !== 'true') changed.push([DELETED, 'true']);
  } else {
    if (shadow.get(DELETED) !== 'false') changed.push([DELETED, 'false']);
    for (const [field, value] of Object.entries(current)) {
      const json = JSON.stringify(value ?? null);
      if (shadow.get(field) !== json) changed.push([field, json]);
    }
  }
  for (const [field, value] of changed) stageField(db, desktop, entity, id, field, value, hlc);
  return changed.length;
}

/** One field change awaiting a push, and the team's view of it. */
export function stageField(db: Database.Database, desktop: string, entity: string, id: string, field: string, value: string, hlc: string): void {
  db.prepare(
    `INSERT INTO sync_pending (entity, record_id, field, value, hlc) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (entity, record_id, field) WHERE batch IS NULL DO UPDATE SET value = excluded.value, hlc = excluded.hlc`,
  ).run(entity, id, field, value, hlc);
  db.prepare(
    `INSERT INTO sync_fields (entity, record_id, field, value, hlc, desktop, seq) VALUES (?, ?, ?, ?, ?, ?, NULL)
     ON CONFLICT (entity, record_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, desktop = excluded.desktop, seq = NULL`,
  ).run(entity, id, field, value, hlc, desktop);
}

/** Records with changes not yet pushed (marked or staged). */
export function pendingCount(db: Database.Database): number {
  return db
    .prepare(
      `SELECT count(*) FROM (SELECT entity, record_id FROM sync_outbox UNION SELECT entity, record_id FROM sync_pending)`,
    )
    .pluck()
    .get() as number;
}

/** Marks every record of the register, so the next push sends the whole register (joining). */
export function markEverything(db: Database.Database, hlc: string): void {
  const insert = db.prepare(`INSERT INTO sync_outbox (entity, record_id, hlc) VALUES (?, '*', ?) ON CONFLICT (entity, record_id) DO UPDATE SET hlc = excluded.hlc`);
  for (const entity of SYNCED_ENTITIES) insert.run(entity, hlc);
}
