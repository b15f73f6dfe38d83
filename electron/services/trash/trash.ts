import type Database from 'better-sqlite3';
import type {
  FieldChanges,
  TrashEntry,
  TrashListFilter,
  TrashedEntity,
} from '../../../shared/schemas/history';
import { trashListSchema } from '../../../shared/schemas/history';
import type { Page } from '../../../shared/schemas/common';
import { noteChanges } from '../../core/changes';
import { currentUserName, recordAudit } from '../history/audit';
import { newId, now } from '../common/clock';
import { notFound } from '../../core/errors';

/**
 * The trash: a delete copies the record and everything that goes with it into one JSON
 * snapshot, then removes the rows (the schema's cascades do the rest). Restoring inserts the
 * same rows again, parents first, so ids, links and timestamps come back exactly.
 */

/** The tables a snapshot may hold, in the order a restore inserts them. */
export const SNAPSHOT_TABLES = [
  'cities',
  'contacts',
  'contact_cities',
  'agreements',
  'agreement_versions',
  'agreement_themes',
  'agreement_contacts',
  'actions',
  'action_themes',
  'action_contacts',
  'action_indicators',
  'documents',
] as const;
export type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];

/**
 * Links to other records. When the other end is gone by the time of a restore (a theme
 * deleted, a contact in the trash), the link is dropped instead of failing the restore.
 */
export const LINK_TABLES: ReadonlySet<SnapshotTable> = new Set([
  'contact_cities',
  'agreement_themes',
  'agreement_contacts',
  'action_themes',
  'action_contacts',
]);

export type Row = Record<string, unknown>;

export interface Snapshot {
  format: 1;
  root: { entityType: TrashedEntity; id: string };
  tables: { table: SnapshotTable; rows: Row[] }[];
}

const IDS = 'SELECT value FROM json_each(@ids)';

/** What to copy for each kind of record, as (table, WHERE clause over @ids). */
function plan(entityType: TrashedEntity): [SnapshotTable, string][] {
  switch (entityType) {
    case 'city':
      return [
        ['cities', `id IN (${IDS})`],
        ['contact_cities', `city_id IN (${IDS})`],
      ];
    case 'contact':
      return [
        ['contacts', `id IN (${IDS})`],
        ['contact_cities', `contact_id IN (${IDS})`],
        ['agreement_contacts', `contact_id IN (${IDS})`],
        ['action_contacts', `contact_id IN (${IDS})`],
      ];
    case 'agreement':
      return [
        ['agreements', `id IN (${IDS})`],
        ['agreement_versions', `agreement_id IN (${IDS})`],
        ['agreement_themes', `agreement_id IN (${IDS})`],
        ['agreement_contacts', `agreement_id IN (${IDS})`],
      ];
    case 'action':
      return [
        ['actions', `id IN (${IDS})`],
        ['action_themes', `action_id IN (${IDS})`],
        ['action_contacts', `action_id IN (${IDS})`],
        ['action_indicators', `action_id IN (${IDS})`],
      ];
    case 'document':
      return [['documents', `id IN (${IDS})`]];
  }
}

function select(
  db: Database.Database,
  entityType: TrashedEntity,
  ids: string[],
): { table: SnapshotTable; rows: Row[] }[] {
  if (ids.length === 0) return [];
  return plan(entityType).map(([table, where]) => ({
    table,
    rows: db
      .prepare(`SELECT * FROM ${table} WHERE ${where}`)
      .all({ ids: JSON.stringify(ids) }) as Row[],
  }));
}

