import type Database from 'better-sqlite3';
import type { RestoreResult, TrashRestore, TrashedEntity } from '../../../shared/schemas/history';
import { assertStoredAgreementRules } from '../agreements/agreements';
import { noteChange, noteChanges } from '../../core/changes';
import { recordAudit } from '../history/audit';
import { removeUnusedFiles, type StoreContext } from '../documents/documents';
import { DomainError, notFound } from '../../core/errors';
import { indexAction, indexAgreement, indexCity, indexContact } from '../search/searchIndex';
import {
  LINK_TABLES,
  getTrashEntry,
  snapshotIds,
  trashEntryHolding,
  type Row,
  type Snapshot,
  type SnapshotTable,
} from './trash';
import { now } from '../common/clock';

/** The table and column a record's parent lives in, for the records that have one. */
const PARENT: Partial<Record<SnapshotTable, { column: string; table: (row: Row) => string }>> = {
  agreements: { column: 'city_id', table: () => 'cities' },
  actions: { column: 'agreement_id', table: () => 'agreements' },
  documents: {
    column: 'owner_id',
    table: (row) => (row.owner_type === 'action' ? 'actions' : 'agreements'),
  },
};

const ROOT_TABLE: Record<TrashedEntity, SnapshotTable> = {
  city: 'cities',
  contact: 'contacts',
  agreement: 'agreements',
  action: 'actions',
  document: 'documents',
};

const TYPE_OF: Partial<Record<SnapshotTable, TrashedEntity>> = {
  cities: 'city',
  contacts: 'contact',
  agreements: 'agreement',
  actions: 'action',
  documents: 'document',
};

/**
 * Brings a trash entry back: the same rows, same ids, parents first. When the parent of the
 * record was deleted too (an action whose agreement is in the trash), that parent's entry is
 * restored first. Links whose other end is gone (a deleted theme) are dropped. A city whose
 * name was taken again meanwhile, or an agreement that would break the exclusive-twinning
 * rule, refuses the restore and nothing changes.
 */
export function restoreFromTrash(db: Database.Database, request: TrashRestore): RestoreResult {
  return db
    .transaction(() => {
      const trashId = 'id' in request ? request.id : trashEntryHolding(db, request.entityId);
      if (!trashId) throw notFound('Deleted record', 'entityId' in request ? request.entityId : '');
      const restored: RestoreResult['restored'] = [];
      restoreEntry(db, trashId, restored, new Set());
      return { restored };
    })
    .immediate();
}

function restoreEntry(
  db: Database.Database,
  trashId: string,
  restored: RestoreResult['restored'],
  visiting: Set<string>,
): void {
  if (visiting.has(trashId)) return;
  visiting.add(trashId);
  const entry = getTrashEntry(db, trashId);
  const snapshot = entry.snapshot;
  ensureParent(db, snapshot, restored, visiting);
  const at = now();
  const members: { table: SnapshotTable; row: Row }[] = [];
  for (const { table, rows } of snapshot.tables) {
    for (const row of rows) {
      if (insertRow(db, table, row) && TYPE_OF[table]) members.push({ table, row });
    }
  }
  db.prepare('DELETE FROM trash WHERE id = ?').run(trashId);
  for (const { table, row } of members) {
    const entityType = TYPE_OF[table]!;
    const id = row.id as string;
    reindex(db, entityType, id);
    if (entityType === 'agreement') assertStoredAgreementRules(db, id);
    const label = String(table === 'actions' ? row.title : (row.name ?? row.title ?? ''));
    const isRoot = id === snapshot.root.id;
    const parentId = isRoot
      ? null
      : table === 'documents'
        ? (row.owner_id as string)
        : snapshot.root.id;
    recordAudit(db, {
      entityType,
      entityId: id,
      action: 'restore',
      label: isRoot ? entry.label : label,
      parentId,
      at,
    });
    restored.push({ entityType, id, label: isRoot ? entry.label : label });
  }
  // Versions come back with their agreement, without a history line of their own.
  noteChanges(db, 'agreement_version', snapshotIds(snapshot, 'agreement_versions'), 'restore');
}

