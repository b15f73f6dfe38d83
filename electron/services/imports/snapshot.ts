import type Database from 'better-sqlite3';
import type { ImportEntity } from './current';

/**
 * A record's exact stored rows before an import updates it: its own row and the link rows an
 * import may rewrite (themes, an agreement's contacts, a contact's city). Undo writes them back
 * as they were. Table and column names come from this file and from the stored row's own keys,
 * checked against the table's columns; values are always bound.
 */
export interface RecordSnapshot {
  row: Record<string, unknown>;
  links: Record<string, Record<string, unknown>[]>;
}

const TABLES: Record<ImportEntity, { table: string; links: { table: string; key: string }[] }> = {
  city: { table: 'cities', links: [] },
  agreement: {
    table: 'agreements',
    links: [
      { table: 'agreement_themes', key: 'agreement_id' },
      { table: 'agreement_contacts', key: 'agreement_id' },
    ],
  },
  action: { table: 'actions', links: [{ table: 'action_themes', key: 'action_id' }] },
  contact: { table: 'contacts', links: [{ table: 'contact_cities', key: 'contact_id' }] },
};

/** The table an entity is stored in. */
export function tableOf(entity: ImportEntity): string {
  return TABLES[entity].table;
}

export function takeRecordSnapshot(db: Database.Database, entity: ImportEntity, id: string): RecordSnapshot {
  const { table, links } = TABLES[entity];
  const row = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>;
  const linkRows: RecordSnapshot['links'] = {};
  for (const link of links)
    linkRows[link.table] = db.prepare(`SELECT * FROM ${link.table} WHERE ${link.key} = ?`).all(id) as Record<string, unknown>[];
  return { row, links: linkRows };
}

function columnsOf(db: Database.Database, table: string): Set<string> {
  return new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
}

function checkedColumns(db: Database.Database, table: string, row: Record<string, unknown>): string[] {
  const known = columnsOf(db, table);
  const columns = Object.keys(row);
  if (!columns.every((column) => known.has(column))) throw new Error(`A snapshot of ${table} names an unknown column`);
  return columns;
}

/** Writes a snapshot back: the record's row as it was, its links exactly as they were. */
export function restoreRecordSnapshot(
  db: Database.Database,
  entity: ImportEntity,
  id: string,
  snapshot: RecordSnapshot,
): void {
  const { table, links } = TABLES[entity];
  const columns = checkedColumns(db, table, snapshot.row).filter((column) => column !== 'id');
  db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({
    ...snapshot.row,
    id,
  });
  for (const link of links) {
    db.prepare(`DELETE FROM ${link.table} WHERE ${link.key} = ?`).run(id);
    for (const row of snapshot.links[link.table] ?? []) {
      const linkColumns = checkedColumns(db, link.table, row);
      db.prepare(
        `INSERT INTO ${link.table} (${linkColumns.join(', ')}) VALUES (${linkColumns.map((c) => `@${c}`).join(', ')})`,
      ).run(row);
    }
  }
}
