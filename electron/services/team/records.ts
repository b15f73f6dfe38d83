import type Database from 'better-sqlite3';
import type { AuditedEntity } from '../../../shared/schemas/history';

/**
 * What a synced record is, kind by kind: its table's columns (each one field, read from the
 * schema so a new column travels without code), plus its links held in other tables, each one
 * field whose value is the whole set (an agreement's themes, an action's indicators): two
 * desktops adding a theme to one action at the same time is a conflict on `themes`, shown
 * to the user, rather than a silent union that could bring back what one of them removed.
 *
 * `_deleted` is a field of its own: a delete is a tombstone `_deleted = true` with its clock,
 * a restore `_deleted = false`; an edit never brings a deleted record back by itself.
 */

export const DELETED = '_deleted';

/** Synced kinds, parents before children (the order pushes and applies go in). */
export const SYNCED_ENTITIES = [
  'city',
  'theme',
  'contact',
  'agreement',
  'agreement_version',
  'action',
  'document',
] as const satisfies readonly AuditedEntity[];
export type SyncedEntity = (typeof SYNCED_ENTITIES)[number];

export const TABLE_OF: Record<SyncedEntity, string> = {
  city: 'cities',
  theme: 'themes',
  contact: 'contacts',
  agreement: 'agreements',
  agreement_version: 'agreement_versions',
  action: 'actions',
  document: 'documents',
};

/** Fields derived from others or touched by every edit: last writer wins, never a conflict. */
const QUIET = new Set([
  'updated_at',
  'name_key',
  'name_fr_key',
  'name_en_key',
  'names_key',
  'title_key',
  'signed_year',
  'start_day',
  'end_day',
]);

/** True when two desktops changing `field` is worth asking the user about. */
export function isConflictField(field: string): boolean {
  return !QUIET.has(field);
}

export function isSyncedEntity(entity: string): entity is SyncedEntity {
  return (SYNCED_ENTITIES as readonly string[]).includes(entity);
}

/** A link field: read as one JSON value, written back by replacing the rows. */
interface Link {
  read(db: Database.Database, id: string): unknown;
  write(db: Database.Database, id: string, value: unknown): void;
}

