import { describe, expect, it } from 'vitest';
import type { ZodError } from 'zod';
import { fieldIssuesFromZod } from '../../../shared/ipc/issues';
import { listHistory } from '../../../electron/services/history/audit';
import {
  createContact,
  deleteContact,
  getContactDetail,
  listContacts,
  updateContact,
} from '../../../electron/services/contacts/contacts';
import { cityIdByName, tempDatabase } from '../helpers/tempData';
import { MISSING, addAction, refused } from '../helpers/domain';

describe('contacts', () => {
  it('keeps people of partner administrations and of our own departments', () => {
    const { db } = tempDatabase({ sample: true });
    const montreal = cityIdByName(db, 'Montreal');
    const partner = createContact(db, {
      name: ' Marie Tremblay ',
      role: 'International relations adviser',
      organisation: 'Ville de Montréal',
      cityId: montreal,
      email: 'marie.tremblay@montreal.ca',
      phone: '+1 514 872-0311',
      language: 'French',
      notes: 'Met in 2023',
    });
    expect(partner).toMatchObject({
      name: 'Marie Tremblay',
      side: 'partner',
      cityId: montreal,
      cityName: 'Montreal',
    });
    const own = createContact(db, {
      name: 'Luc Bernard',
      side: 'own',
      organisation: 'Roads and Mobility',
    });
    expect(own).toMatchObject({ side: 'own', cityId: null, cityName: null });
    expect(listContacts(db).rows.map((c) => c.name)).toEqual(['Luc Bernard', 'Marie Tremblay']);
    expect(listContacts(db, { text: 'montreal' }).rows.map((c) => c.name)).toEqual([
      'Marie Tremblay',
    ]);
    expect(listContacts(db, { text: 'TREMBLAY' }).total).toBe(1);
    expect(listContacts(db, { cityId: montreal }).rows.map((c) => c.id)).toEqual([partner.id]);
    expect(listContacts(db, { side: 'own', limit: 1 })).toMatchObject({
      total: 1,
      rows: [{ id: own.id }],
    });
  });

  it('shows the agreements and actions a contact takes part in', () => {
    const { db } = tempDatabase({ sample: true });
    const contact = createContact(db, {
      name: 'Ole Hansen',
      cityId: cityIdByName(db, 'Copenhagen'),
    });
    const action = addAction(db, 'Copenhagen', {
      title: 'Bike lanes',
      participants: [{ contactId: contact.id, role: 'lead' }],
    });
    const detail = getContactDetail(db, contact.id);
    expect(detail.actions).toEqual([
      {
        id: action.id,
        title: 'Bike lanes',
        role: 'lead',
        startOn: null,
        agreementId: action.agreementId,
      },
    ]);
    expect(detail.agreements).toEqual([]);
  });

  it.each([
    ['a bad e-mail', { email: 'marie@' }, 'email', 'errors.email'],
    ['a bad phone', { phone: 'call me' }, 'phone', 'errors.phone'],
    ['no name', { name: '  ' }, 'name', 'errors.required'],
  ])('refuses %s at its field', (_label, input, path, key) => {
    const { db } = tempDatabase();
    let issues: unknown;
    try {
      createContact(db, { name: 'X', ...input });
    } catch (error) {
      issues = fieldIssuesFromZod(error as ZodError);
    }
    expect(issues).toEqual([{ path, key }]);
  });

  it('refuses a partner city for our own staff, and an unknown city', () => {
    const { db } = tempDatabase({ sample: true });
    expect(
      refused(db, () =>
        createContact(db, { name: 'Luc', side: 'own', cityId: cityIdByName(db, 'Rome') }),
      ).issues,
    ).toEqual([{ path: 'cityId', key: 'errors.contactOwnSideCity' }]);
    expect(refused(db, () => createContact(db, { name: 'Luc', cityId: MISSING })).issues).toEqual([
      { path: 'cityId', key: 'errors.notFound' },
    ]);
  });

  it('updates with history and moves to another city; deletes to the trash', () => {
    const { db } = tempDatabase({ sample: true });
    const c = createContact(db, { name: 'Anna', cityId: cityIdByName(db, 'Berlin') });
    const updated = updateContact(db, c.id, {
      cityId: cityIdByName(db, 'Warsaw'),
      role: 'Mayor’s adviser',
    });
    expect(updated.cityName).toBe('Warsaw');
    expect(listHistory(db, { entityType: 'contact', entityId: c.id }).rows[0]!.changes).toEqual({
      role: ['', 'Mayor’s adviser'],
      city: ['Berlin', 'Warsaw'],
    });
    deleteContact(db, c.id);
    expect(listContacts(db).total).toBe(0);
    expect(db.prepare('SELECT entity_type FROM trash').pluck().all()).toEqual(['contact']);
  });
});
