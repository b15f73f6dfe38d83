import type Database from 'better-sqlite3';
import type { Change, ChangeEntity, ChangeOp } from '../../shared/ipc/changes';
import { AUDITED_ENTITIES } from '../../shared/schemas/history';
import { markOutbox } from './outbox';

/**
 * The change feed: which records a write touched, as `Change`s.
 *
 * Where it comes from. Every write of a service goes through `recordAudit` (the history line,
 * written inside the write's transaction), and `recordAudit` notes the same record here. What
 * has no history line of its own notes itself directly with `noteChange`: settings, the versions
 * that go to the trash with their agreement, what purging the trash removes for good, and bulk
 * loads (the sample). A write that fails throws out of its transaction, so the dispatcher drops
 * what it collected and the envelope carries no `changes` (nothing was written).
 *
 * Who reads it.
 * - The dispatcher opens a collection around each handler call (`collectChanges`) and puts what
 *   was noted into the result envelope's `changes`; a read notes nothing, so its envelope has none.
 *   The renderer maps each entity to the query keys it refreshes.
 * - Persisted, the feed is the history table: `audit_log` holds one line per record written, in
 *   insertion order (`rowid`), with `entity_type`, `entity_id`, `action` (= the change's `op`) and
 *   `changes` (whose keys are the change's `fields`). An import batch will note the highest
 *   `rowid` before it starts and undo, as a unit, the lines after it; a sync outbox will keep the
 *   last `rowid` it sent and read the lines after it. Settings are this desktop's preferences and
 *   do not travel; versions sent to the trash with their agreement travel as that agreement's
 *   delete.
 *
 * Bulk. A call that touched more than `COMPACT_OVER` records answers one change per entity and
 * operation with id `*` ("every record of this kind may have changed"), so the envelope stays
 * small; the history lines stay exact. Data replaced wholesale (a backup restored, an archive
 * imported, recovery started empty) answers `EVERYTHING`.
 */

/** Above this many records, a call's changes are answered in the compact form (id `*`). */
export const COMPACT_OVER = 500;

/** The id that stands for "every record of this entity". */
export const ALL_IDS = '*';

/** The answer of a call that replaced the data wholesale: every entity, restored. */
export const EVERYTHING: readonly Change[] = [...AUDITED_ENTITIES, 'setting' as const].map(
  (entity): Change => ({ entity, id: ALL_IDS, op: 'restore' }),
);

const open = new WeakMap<Database.Database, Change[]>();

/**
 * Runs `write` with a collection open on `db` and returns what it noted (in order, one change
 * per record and operation). A nested call joins the outer collection.
 */
export function collectChanges<T>(
  db: Database.Database,
  write: () => T,
): { value: T; changes: Change[] } {
  const outer = open.get(db);
  if (outer) return { value: write(), changes: [] };
  const changes: Change[] = [];
  open.set(db, changes);
  try {
    return { value: write(), changes: compact(merge(changes)) };
  } finally {
    open.delete(db);
  }
}

/** Collections already past `COMPACT_OVER` records: what they note joins the compact form. */
const compacted = new WeakSet<Change[]>();

/**
 * Adds a change to an open collection. A large write (an import of 100,000 rows) is folded as
 * it goes rather than held record by record until the end: the answer is the same, since
 * merging is done again at the end and a call past `COMPACT_OVER` records stays past it.
 */
function collect(changes: Change[], change: Change): void {
  changes.push(compacted.has(changes) ? { entity: change.entity, id: ALL_IDS, op: change.op } : change);
  if (changes.length > 2 * COMPACT_OVER) {
    const merged = merge(changes);
    const folded = merged.length > COMPACT_OVER ? compact(merged) : merged;
    if (folded !== merged) compacted.add(changes);
    changes.splice(0, changes.length, ...folded);
  }
}

/**
 * Notes that a record was written. Outside a collection (the command line, tests), the screens
 * are not told; the team outbox is marked either way (see `core/outbox.ts`).
 */
export function noteChange(db: Database.Database, change: Change): void {
  markOutbox(db, change);
  const changes = open.get(db);
  if (changes) collect(changes, change);
}

/** Notes the same operation on many records of one entity (dependents, purged records). */
export function noteChanges(
  db: Database.Database,
  entity: ChangeEntity,
  ids: Iterable<string>,
  op: ChangeOp,
): void {
  for (const id of ids) noteChange(db, { entity, id, op });
}

/**
 * Tells the screens of changes written elsewhere and already recorded (what a team sync
 * applied): they join the open collection, so they ride in the envelope, and nothing else.
 */
export function reportChanges(db: Database.Database, changes: readonly Change[]): void {
  const collection = open.get(db);
  if (collection) for (const change of changes) collect(collection, change);
}

/** Notes a bulk write of one entity in the compact form (id `*`). */
export function noteBulk(db: Database.Database, entity: ChangeEntity, op: ChangeOp): void {
  noteChange(db, { entity, id: ALL_IDS, op });
}

/** One change per record and operation: two updates of a record in one call become one, fields joined. */
function merge(changes: Change[]): Change[] {
  const byKey = new Map<string, Change>();
  for (const change of changes) {
    const key = `${change.entity}\u0000${change.id}\u0000${change.op}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, change.fields ? { ...change, fields: [...change.fields] } : { ...change });
    } else if (change.fields) {
      seen.fields = [...new Set([...(seen.fields ?? []), ...change.fields])];
    }
  }
  return [...byKey.values()];
}

/** The compact form, once a call touched more than `COMPACT_OVER` records. */
function compact(changes: Change[]): Change[] {
  return changes.length <= COMPACT_OVER ? changes : changesByKind(changes);
}

/** One change per kind of record and operation, standing for every record of that kind (id `*`). */
export function changesByKind(changes: readonly Change[]): Change[] {
  const kinds = new Map<string, Change>();
  for (const { entity, op } of changes)
    kinds.set(`${entity}\u0000${op}`, { entity, id: ALL_IDS, op });
  return [...kinds.values()];
}
