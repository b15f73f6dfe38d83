import type Database from 'better-sqlite3';
import { receive, tick } from '../../core/hlc';
import { stageField } from './outbox';
import { withoutOutbox } from '../../core/outbox';
import { newId, now } from '../common/clock';
import { indexAction, indexAgreement, indexCity, indexContact } from '../search/searchIndex';
import { moveToTrash } from '../trash/trash';
import type { LoggedChange } from './server/exchange';
import { DELETED, SYNCED_ENTITIES, TABLE_OF, isConflictField, isSyncedEntity, labelOf, missingParent, writeRecord, type SyncedEntity } from './records';
import { STATE, setState } from './state';
import { diffFields, recordAudit, type AuditView } from '../history/audit';
import { AUDITED_ENTITIES, type AuditedEntity, type FieldChanges } from '../../../shared/schemas/history';

/**
 * Applies a page of other desktops' changes, in one transaction with the new server position:
 * a page is applied whole or not at all, so a desktop stopped mid-pull starts again from the
 * same position and applies nothing twice.
 *
 * Field by field, the later clock wins. When this desktop changed the same field and the other
 * desktop had not seen that change (its `base_seq` is before our change's position, or ours is
 * not pushed yet), both values go to `sync_conflicts` — whichever won — for the user to choose.
 * A tombstone against edits the deleter had not seen (or an edit against our unseen delete) is
 * a conflict on `_deleted`. Records are then rewritten from the merged fields, without marking
 * the outbox (they must not travel back), and the search index follows.
 */

interface FieldState {
  value: string;
  hlc: string;
  desktop: string;
  seq: number | null;
}

export interface AppliedRecord {
  entity: SyncedEntity;
  id: string;
  op: 'create' | 'update' | 'delete' | 'restore';
}

export interface PageOutcome {
  applied: AppliedRecord[];
  conflicts: number;
  documents: { id: string; sha256: string }[];
}

export function applyPage(db: Database.Database, desktop: string, page: LoggedChange[]): PageOutcome {
  return db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    // Each record touched, with the desktop of its latest change here (the author of its history line).
    const touched = new Map<string, { entity: SyncedEntity; id: string; author: string; hlc: string }>();
    let conflicts = 0;
    for (const change of page) {
      if (change.desktopId === desktop || !isSyncedEntity(change.entity)) continue;
      receive(db, desktop, change.hlc);
      if (mergeField(db, desktop, change)) conflicts += 1;
      const key = `${change.entity}\u0000${change.recordId}`;
      const seen = touched.get(key);
      if (!seen || change.hlc > seen.hlc) touched.set(key, { entity: change.entity, id: change.recordId, author: change.desktopId, hlc: change.hlc });
    }
    const rank = (e: string) => (SYNCED_ENTITIES as readonly string[]).indexOf(e);
    const ordered = [...touched.values()].sort((a, b) => rank(a.entity) - rank(b.entity));
    const applied: AppliedRecord[] = [];
    const documents: PageOutcome['documents'] = [];
    withoutOutbox(db, () => {
      for (const { entity, id, author } of ordered) {
        const op = materialise(db, desktop, entity, id, memberName(db, author));
        if (op) applied.push({ entity, id, op });
        if (entity === 'document' && op && op !== 'delete') {
          const sha = db.prepare('SELECT sha256 FROM documents WHERE id = ?').pluck().get(id) as string | undefined;
          if (sha) documents.push({ id, sha256: sha });
        }
      }
    });
    const last = page[page.length - 1];
    if (last) setState(db, STATE.lastSeq, String(last.seq));
    return { applied, conflicts, documents };
  })();
}

function fieldState(db: Database.Database, entity: string, id: string, field: string): FieldState | undefined {
  return db.prepare('SELECT value, hlc, desktop, seq FROM sync_fields WHERE entity = ? AND record_id = ? AND field = ?').get(entity, id, field) as
    | FieldState
    | undefined;
}

