import type Database from 'better-sqlite3';
import type { FieldIssue } from '../../../shared/ipc/result';
import type { ThemeRef } from '../../../shared/schemas/actions';
import type { ContactRef } from '../../../shared/schemas/contacts';
import { checkUniqueIds } from '../../../shared/domain/trackingRules';

/** Links between records: themes of agreements and actions, contacts of agreements. */

const THEME_LINKS = {
  agreement: { table: 'agreement_themes', column: 'agreement_id' },
  action: { table: 'action_themes', column: 'action_id' },
} as const;

/** The themes of an agreement or an action, by English label. */
export function themesOf(
  db: Database.Database,
  owner: keyof typeof THEME_LINKS,
  id: string,
): ThemeRef[] {
  const { table, column } = THEME_LINKS[owner];
  return db
    .prepare(
      `SELECT t.id, t.code, t.label_en AS labelEn, t.label_fr AS labelFr
       FROM ${table} l JOIN themes t ON t.id = l.theme_id WHERE l.${column} = ? ORDER BY t.label_en`,
    )
    .all(id) as ThemeRef[];
}

/** Replaces the themes of an agreement or an action. */
export function setThemes(
  db: Database.Database,
  owner: keyof typeof THEME_LINKS,
  id: string,
  themeIds: readonly string[],
): void {
  const { table, column } = THEME_LINKS[owner];
  db.prepare(`DELETE FROM ${table} WHERE ${column} = ?`).run(id);
  const insert = db.prepare(`INSERT INTO ${table} (${column}, theme_id) VALUES (?, ?)`);
  for (const themeId of themeIds) insert.run(id, themeId);
}

/** The people following an agreement, by name. */
export function contactsOfAgreement(db: Database.Database, agreementId: string): ContactRef[] {
  return db
    .prepare(
      `SELECT k.id, k.name, k.role, k.organisation, k.side
       FROM agreement_contacts l JOIN contacts k ON k.id = l.contact_id WHERE l.agreement_id = ? ORDER BY k.name_key`,
    )
    .all(agreementId) as ContactRef[];
}

export function setAgreementContacts(
  db: Database.Database,
  agreementId: string,
  contactIds: readonly string[],
): void {
  db.prepare('DELETE FROM agreement_contacts WHERE agreement_id = ?').run(agreementId);
  const insert = db.prepare(
    'INSERT INTO agreement_contacts (agreement_id, contact_id) VALUES (?, ?)',
  );
  for (const contactId of contactIds) insert.run(agreementId, contactId);
}

/** Issues for ids that are repeated or name no record of `table`. */
export function checkIds(
  db: Database.Database,
  table: 'themes' | 'contacts',
  path: string,
  ids: readonly string[],
): FieldIssue[] {
  const duplicate = checkUniqueIds(path, ids);
  if (duplicate.length) return duplicate;
  if (ids.length === 0) return [];
  const known = new Set(
    db
      .prepare(`SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(JSON.stringify(ids)) as string[],
  );
  const index = ids.findIndex((id) => !known.has(id));
  return index < 0 ? [] : [{ path: `${path}.${index}`, key: 'errors.notFound' }];
}

/** Theme codes, sorted, for history lines (codes survive relabelling). */
export const themeCodes = (themes: ThemeRef[]) => themes.map((t) => t.code).sort();
/** Contact names, sorted, for history lines. */
export const contactNames = (contacts: { name: string }[]) => contacts.map((c) => c.name).sort();