/** The snapshot of a record and its dependents, and the records (not links) it holds. */
export function takeSnapshot(
  db: Database.Database,
  entityType: TrashedEntity,
  id: string,
): { snapshot: Snapshot; members: { entityType: TrashedEntity; id: string; label: string }[] } {
  const parts = select(db, entityType, [id]);
  const members: { entityType: TrashedEntity; id: string; label: string }[] = [];
  let actionIds: string[] = [];
  if (entityType === 'agreement') {
    actionIds = db
      .prepare('SELECT id FROM actions WHERE agreement_id = ?')
      .pluck()
      .all(id) as string[];
    parts.push(...select(db, 'action', actionIds));
  } else if (entityType === 'action') {
    actionIds = [id];
  }
  const owners = entityType === 'agreement' ? [id, ...actionIds] : actionIds;
  if (owners.length > 0) {
    const documentIds = db
      .prepare(`SELECT id FROM documents WHERE owner_id IN (${IDS})`)
      .pluck()
      .all({ ids: JSON.stringify(owners) }) as string[];
    parts.push(...select(db, 'document', documentIds));
  }
  const tables = SNAPSHOT_TABLES.flatMap((table) => {
    const rows = parts.filter((p) => p.table === table).flatMap((p) => p.rows);
    return rows.length ? [{ table, rows }] : [];
  });
  for (const { table, rows } of tables) {
    const type = MEMBER_TYPES[table];
    if (!type) continue;
    for (const row of rows)
      members.push({ entityType: type, id: row.id as string, label: labelOf(table, row) });
  }
  return { snapshot: { format: 1, root: { entityType, id }, tables }, members };
}

const MEMBER_TYPES: Partial<Record<SnapshotTable, TrashedEntity>> = {
  cities: 'city',
  contacts: 'contact',
  agreements: 'agreement',
  actions: 'action',
  documents: 'document',
};

function labelOf(table: SnapshotTable, row: Row): string {
  if (table === 'actions') return String(row.title ?? '');
  return String(row.name ?? row.title ?? '');
}

/** How the trash names what went with a record: `{ actions: 3, versions: 1, documents: 2 }`. */
const DEPENDENT_NAMES: Partial<Record<SnapshotTable, string>> = {
  agreement_versions: 'versions',
  action_indicators: 'indicators',
};

const ROOT_TABLE: Record<TrashedEntity, SnapshotTable> = {
  city: 'cities',
  contact: 'contacts',
  agreement: 'agreements',
  action: 'actions',
  document: 'documents',
};

/**
 * Moves a record (and what goes with it) to the trash, inside the caller's transaction, and
 * writes the history lines: the record's own with `changes` (its fields before), and one per
 * dependent action or document. Returns the trash entry's id.
 */