/** Whether this desktop's own change of a field is one the remote writer had not seen. */
function unseenByThem(state: FieldState | undefined, desktop: string, change: LoggedChange): boolean {
  return !!state && state.desktop === desktop && (state.seq === null || state.seq > change.baseSeq);
}

/** Merges one remote field change; answers true when it recorded a conflict. */
function mergeField(db: Database.Database, desktop: string, change: LoggedChange): boolean {
  const { entity, recordId: id, field } = change;
  const mine = fieldState(db, entity, id, field);
  const theirsWins = !mine || change.hlc > mine.hlc;
  settledElsewhere(db, change);
  let conflict = false;
  if (mine && mine.value !== change.value && isConflictField(field) && unseenByThem(mine, desktop, change)) {
    recordConflict(db, change, mine.value, mine.hlc, theirsWins);
    conflict = true;
  } else if (field === DELETED && change.value === 'true' && mine?.value !== 'true') {
    // A delete against edits the deleter had not seen: those edits are kept in the conflict.
    const edits = ownUnseenEdits(db, desktop, change);
    if (edits) {
      recordConflict(db, change, JSON.stringify(edits), mine?.hlc ?? change.hlc, theirsWins);
      conflict = true;
    }
  } else if (field !== DELETED) {
    const deleted = fieldState(db, entity, id, DELETED);
    if (deleted?.value === 'true' && unseenByThem(deleted, desktop, change) && isConflictField(field)) {
      recordConflict(db, { ...change, field: DELETED, value: JSON.stringify({ [field]: JSON.parse(change.value) }) }, 'true', deleted.hlc, false);
      conflict = true;
    }
  }
  if (theirsWins) {
    db.prepare(
      `INSERT INTO sync_fields (entity, record_id, field, value, hlc, desktop, seq) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (entity, record_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, desktop = excluded.desktop, seq = excluded.seq`,
    ).run(entity, id, field, change.value, change.hlc, change.desktopId, change.seq);
    // An older local change of the same field, not yet sent, is superseded (its value is in the conflict if it was one).
    db.prepare('DELETE FROM sync_pending WHERE entity = ? AND record_id = ? AND field = ? AND batch IS NULL AND hlc < ?').run(entity, id, field, change.hlc);
  }
  return conflict;
}

/**
 * A change later than both values of an open conflict on the same field is its settlement,
 * chosen on another desktop (or a newer edit that supersedes both): the conflict closes here
 * too, with no choice of ours (`choice` stays null), and keeps who settled it and when
 * (`theirs_by`, `theirs_hlc`) and the value the team now has (`theirs`).
 */
function settledElsewhere(db: Database.Database, change: LoggedChange): void {
  const open = db
    .prepare('SELECT id, mine_hlc AS mineHlc, theirs_hlc AS theirsHlc FROM sync_conflicts WHERE entity = ? AND record_id = ? AND field = ? AND resolved_at IS NULL')
    .get(change.entity, change.recordId, change.field) as { id: string; mineHlc: string; theirsHlc: string } | undefined;
  if (!open || change.hlc <= open.mineHlc || change.hlc <= open.theirsHlc) return;
  db.prepare(`UPDATE sync_conflicts SET resolved_at = ?, choice = NULL, kept = 'theirs', theirs = ?, theirs_hlc = ?, theirs_by = ? WHERE id = ?`).run(
    now(),
    change.value,
    change.hlc,
    memberName(db, change.desktopId),
    open.id,
  );
}

function memberName(db: Database.Database, desktopId: string): string {
  const by = (db.prepare(`SELECT value FROM sync_state WHERE key = 'members'`).pluck().get() as string | undefined) ?? '[]';
  return (JSON.parse(by) as { desktopId: string; name: string }[]).find((m) => m.desktopId === desktopId)?.name ?? desktopId;
}