/** True when the linked record is in the register (a link to a record deleted meanwhile is left out). */
function present(db: Database.Database, table: string, id: unknown): boolean {
  return typeof id === 'string' && db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

function idSet(table: string, owner: string, other: string, target: string): Link {
  return {
    read: (db, id) =>
      db.prepare(`SELECT ${other} FROM ${table} WHERE ${owner} = ? ORDER BY ${other}`).pluck().all(id),
    write: (db, id, value) => {
      db.prepare(`DELETE FROM ${table} WHERE ${owner} = ?`).run(id);
      const insert = db.prepare(`INSERT INTO ${table} (${owner}, ${other}) VALUES (?, ?)`);
      for (const item of Array.isArray(value) ? value : []) if (present(db, target, item)) insert.run(id, item);
    },
  };
}

const ACTION_CONTACTS: Link = {
  read: (db, id) =>
    (db.prepare('SELECT contact_id, role FROM action_contacts WHERE action_id = ? ORDER BY contact_id').all(id) as {
      contact_id: string;
      role: string;
    }[]).map((r) => [r.contact_id, r.role]),
  write: (db, id, value) => {
    db.prepare('DELETE FROM action_contacts WHERE action_id = ?').run(id);
    const insert = db.prepare('INSERT INTO action_contacts (action_id, contact_id, role) VALUES (?, ?, ?)');
    for (const item of Array.isArray(value) ? value : []) {
      const [contact, role] = item as [string, string];
      if (present(db, 'contacts', contact)) insert.run(id, contact, role);
    }
  },
};

const INDICATOR_COLUMNS = ['id', 'position', 'name', 'unit', 'target', 'achieved', 'created_at', 'updated_at'] as const;

const ACTION_INDICATORS: Link = {
  read: (db, id) =>
    db
      .prepare(`SELECT ${INDICATOR_COLUMNS.join(', ')} FROM action_indicators WHERE action_id = ? ORDER BY position, id`)
      .all(id),
  write: (db, id, value) => {
    db.prepare('DELETE FROM action_indicators WHERE action_id = ?').run(id);
    const insert = db.prepare(
      `INSERT INTO action_indicators (action_id, ${INDICATOR_COLUMNS.join(', ')})
       VALUES (@action_id, ${INDICATOR_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    for (const row of Array.isArray(value) ? (value as Record<string, unknown>[]) : []) {
      insert.run({ action_id: id, ...Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c, row[c] ?? null])) });
    }
  },
};

const CONTACT_CITY: Link = {
  read: (db, id) => (db.prepare('SELECT city_id FROM contact_cities WHERE contact_id = ?').pluck().get(id) as string | undefined) ?? null,
  write: (db, id, value) => {
    db.prepare('DELETE FROM contact_cities WHERE contact_id = ?').run(id);
    if (present(db, 'cities', value)) db.prepare('INSERT INTO contact_cities (contact_id, city_id) VALUES (?, ?)').run(id, value);
  },
};

const LINKS: Partial<Record<SyncedEntity, Record<string, Link>>> = {
  agreement: {
    themes: idSet('agreement_themes', 'agreement_id', 'theme_id', 'themes'),
    contacts: idSet('agreement_contacts', 'agreement_id', 'contact_id', 'contacts'),
  },
  action: {
    themes: idSet('action_themes', 'action_id', 'theme_id', 'themes'),
    contacts: ACTION_CONTACTS,
    indicators: ACTION_INDICATORS,
  },
  contact: { city: CONTACT_CITY },
};

const columnCache = new WeakMap<Database.Database, Map<string, string[]>>();

/**
 * The columns of a synced table other than `id`, as the schema declares them, and other than
 * `n`, the record's number in this file alone (migration 0150): another desktop numbers its own.
 */
export function columnsOf(db: Database.Database, entity: SyncedEntity): string[] {
  let byTable = columnCache.get(db);
  if (!byTable) {
    byTable = new Map();
    columnCache.set(db, byTable);
  }
  const table = TABLE_OF[entity];
  let columns = byTable.get(table);
  if (!columns) {
    columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) => c !== 'id' && c !== 'n');
    byTable.set(table, columns);
  }
  return columns;
}

/** A record as fields (columns and links), or null when it is not in the register. */
export function readRecord(db: Database.Database, entity: SyncedEntity, id: string): Record<string, unknown> | null {
  const row = db.prepare(`SELECT * FROM ${TABLE_OF[entity]} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const fields: Record<string, unknown> = {};
  for (const column of columnsOf(db, entity)) fields[column] = row[column] ?? null;
  for (const [name, link] of Object.entries(LINKS[entity] ?? {})) fields[name] = link.read(db, id);
  return fields;
}

/** Every id of a kind in the register (for a bulk mark `*` and for joining). */
export function recordIds(db: Database.Database, entity: SyncedEntity): string[] {
  return db.prepare(`SELECT id FROM ${TABLE_OF[entity]} ORDER BY id`).pluck().all() as string[];
}

/**
 * Writes a record's fields into the register: inserts it, or updates the columns given.
 * Fields that are neither a column nor a link (a newer desktop's) are left aside.
 */
export function writeRecord(db: Database.Database, entity: SyncedEntity, id: string, fields: Record<string, unknown>): void {
  const columns = columnsOf(db, entity).filter((c) => Object.prototype.hasOwnProperty.call(fields, c));
  const params: Record<string, unknown> = { id };
  columns.forEach((c, i) => (params[`v${i}`] = toSqlite(fields[c])));
  const names = ['id', ...columns].join(', ');
  const values = ['@id', ...columns.map((_, i) => `@v${i}`)].join(', ');
  const updates = columns.map((c, i) => `${c} = @v${i}`).join(', ');
  db.prepare(
    `INSERT INTO ${TABLE_OF[entity]} (${names}) VALUES (${values})
     ON CONFLICT (id) DO ${updates ? `UPDATE SET ${updates}` : 'NOTHING'}`,
  ).run(params);
  for (const [name, link] of Object.entries(LINKS[entity] ?? {})) {
    if (Object.prototype.hasOwnProperty.call(fields, name)) link.write(db, id, fields[name]);
  }
}

function toSqlite(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value ?? null;
}

/**
 * The parent a record's fields point at that is not in the register (its agreement deleted
 * on another desktop meanwhile), as `table id`, or null when every parent is there.
 */
export function missingParent(db: Database.Database, entity: SyncedEntity, fields: Record<string, unknown>): string | null {
  const keys = db.prepare(`SELECT "table" AS parent, "from" AS column FROM pragma_foreign_key_list(?)`).all(TABLE_OF[entity]) as { parent: string; column: string }[];
  for (const { parent, column } of keys) {
    const value = fields[column];
    if (value !== null && value !== undefined && !present(db, parent, value)) return `${parent} ${String(value)}`;
  }
  return null;
}

/** The record's name, for the conflict list. */
export function labelOf(fields: Record<string, unknown>): string {
  const label = fields.name ?? fields.title ?? fields.label_en ?? fields.summary ?? '';
  return typeof label === 'string' ? label : '';
}
