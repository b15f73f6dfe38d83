import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAction, deleteAction, getAction } from '../../../electron/services/actions/crud';
import { listActions } from '../../../electron/services/actions/list';
import {
  createAgreement,
  deleteAgreement,
  getAgreement,
  updateAgreement,
} from '../../../electron/services/agreements/agreements';
import { listHistory } from '../../../electron/services/history/audit';
import { createCity, deleteCity, getCity, listCities } from '../../../electron/services/cities/cities';
import {
  createContact,
  deleteContact,
  getContactDetail,
} from '../../../electron/services/contacts/contacts';
import { addDocument } from '../../../electron/services/documents/documents';
import { emptyTrash, purgeTrash, restoreFromTrash } from '../../../electron/services/trash/restore';
import { searchEverything } from '../../../electron/services/search/search';
import { deleteTheme } from '../../../electron/services/themes/themes';
import { listTrash } from '../../../electron/services/trash/trash';
import { createVersion } from '../../../electron/services/versions/versions';
import { agreementIdByCity, cityIdByName, dumpTables, tempDatabase } from '../helpers/tempData';
import { MISSING, addAction, refused, themeId } from '../helpers/domain';

/**
 * Every table but the history, the trash and the search index (derived data whose internal
 * row numbers change; what it finds is checked by searching).
 */
function records(db: Database.Database) {
  return Object.fromEntries(
    Object.entries(dumpTables(db)).filter(
      ([table]) =>
        !['audit_log', 'trash', 'trash_members'].includes(table) && !table.startsWith('search_'),
    ),
  );
}

function richAgreement(db: Database.Database) {
  const prague = agreementIdByCity(db, 'Prague');
  const contact = createContact(db, { name: 'Petr Novák', cityId: cityIdByName(db, 'Prague') });
  updateAgreement(db, prague, {
    themeIds: [themeId(db, 'heritage_conservation')],
    contactIds: [contact.id],
  });
  createVersion(db, {
    agreementId: prague,
    kind: 'original',
    date: '1997',
    signatories: [{ name: 'Jean Tiberi', side: 'own' }],
  });
  const action = createAction(db, {
    agreementId: prague,
    title: 'Flood alert visit',
    kind: 'study_visit',
    startOn: '2003-09',
    participants: [{ contactId: contact.id, role: 'counterpart' }],
    indicators: [{ name: 'Staff trained', target: 10 }],
    themeIds: [themeId(db, 'risk_prevention')],
    budgetPlanned: { amountMinor: 500_000, currency: 'CZK' },
  });
  return { prague, contact, action };
}