function ownUnseenEdits(db: Database.Database, desktop: string, change: LoggedChange): Record<string, unknown> | null {
  const rows = db
    .prepare(`SELECT field, value FROM sync_fields WHERE entity = ? AND record_id = ? AND desktop = ? AND (seq IS NULL OR seq > ?) AND field <> ?`)
    .all(change.entity, change.recordId, desktop, change.baseSeq, DELETED) as { field: string; value: string }[];
  const edits = rows.filter((r) => isConflictField(r.field));
  if (edits.length === 0) return null;
  return Object.fromEntries(edits.map((r) => [r.field, JSON.parse(r.value) as unknown]));
}

function recordConflict(db: Database.Database, change: LoggedChange, mine: string, mineHlc: string, theirsWins: boolean): void {
  const fields = Object.fromEntries(
    (db.prepare('SELECT field, value FROM sync_fields WHERE entity = ? AND record_id = ?').all(change.entity, change.recordId) as { field: string; value: string }[]).map(
      (r) => [r.field, JSON.parse(r.value) as unknown],
    ),
  );
  db.prepare(
    `INSERT INTO sync_conflicts (id, entity, record_id, label, field, mine, theirs, mine_hlc, theirs_hlc, theirs_by, kept, detected_at)
     VALUES (@id, @entity, @recordId, @label, @field, @mine, @theirs, @mineHlc, @theirsHlc, @by, @kept, @at)
     ON CONFLICT (entity, record_id, field) WHERE resolved_at IS NULL DO UPDATE SET
       theirs = excluded.theirs, theirs_hlc = excluded.theirs_hlc, theirs_by = excluded.theirs_by, kept = excluded.kept, detected_at = excluded.detected_at`,
  ).run({
    id: newId(),
    entity: change.entity,
    recordId: change.recordId,
    label: labelOf(fields),
    field: change.field,
    mine,
    theirs: change.value,
    mineHlc,
    theirsHlc: change.hlc,
    by: memberName(db, change.desktopId),
    kept: theirsWins ? 'theirs' : 'mine',
    at: now(),
  });
}

const TRASHED = new Set<SyncedEntity>(['city', 'agreement', 'action', 'contact', 'document']);

/**
 * Rewrites one record from the team's view of its fields. Each record in its own savepoint:
 * one that cannot be placed (its partner city deleted meanwhile) stays as the team has it and
 * is listed as a conflict, and the rest of the page still applies. With an `author`, what
 * changed gets a history line under that name.
 */
export function materialise(db: Database.Database, desktop: string, entity: SyncedEntity, id: string, author?: string): AppliedRecord['op'] | null {
  const rows = db.prepare('SELECT field, value FROM sync_fields WHERE entity = ? AND record_id = ?').all(entity, id) as { field: string; value: string }[];
  const fields = Object.fromEntries(rows.map((r) => [r.field, JSON.parse(r.value) as unknown]));
  const exists = db.prepare(`SELECT 1 FROM ${TABLE_OF[entity]} WHERE id = ?`).get(id) !== undefined;
  const deleted = fields[DELETED] === true;
  try {
    return db.transaction((): AppliedRecord['op'] | null => {
      if (deleted) {
        if (!exists) return null;
        if (TRASHED.has(entity)) {
          const trashId = moveToTrash(db, entity as 'city', id, { label: labelOf(fields), changes: {}, parentId: parentOf(fields), userName: author });
          tombstoneDependents(db, desktop, trashId, id);
        } else {
          const before = author === undefined ? null : rowOf(db, entity, id);
          db.prepare(`DELETE FROM ${TABLE_OF[entity]} WHERE id = ?`).run(id);
          if (author !== undefined && before) remoteHistory(db, entity, id, 'delete', before, diffFields(before, null), author);
        }
        return 'delete';
      }
      delete fields[DELETED];
      const missing = missingParent(db, entity, fields);
      if (missing) throw new Error(`cannot be placed: ${missing} is not in this register`);
      if (!exists) {
        // Back from another desktop's trash or new: a stale local trash entry would hold its id.
        const trashId = db.prepare('SELECT trash_id FROM trash_members WHERE entity_id = ?').pluck().get(id) as string | undefined;
        if (trashId) db.prepare('DELETE FROM trash WHERE id = ?').run(trashId);
      }
      const before = author === undefined || !exists ? null : rowOf(db, entity, id);
      writeRecord(db, entity, id, fields);
      reindex(db, entity, id);
      if (author !== undefined) {
        const after = rowOf(db, entity, id);
        const changes = diffFields(before, after);
        if (!exists || Object.keys(changes).length > 0) remoteHistory(db, entity, id, exists ? 'update' : 'create', after, changes, author);
      }
      return exists ? 'update' : 'create';
    })();
  } catch (error) {
    const change: LoggedChange = { entity, recordId: id, field: '_apply', value: JSON.stringify(String((error as Error).message ?? error)), hlc: '', seq: 0, desktopId: desktop, baseSeq: 0 };
    recordConflict(db, change, JSON.stringify(null), '', false);
    return null;
  }
}