/** Makes sure the root's parent exists, restoring it from the trash when it is there. */
function ensureParent(
  db: Database.Database,
  snapshot: Snapshot,
  restored: RestoreResult['restored'],
  visiting: Set<string>,
): void {
  const rootTable = ROOT_TABLE[snapshot.root.entityType];
  const parent = PARENT[rootTable];
  if (!parent) return;
  const root = snapshot.tables
    .find((t) => t.table === rootTable)
    ?.rows.find((r) => r.id === snapshot.root.id);
  if (!root) return;
  const parentId = root[parent.column] as string;
  const table = parent.table(root);
  if (db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(parentId)) return;
  const holder = trashEntryHolding(db, parentId);
  if (!holder) {
    throw new DomainError(
      'conflict',
      'errors.restoreParentMissing',
      `Cannot restore: the ${table.replace(/s$/, '').replace(/ie$/, 'y')} it belongs to was deleted for good`,
      [],
      { id: parentId },
    );
  }
  restoreEntry(db, holder, restored, visiting);
}

const columnsCache = new WeakMap<Database.Database, Map<string, Set<string>>>();

/** The columns a table has today (a snapshot taken before a later migration may lack some). */
function columnsOf(db: Database.Database, table: SnapshotTable): Set<string> {
  let byTable = columnsCache.get(db);
  if (!byTable) columnsCache.set(db, (byTable = new Map()));
  let columns = byTable.get(table);
  if (!columns) {
    columns = new Set(
      db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[],
    );
    byTable.set(table, columns);
  }
  return columns;
}

/**
 * True when a record's number (`n`, migration 0150) went to another record meanwhile: the
 * restored record then takes a new one (the number is local to this file; nothing refers to it).
 */
function numberTaken(db: Database.Database, table: SnapshotTable, n: unknown): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE n = ?`).get(n) !== undefined;
}

/** Inserts one row back; a link whose other end is gone is skipped (returns false). */
function insertRow(db: Database.Database, table: SnapshotTable, row: Row): boolean {
  const known = columnsOf(db, table);
  const columns = Object.keys(row).filter((c) => known.has(c) && !(c === 'n' && numberTaken(db, table, row.n)));
  const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  try {
    db.prepare(sql).run(...columns.map((c) => row[c]));
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (LINK_TABLES.has(table) && code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return false;
    if (LINK_TABLES.has(table) && code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return false;
    if (table === 'cities' && code === 'SQLITE_CONSTRAINT_UNIQUE') {
      const city = String(row.name);
      throw new DomainError(
        'conflict',
        'errors.cityExists',
        `${city} (${String(row.country)}) is in the directory again: rename it before restoring`,
        [],
        { city },
      );
    }
    throw error;
  }
}

function reindex(db: Database.Database, entityType: TrashedEntity, id: string): void {
  if (entityType === 'city') indexCity(db, id);
  else if (entityType === 'agreement') indexAgreement(db, id);
  else if (entityType === 'action') indexAction(db, id);
  else if (entityType === 'contact') indexContact(db, id);
}

/**
 * Deletes a trash entry for good, then removes the stored files nothing needs any more. The
 * change feed reports each record it held (and its versions) as deleted.
 */
export function purgeTrash(ctx: StoreContext, id: string): { id: string } {
  ctx.db
    .transaction(() => {
      notePurged(ctx.db, id);
      if (ctx.db.prepare('DELETE FROM trash WHERE id = ?').run(id).changes === 0)
        throw notFound('Trash entry', id);
    })
    .immediate();
  removeUnusedFiles(ctx);
  return { id };
}

/** Empties the trash. */
export function emptyTrash(ctx: StoreContext): { purged: number } {
  const purged = ctx.db
    .transaction(() => {
      notePurged(ctx.db, null);
      return ctx.db.prepare('DELETE FROM trash').run().changes;
    })
    .immediate();
  removeUnusedFiles(ctx);
  return { purged };
}

/** Notes, as deleted, the records held by one trash entry (or, with null, all) about to be purged. */
function notePurged(db: Database.Database, trashId: string | null): void {
  const members = db
    .prepare(
      `SELECT entity_type AS entityType, entity_id AS id FROM trash_members
       WHERE @id IS NULL OR trash_id = @id ORDER BY rowid`,
    )
    .all({ id: trashId }) as { entityType: TrashedEntity; id: string }[];
  for (const m of members) noteChange(db, { entity: m.entityType, id: m.id, op: 'delete' });
  const versions = db
    .prepare(
      `SELECT json_extract(r.value, '$.id')
       FROM trash, json_each(trash.snapshot, '$.tables') t, json_each(t.value, '$.rows') r
       WHERE (@id IS NULL OR trash.id = @id) AND json_extract(t.value, '$.table') = 'agreement_versions'`,
    )
    .pluck()
    .all({ id: trashId }) as string[];
  noteChanges(db, 'agreement_version', versions, 'delete');
}
