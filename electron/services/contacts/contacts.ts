import type Database from 'better-sqlite3';
import { checkContactCity } from '../../../shared/domain/trackingRules';
import { searchKey } from '../../../shared/domain/text';
import type { FieldIssue } from '../../../shared/ipc/result';
import {
  contactInputSchema,
  contactListSchema,
  type Contact,
  type ContactDetail,
  type ContactInput,
  type ContactListFilter,
  type ContactPage,
  type ContactUpdate,
} from '../../../shared/schemas/contacts';
import { diffFields, recordAudit, recordUpdate, type AuditView } from '../history/audit';
import { escapeLike, fragment, where } from '../../db/sql';
import { stripUndefined } from '../common/records';
import { newId, now } from '../common/clock';
import { assertNoIssues, notFound } from '../../core/errors';
import { indexContact } from '../search/searchIndex';
import { moveToTrash } from '../trash/trash';
import { CITY_NAME } from '../../db/functions';

/** People in partner administrations and in our own departments. */

const SELECT_CONTACT = `
  SELECT k.id, k.name, k.role, k.organisation, k.side, cc.city_id AS cityId, ${CITY_NAME} AS cityName,
         k.email, k.phone, k.language, k.notes, k.created_at AS createdAt, k.updated_at AS updatedAt
  FROM contacts k LEFT JOIN contact_cities cc ON cc.contact_id = k.id LEFT JOIN cities c ON c.id = cc.city_id`;

/** The directory, by name: narrowed by a text (name, role, organisation, e-mail), a city, a side. */
export function listContacts(db: Database.Database, filter: ContactListFilter = {}): ContactPage {
  const f = contactListSchema.parse(filter);
  const conditions = where(
    f.text &&
      fragment(
        `(k.name_key LIKE @text ESCAPE '\\' OR search_key(k.role) LIKE @text ESCAPE '\\'
        OR search_key(k.organisation) LIKE @text ESCAPE '\\' OR lower(k.email) LIKE @text ESCAPE '\\')`,
        { text: `%${escapeLike(searchKey(f.text))}%` },
      ),
    f.cityId &&
      fragment('k.id IN (SELECT contact_id FROM contact_cities WHERE city_id = @cityId)', { cityId: f.cityId }),
    f.side && fragment('k.side = @side', { side: f.side }),
  );
  const { sql: whereSql, params } = conditions;
  const total = db
    .prepare(`SELECT count(*) FROM contacts k ${whereSql}`)
    .pluck()
    .get(params) as number;
  const rows = db
    .prepare(`${SELECT_CONTACT} ${whereSql} ORDER BY k.name_key, k.id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: f.limit, offset: f.offset }) as Contact[];
  return { rows, total };
}

export function getContact(db: Database.Database, id: string): Contact {
  const row = db.prepare(`${SELECT_CONTACT} WHERE k.id = ?`).get(id) as Contact | undefined;
  if (!row) throw notFound('Contact', id);
  return row;
}

/** A contact with the agreements and actions they are linked to. */
export function getContactDetail(db: Database.Database, id: string): ContactDetail {
  const contact = getContact(db, id);
  const agreements = db
    .prepare(
      `SELECT a.id, ${CITY_NAME} AS cityName, a.title, a.signed_on AS signedOn
       FROM agreement_contacts l JOIN agreements a ON a.id = l.agreement_id JOIN cities c ON c.id = a.city_id
       WHERE l.contact_id = ? ORDER BY a.signed_on`,
    )
    .all(id) as ContactDetail['agreements'];
  const actions = db
    .prepare(
      `SELECT x.id, x.title, l.role, x.start_on AS startOn, x.agreement_id AS agreementId
       FROM action_contacts l JOIN actions x ON x.id = l.action_id WHERE l.contact_id = ?
       ORDER BY x.start_on IS NULL, x.start_on DESC, x.title`,
    )
    .all(id) as ContactDetail['actions'];
  return { ...contact, agreements, actions };
}

type ParsedContact = ReturnType<typeof contactInputSchema.parse>;

function checkRules(db: Database.Database, c: ParsedContact): void {
  const issues: FieldIssue[] = [...checkContactCity(c.side, c.cityId)];
  if (c.cityId && !db.prepare('SELECT 1 FROM cities WHERE id = ?').get(c.cityId))
    issues.push({ path: 'cityId', key: 'errors.notFound' });
  assertNoIssues(issues, 'The contact breaks a rule');
}

function auditView(c: Contact): AuditView {
  const { name, role, organisation, side, cityName, email, phone, language, notes } = c;
  return { name, role, organisation, side, city: cityName, email, phone, language, notes };
}

function write(
  db: Database.Database,
  id: string,
  c: ParsedContact,
  stamp: string,
  created: string | null,
): void {
  if (created) {
    db.prepare(
      `INSERT INTO contacts (id, name, name_key, side, role, organisation, email, phone, language, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      c.name,
      searchKey(c.name),
      c.side,
      c.role,
      c.organisation,
      c.email,
      c.phone,
      c.language,
      c.notes,
      created,
      stamp,
    );
  } else {
    db.prepare(
      `UPDATE contacts SET name = ?, name_key = ?, side = ?, role = ?, organisation = ?, email = ?, phone = ?, language = ?,
              notes = ?, updated_at = ? WHERE id = ?`,
    ).run(
      c.name,
      searchKey(c.name),
      c.side,
      c.role,
      c.organisation,
      c.email,
      c.phone,
      c.language,
      c.notes,
      stamp,
      id,
    );
  }
  db.prepare('DELETE FROM contact_cities WHERE contact_id = ?').run(id);
  if (c.cityId)
    db.prepare('INSERT INTO contact_cities (contact_id, city_id) VALUES (?, ?)').run(id, c.cityId);
}

export function createContact(db: Database.Database, input: ContactInput): Contact {
  const c = contactInputSchema.parse(input);
  return db
    .transaction(() => {
      checkRules(db, c);
      const id = newId();
      const stamp = now();
      write(db, id, c, stamp, stamp);
      const contact = getContact(db, id);
      recordAudit(db, {
        entityType: 'contact',
        entityId: id,
        action: 'create',
        label: contact.name,
        changes: diffFields(null, auditView(contact)),
        at: stamp,
      });
      indexContact(db, id);
      return contact;
    })
    .immediate();
}

export function updateContact(
  db: Database.Database,
  id: string,
  changes: ContactUpdate['changes'],
): Contact {
  return db
    .transaction(() => {
      const current = getContact(db, id);
      const next = contactInputSchema.parse({ ...current, ...stripUndefined(changes) });
      checkRules(db, next);
      const stamp = now();
      write(db, id, next, stamp, null);
      const contact = getContact(db, id);
      recordUpdate(
        db,
        { entityType: 'contact', entityId: id, label: contact.name, at: stamp },
        auditView(current),
        auditView(contact),
      );
      indexContact(db, id);
      return contact;
    })
    .immediate();
}

/** Sends a contact to the trash, with their links to cities, agreements and actions. */
export function deleteContact(db: Database.Database, id: string): { id: string } {
  return db
    .transaction(() => {
      const contact = getContact(db, id);
      moveToTrash(db, 'contact', id, {
        label: contact.name,
        changes: diffFields(auditView(contact), null),
      });
      return { id };
    })
    .immediate();
}