describe('trash round trip', () => {
  it('an agreement goes with its actions, versions, links and documents, and comes back exactly', () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const { prague, action } = richAgreement(db);
    addDocument(
      ctx,
      { ownerType: 'action', ownerId: action.id },
      { name: 'minutes.txt', mime: 'text/plain', bytes: Buffer.from('minutes') },
    );
    addDocument(
      ctx,
      { ownerType: 'agreement', ownerId: prague },
      { name: 'scan.pdf', mime: 'application/pdf', bytes: Buffer.from('%PDF-1.4') },
    );
    const before = records(db);
    const detail = getAgreement(db, prague);

    deleteAgreement(db, prague);
    expect(() => getAgreement(db, prague)).toThrow(/not found/);
    expect(
      db.prepare('SELECT count(*) FROM actions WHERE agreement_id = ?').pluck().get(prague),
    ).toBe(0);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    expect(listActions(db, { text: 'flood alert visit' }).total).toBe(0);
    expect(searchEverything(db, { text: 'flood alert visit' }).groups).toEqual([]);
    const [entry] = listTrash(db).rows;
    expect(entry).toMatchObject({
      entityType: 'agreement',
      entityId: prague,
      label: 'Prague',
      dependents: { actions: 3, versions: 1, indicators: 1, documents: 2 },
    });

    const result = restoreFromTrash(db, { id: entry!.id });
    expect(result.restored[0]).toEqual({ entityType: 'agreement', id: prague, label: 'Prague' });
    expect(result.restored.filter((r) => r.entityType === 'action')).toHaveLength(3);
    expect(records(db)).toEqual(before);
    expect(getAgreement(db, prague)).toEqual(detail);
    expect(listTrash(db).total).toBe(0);
    expect(listActions(db, { text: 'flood alert visit' }).rows.map((r) => r.id)).toEqual([
      action.id,
    ]);
    const history = listHistory(db, { entityType: 'agreement', entityId: prague }).rows.map(
      (h) => `${h.entityType}:${h.action}`,
    );
    expect(history.filter((h) => h.endsWith(':restore')).sort()).toEqual([
      'action:restore',
      'action:restore',
      'action:restore',
      'agreement:restore',
      'document:restore',
    ]);
    expect(history).toContain('agreement:delete');
    const actionHistory = listHistory(db, { entityType: 'action', entityId: action.id }).rows.map(
      (h) => `${h.entityType}:${h.action}`,
    );
    expect(actionHistory[0]).toMatch(/restore$/);
    expect([...actionHistory].sort()).toEqual([
      'action:create',
      'action:delete',
      'action:restore',
      'document:create',
      'document:delete',
      'document:restore',
    ]);
  });

  it('an action alone, by its own id (an undo)', () => {
    const { db } = tempDatabase({ sample: true });
    const { action } = richAgreement(db);
    const before = records(db);
    deleteAction(db, action.id);
    expect(restoreFromTrash(db, { entityId: action.id }).restored).toEqual([
      { entityType: 'action', id: action.id, label: 'Flood alert visit' },
    ]);
    expect(records(db)).toEqual(before);
    expect(getAction(db, action.id).participants).toHaveLength(1);
  });

  it('an action whose agreement was deleted after it brings the agreement back first', () => {
    const { db } = tempDatabase({ sample: true });
    const { prague, action } = richAgreement(db);
    const before = records(db);
    deleteAction(db, action.id);
    deleteAgreement(db, prague);
    const { restored } = restoreFromTrash(db, { entityId: action.id });
    expect(restored.map((r) => r.entityType)).toEqual(['agreement', 'action', 'action', 'action']);
    expect(records(db)).toEqual(before);
  });

  it('a city, with the links of its contacts', () => {
    const { db } = tempDatabase();
    const city = createCity(db, {
      name: 'Lyon',
      country: 'FR',
      region: 'Auvergne-Rhône-Alpes',
      languages: ['French'],
    });
    const contact = createContact(db, { name: 'Anne Martin', cityId: city.id });
    const before = records(db);
    deleteCity(db, city.id);
    expect(getContactDetail(db, contact.id).cityId).toBeNull();
    restoreFromTrash(db, { entityId: city.id });
    expect(records(db)).toEqual(before);
    expect(getCity(db, city.id)).toMatchObject({ name: 'Lyon', languages: ['French'] });
    expect(getContactDetail(db, contact.id).cityName).toBe('Lyon');
  });

  it('a contact, with their links to agreements and actions', () => {
    const { db } = tempDatabase({ sample: true });
    const { contact } = richAgreement(db);
    const before = records(db);
    deleteContact(db, contact.id);
    expect(db.prepare('SELECT count(*) FROM action_contacts').pluck().get()).toBe(0);
    restoreFromTrash(db, { entityId: contact.id });
    expect(records(db)).toEqual(before);
  });

  it('drops a link whose other end is gone, and keeps the rest', () => {
    const { db } = tempDatabase({ sample: true });
    const action = addAction(db, 'Rome', { themeIds: [themeId(db, 'youth')] });
    deleteAction(db, action.id);
    deleteTheme(db, themeId(db, 'youth'));
    restoreFromTrash(db, { entityId: action.id });
    expect(getAction(db, action.id).themes).toEqual([]);
  });

  it('refuses to restore a city whose name was taken again, changing nothing', () => {
    const { db } = tempDatabase();
    const city = createCity(db, { name: 'Lyon', country: 'FR' });
    deleteCity(db, city.id);
    createCity(db, { name: 'LYON', country: 'FR' });
    const error = refused(db, () => restoreFromTrash(db, { entityId: city.id }));
    expect(error).toMatchObject({
      code: 'conflict',
      key: 'errors.cityExists',
      params: { city: 'Lyon' },
    });
  });

  it('refuses to restore an agreement whose city was purged', () => {
    const { db, ctx } = tempDatabase();
    const city = createCity(db, { name: 'Lyon', country: 'FR' });
    const agreement = createAgreement(db, {
      cityId: city.id,
      kind: 'memorandum',
      signedOn: '2001',
    });
    deleteAgreement(db, agreement.id);
    deleteCity(db, city.id);
    purgeTrash(ctx, listTrash(db, { entityType: 'city' }).rows[0]!.id);
    expect(refused(db, () => restoreFromTrash(db, { entityId: agreement.id }))).toMatchObject({
      code: 'conflict',
      key: 'errors.restoreParentMissing',
    });
    // The city in the trash is brought back with the agreement when it is still there.
    const other = createCity(db, { name: 'Nice', country: 'FR' });
    const second = createAgreement(db, { cityId: other.id, kind: 'memorandum', signedOn: '2001' });
    deleteAgreement(db, second.id);
    deleteCity(db, other.id);
    expect(restoreFromTrash(db, { entityId: second.id }).restored.map((r) => r.entityType)).toEqual(
      ['city', 'agreement'],
    );
    expect(listCities(db).map((c) => c.name)).toEqual(['Nice']);
  });

  it('refuses to restore a second active twinning beside an exclusive one', () => {
    const { db } = tempDatabase({ sample: true });
    const city = createCity(db, { name: 'Florence', country: 'IT' });
    const rome = agreementIdByCity(db, 'Rome');
    updateAgreement(db, rome, { status: 'dormant' });
    const twin = createAgreement(db, { cityId: city.id, kind: 'twinning', signedOn: '2020' });
    deleteAgreement(db, twin.id);
    updateAgreement(db, rome, { status: 'active' });
    expect(refused(db, () => restoreFromTrash(db, { entityId: twin.id }))).toMatchObject({
      key: 'errors.exclusiveTwinningExists',
    });
  });

  it('lists, purges one entry, empties; unknown ids are not found', () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const a = addAction(db, 'Rome', { title: 'One' });
    const b = addAction(db, 'Rome', { title: 'Two' });
    deleteAction(db, a.id);
    deleteAction(db, b.id);
    const page = listTrash(db, { limit: 1 });
    expect(page.total).toBe(2);
    expect(page.rows[0]!.label).toBe('Two');
    expect(listTrash(db, { entityType: 'city' }).total).toBe(0);
    purgeTrash(ctx, page.rows[0]!.id);
    expect(listTrash(db).rows.map((r) => r.label)).toEqual(['One']);
    expect(emptyTrash(ctx)).toEqual({ purged: 1 });
    expect(refused(db, () => restoreFromTrash(db, { id: MISSING })).code).toBe('not_found');
    expect(refused(db, () => restoreFromTrash(db, { entityId: a.id })).code).toBe('not_found');
    expect(() => purgeTrash(ctx, MISSING)).toThrow(/not found/);
  });
});