export function moveToTrash(
  db: Database.Database,
  entityType: TrashedEntity,
  id: string,
  audit: { label: string; changes: FieldChanges; parentId?: string | null; userName?: string },
): string {
  const { snapshot, members } = takeSnapshot(db, entityType, id);
  const root = members.find((m) => m.id === id);
  if (!root) throw notFound(entityType, id);
  const at = now();
  const trashId = newId();
  const dependents: Record<string, number> = {};
  for (const { table, rows } of snapshot.tables) {
    if (table === ROOT_TABLE[entityType] || LINK_TABLES.has(table)) continue;
    const name = DEPENDENT_NAMES[table] ?? table;
    dependents[name] = (dependents[name] ?? 0) + rows.length;
  }
  const deletedBy = audit.userName ?? currentUserName(db);
  db.prepare(
    `INSERT INTO trash (id, entity_type, entity_id, label, deleted_at, deleted_by, dependents, snapshot, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    trashId,
    entityType,
    id,
    audit.label,
    at,
    deletedBy,
    JSON.stringify(dependents),
    JSON.stringify(snapshot),
    at,
    at,
  );
  const member = db.prepare(
    'INSERT INTO trash_members (entity_id, trash_id, entity_type) VALUES (?, ?, ?)',
  );
  for (const m of members) member.run(m.id, trashId, m.entityType);

  // Each record's search entry leaves with its row (migration 0150's triggers).
  // Documents point at their owner without a foreign key: they leave explicitly.
  db.prepare(`DELETE FROM documents WHERE id IN (${IDS})`).run({
    ids: JSON.stringify(members.filter((m) => m.entityType === 'document').map((m) => m.id)),
  });
  db.prepare(`DELETE FROM ${ROOT_TABLE[entityType]} WHERE id = ?`).run(id);

  recordAudit(db, {
    entityType,
    entityId: id,
    action: 'delete',
    label: audit.label,
    changes: audit.changes,
    parentId: audit.parentId ?? null,
    at,
    userName: audit.userName,
  });
  // Versions have no history line of their own when they go with their agreement.
  noteChanges(db, 'agreement_version', snapshotIds(snapshot, 'agreement_versions'), 'delete');
  for (const m of members) {
    if (m.id === id) continue;
    const parentId = m.entityType === 'document' ? documentOwner(snapshot, m.id) : id;
    recordAudit(db, {
      entityType: m.entityType,
      entityId: m.id,
      action: 'delete',
      label: m.label,
      parentId,
      at,
      userName: audit.userName,
    });
  }
  return trashId;
}

/** The ids of the rows of one table in a snapshot. */
export function snapshotIds(snapshot: Snapshot, table: SnapshotTable): string[] {
  return (snapshot.tables.find((t) => t.table === table)?.rows ?? []).map((r) => r.id as string);
}

function documentOwner(snapshot: Snapshot, documentId: string): string | null {
  const rows = snapshot.tables.find((t) => t.table === 'documents')?.rows ?? [];
  return (rows.find((r) => r.id === documentId)?.owner_id as string | undefined) ?? null;
}

type StoredEntry = Omit<TrashEntry, 'dependents'> & { dependents: string };

/** The trash, most recently deleted first. */
export function listTrash(db: Database.Database, filter: TrashListFilter = {}): Page<TrashEntry> {
  const f = trashListSchema.parse(filter);
  const where = f.entityType ? 'WHERE entity_type = @type' : '';
  const params = { type: f.entityType ?? null, limit: f.limit, offset: f.offset };
  const total = db.prepare(`SELECT count(*) FROM trash ${where}`).pluck().get(params) as number;
  const rows = db
    .prepare(
      `SELECT id, entity_type AS entityType, entity_id AS entityId, label, deleted_at AS deletedAt, deleted_by AS deletedBy, dependents
       FROM trash ${where} ORDER BY deleted_at DESC, rowid DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as StoredEntry[];
  return {
    rows: rows.map((r) => ({
      ...r,
      dependents: JSON.parse(r.dependents) as Record<string, number>,
    })),
    total,
  };
}

/** A trash entry with its snapshot. */
export function getTrashEntry(
  db: Database.Database,
  id: string,
): { entityType: TrashedEntity; entityId: string; label: string; snapshot: Snapshot } {
  const row = db
    .prepare(
      'SELECT entity_type AS entityType, entity_id AS entityId, label, snapshot FROM trash WHERE id = ?',
    )
    .get(id) as
    { entityType: TrashedEntity; entityId: string; label: string; snapshot: string } | undefined;
  if (!row) throw notFound('Trash entry', id);
  return { ...row, snapshot: JSON.parse(row.snapshot) as Snapshot };
}

/** The trash entry that holds a deleted record (as its root or as a dependent), if any. */
export function trashEntryHolding(db: Database.Database, entityId: string): string | null {
  return (
    (db.prepare('SELECT trash_id FROM trash_members WHERE entity_id = ?').pluck().get(entityId) as
      string | undefined) ?? null
  );
}

/** The content hashes the trash still needs (documents it would bring back). */
export function trashedBlobHashes(db: Database.Database): string[] {
  return db
    .prepare(
      `SELECT DISTINCT json_extract(r.value, '$.sha256')
       FROM trash, json_each(trash.snapshot, '$.tables') t, json_each(t.value, '$.rows') r
       WHERE json_extract(t.value, '$.table') = 'documents'`,
    )
    .pluck()
    .all() as string[];
}
