import type Database from 'better-sqlite3';
import type {
  AuditAction,
  AuditedEntity,
  FieldChanges,
  HistoryEntry,
  HistoryListFilter,
  HistoryPage,
} from '../../../shared/schemas/history';
import { historyListSchema } from '../../../shared/schemas/history';
import { noteChange } from '../../core/changes';
import { newId, now } from '../common/clock';
import { getSetting } from '../settings/settings';

/** The settings key of the name history records changes under. */
export const SETTING_USER_NAME = 'user.name';

/** The configured user name, or '' when none was set. */
export function currentUserName(db: Database.Database): string {
  return getSetting(db, SETTING_USER_NAME) ?? '';
}

/** A record as history sees it: plain field → value, the way the user names the fields. */
export type AuditView = Record<string, unknown>;

const EMPTY = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/**
 * The fields that differ between two views of a record, as `{ field: [before, after] }`.
 * With no `before` (a create), the fields that hold something; with no `after` (a delete),
 * the fields that held something.
 */
export function diffFields(before: AuditView | null, after: AuditView | null): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const b = before ? (before[key] ?? null) : null;
    const a = after ? (after[key] ?? null) : null;
    if (!before && EMPTY(a)) continue;
    if (!after && EMPTY(b)) continue;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = [b, a];
  }
  return changes;
}

export interface AuditRecord {
  entityType: AuditedEntity;
  entityId: string;
  action: AuditAction;
  label: string;
  changes?: FieldChanges;
  parentId?: string | null;
  /** The change's own timestamp, so the record and its history line agree to the millisecond. */
  at?: string;
  /** Who made the change when it is not this desktop's user (a team member's, applied by sync). */
  userName?: string;
}

const INSERT_AUDIT = `INSERT INTO audit_log (id, created_at, updated_at, user_name, entity_type, entity_id, parent_id, action, label, changes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Notes a history line's record in the change feed, then stores the line with `insert`. */
function writeAudit(db: Database.Database, insert: Database.Statement, userName: () => string, record: AuditRecord): void {
  const fields = record.action === 'update' ? Object.keys(record.changes ?? {}) : [];
  noteChange(db, {
    entity: record.entityType,
    id: record.entityId,
    op: record.action,
    ...(fields.length > 0 ? { fields } : {}),
  });
  const at = record.at ?? now();
  insert.run(
    newId(),
    at,
    at,
    record.userName ?? userName(),
    record.entityType,
    record.entityId,
    record.parentId ?? null,
    record.action,
    record.label,
    JSON.stringify(record.changes ?? {}),
  );
}

/**
 * Writes one history line. Call it inside the transaction of the change it describes: if
 * the change rolls back, so does its history. The same record goes into the change feed
 * (`core/changes.ts`): an update with the names of the fields that changed.
 */
export function recordAudit(db: Database.Database, record: AuditRecord): void {
  writeAudit(db, db.prepare(INSERT_AUDIT), () => currentUserName(db), record);
}

/**
 * `recordAudit` for many lines in one synchronous write (an import): the statement prepared
 * once and the user's name read once. Same lines, same change feed and outbox marks.
 */
export function auditWriter(db: Database.Database): (record: AuditRecord) => void {
  const insert = db.prepare(INSERT_AUDIT);
  const user = currentUserName(db);
  return (record) => writeAudit(db, insert, () => user, record);
}

/** An update's history line, written only when something did change. */
export function recordUpdate(
  db: Database.Database,
  record: Omit<AuditRecord, 'action' | 'changes'>,
  before: AuditView,
  after: AuditView,
): FieldChanges {
  const changes = diffFields(before, after);
  if (Object.keys(changes).length > 0) recordAudit(db, { ...record, action: 'update', changes });
  return changes;
}

const SELECT_ENTRY = `
  SELECT id, created_at AS at, user_name AS user, entity_type AS entityType, entity_id AS entityId,
         parent_id AS parentId, action, label, changes
  FROM audit_log`;

type StoredEntry = Omit<HistoryEntry, 'changes'> & { changes: string };

function toEntry(row: StoredEntry): HistoryEntry {
  return { ...row, changes: JSON.parse(row.changes) as FieldChanges };
}

/** A record's history, newest first, with the changes of what belongs to it. */
export function listHistory(db: Database.Database, filter: HistoryListFilter): HistoryPage {
  const f = historyListSchema.parse(filter);
  const where = 'WHERE entity_id = @id OR (parent_id = @id AND parent_id IS NOT NULL)';
  const total = db
    .prepare(`SELECT count(*) FROM audit_log ${where}`)
    .pluck()
    .get({ id: f.entityId }) as number;
  const rows = db
    .prepare(
      `${SELECT_ENTRY} ${where} ORDER BY created_at DESC, rowid DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ id: f.entityId, limit: f.limit, offset: f.offset }) as StoredEntry[];
  return { rows: rows.map(toEntry), total };
}

/** The latest changes across the database, newest first. */
export function recentChanges(db: Database.Database, limit: number): HistoryEntry[] {
  const rows = db
    .prepare(`${SELECT_ENTRY} ORDER BY created_at DESC, rowid DESC LIMIT ?`)
    .all(limit) as StoredEntry[];
  return rows.map(toEntry);
}

/** The history lines of one record that touched a field, oldest first. */
export function historyOfField(
  db: Database.Database,
  entityId: string,
  field: string,
): HistoryEntry[] {
  const rows = db
    .prepare(
      `${SELECT_ENTRY} WHERE entity_id = ? AND json_type(changes, ?) IS NOT NULL ORDER BY created_at, rowid`,
    )
    .all(entityId, `$.${field}`) as StoredEntry[];
  return rows.map(toEntry);
}