/**
 * What went to the trash with a record deleted by another desktop (the actions of an
 * agreement, added here meanwhile) is deleted for the team too, from this desktop, so every
 * desktop ends with the same register; it stays in this desktop's trash.
 */
function tombstoneDependents(db: Database.Database, desktop: string, trashId: string, rootId: string): void {
  const members = db.prepare('SELECT entity_id AS id, entity_type AS entity FROM trash_members WHERE trash_id = ? AND entity_id <> ?').all(trashId, rootId) as { id: string; entity: string }[];
  for (const member of members) {
    const state = fieldState(db, member.entity, member.id, DELETED);
    if (state && state.value !== 'true') stageField(db, desktop, member.entity, member.id, DELETED, 'true', tick(db, desktop));
  }
}

/** A record's row as history shows it: its columns, without the bookkeeping ones. */
function rowOf(db: Database.Database, entity: SyncedEntity, id: string): AuditView | null {
  const row = db.prepare(`SELECT * FROM ${TABLE_OF[entity]} WHERE id = ?`).get(id) as AuditView | undefined;
  if (!row) return null;
  const { id: _id, created_at: _created, updated_at: _updated, ...view } = row;
  return view;
}

/**
 * The history line of a change another desktop made, under its author's name. Recorded while
 * applying, outside the outbox (the change must not travel back).
 */
function remoteHistory(
  db: Database.Database,
  entity: SyncedEntity,
  id: string,
  action: 'create' | 'update' | 'delete',
  row: AuditView | null,
  changes: FieldChanges,
  author: string,
): void {
  const label = labelOf(row ?? {});
  if (!(AUDITED_ENTITIES as readonly string[]).includes(entity)) return;
  recordAudit(db, { entityType: entity as AuditedEntity, entityId: id, action, label, changes, parentId: parentOf(row), userName: author });
}

/** The agreement a record belongs to (an action, a version), where history files it. */
function parentOf(row: AuditView | null | undefined): string | null {
  return typeof row?.agreement_id === 'string' ? row.agreement_id : null;
}

function reindex(db: Database.Database, entity: SyncedEntity, id: string): void {
  if (entity === 'city') {
    indexCity(db, id);
    for (const agreement of db.prepare('SELECT id FROM agreements WHERE city_id = ?').pluck().all(id) as string[]) indexAgreement(db, agreement);
  } else if (entity === 'agreement') indexAgreement(db, id);
  else if (entity === 'action') indexAction(db, id);
  else if (entity === 'contact') indexContact(db, id);
  else if (entity === 'agreement_version') {
    const agreement = db.prepare('SELECT agreement_id FROM agreement_versions WHERE id = ?').pluck().get(id) as string | undefined;
    if (agreement) indexAgreement(db, agreement);
  }
}
