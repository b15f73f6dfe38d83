import { describe, expect, it } from 'vitest';
import {
  createAgreement,
  getAgreement,
  updateAgreement,
} from '../../../electron/services/agreements/agreements';
import { diffFields, listHistory, recentChanges } from '../../../electron/services/history/audit';
import { createCity, updateCity } from '../../../electron/services/cities/cities';
import { createContact } from '../../../electron/services/contacts/contacts';
import { statusChanges } from '../../../electron/services/overview/overview';
import { appState, updateSettings } from '../../../electron/services/settings/setup';
import {
  createVersion,
  deleteVersion,
  listVersions,
  updateVersion,
} from '../../../electron/services/versions/versions';
import { agreementIdByCity, cityIdByName, tempDatabase } from '../helpers/tempData';
import { MISSING, refused, themeId } from '../helpers/domain';

describe('agreement versions', () => {
  it('the Paris example keeps Montreal as a history: 2006-04 original, 2014-05 amendment, 2023-04 new pact', () => {
    const { db } = tempDatabase({ sample: true });
    const montreal = getAgreement(db, agreementIdByCity(db, 'Montreal'));
    expect(montreal.versions.map((v) => [v.kind, v.date])).toEqual([
      ['original', '2006-04'],
      ['amendment', '2014-05'],
      ['new_pact', '2023-04'],
    ]);
    expect(montreal.signedOn).toBe('2006-04');
    expect(db.prepare('SELECT count(*) FROM agreement_versions').pluck().get()).toBe(3);
  });

  it('adds, changes and deletes versions, each with its history line under the agreement', () => {
    const { db } = tempDatabase({ sample: true });
    const kyoto = agreementIdByCity(db, 'Kyoto');
    const original = createVersion(db, {
      agreementId: kyoto,
      kind: 'original',
      date: '1958',
      signatories: [{ name: 'Pierre Ruais', role: 'President of the council', side: 'own' }],
    });
    expect(original.signatories).toEqual([
      { name: 'Pierre Ruais', role: 'President of the council', side: 'own' },
    ]);
    const renewal = createVersion(db, {
      agreementId: kyoto,
      kind: 'renewal',
      date: '2008-10',
      summary: '50th anniversary',
    });
    expect(updateVersion(db, renewal.id, { date: '2008-10-15' }).date).toBe('2008-10-15');
    expect(listVersions(db, kyoto).map((v) => v.kind)).toEqual(['original', 'renewal']);
    deleteVersion(db, renewal.id);
    const lines = listHistory(db, { entityType: 'agreement', entityId: kyoto }).rows;
    expect(lines.map((l) => `${l.entityType}:${l.action}`)).toEqual([
      'agreement_version:delete',
      'agreement_version:update',
      'agreement_version:create',
      'agreement_version:create',
    ]);
    expect(lines[1]!.changes).toEqual({ date: ['2008-10', '2008-10-15'] });
    expect(lines[0]!.changes).toMatchObject({
      kind: ['renewal', null],
      summary: ['50th anniversary', null],
    });
  });

  it.each([
    [
      'a version older than the signature',
      { kind: 'renewal', date: '1957-12' },
      [{ path: 'date', key: 'errors.versionBeforeSigned', params: { signedOn: '1958' } }],
    ],
    [
      'a second original',
      { kind: 'original', date: '1960' },
      [{ path: 'kind', key: 'errors.versionOriginalExists' }],
    ],
  ])('refuses %s', (_label, input, issues) => {
    const { db } = tempDatabase({ sample: true });
    const kyoto = agreementIdByCity(db, 'Kyoto');
    createVersion(db, { agreementId: kyoto, kind: 'original', date: '1958' });
    expect(
      refused(db, () => createVersion(db, { agreementId: kyoto, ...input } as never)).issues,
    ).toEqual(issues);
  });

  it('refuses a version of an unknown agreement', () => {
    const { db } = tempDatabase({ sample: true });
    expect(
      refused(db, () => createVersion(db, { agreementId: MISSING, kind: 'original', date: '2000' }))
        .issues,
    ).toEqual([{ path: 'agreementId', key: 'errors.notFound' }]);
  });
});

describe('agreement themes, contacts and status history', () => {
  it('links themes and contacts, and leaves them alone when an update does not mention them', () => {
    const { db } = tempDatabase({ sample: true });
    const id = agreementIdByCity(db, 'Prague');
    const contact = createContact(db, { name: 'Eva Dvořák', cityId: cityIdByName(db, 'Prague') });
    updateAgreement(db, id, {
      themeIds: [themeId(db, 'heritage_conservation'), themeId(db, 'risk_prevention')],
      contactIds: [contact.id],
    });
    updateAgreement(db, id, { notes: 'Renewed contacts in 2024' });
    const detail = getAgreement(db, id);
    expect(detail.themes.map((t) => t.code)).toEqual(['heritage_conservation', 'risk_prevention']);
    expect(detail.contacts).toEqual([
      { id: contact.id, name: 'Eva Dvořák', role: '', organisation: '', side: 'partner' },
    ]);
    expect(refused(db, () => updateAgreement(db, id, { themeIds: [MISSING] })).issues).toEqual([
      { path: 'themeIds.0', key: 'errors.notFound' },
    ]);
    expect(
      refused(db, () => updateAgreement(db, id, { contactIds: [contact.id, contact.id] })).issues,
    ).toEqual([{ path: 'contactIds.1', key: 'errors.duplicate' }]);
  });

  it('records who changed the status, from what to what, and why', () => {
    const { db } = tempDatabase({ sample: true });
    updateSettings(db, { userName: 'Claire Dupont' });
    expect(appState(db, { dataDir: '/d', version: '1' }).userName).toBe('Claire Dupont');
    const id = agreementIdByCity(db, 'Moscow');
    updateAgreement(db, id, { status: 'dormant', endReason: 'Suspended in 2022' });
    updateSettings(db, { userName: 'Marc Petit' });
    updateAgreement(db, id, { status: 'ended', endedOn: '2023-03' });
    const changes = statusChanges(db, id);
    expect(changes.map(({ at: _at, ...c }) => c)).toEqual([
      { user: 'Claire Dupont', from: 'active', to: 'dormant', reason: 'Suspended in 2022' },
      { user: 'Marc Petit', from: 'dormant', to: 'ended', reason: 'Suspended in 2022' },
    ]);
    const [last] = listHistory(db, { entityType: 'agreement', entityId: id }).rows;
    expect(last!.changes).toEqual({
      status: ['dormant', 'ended'],
      endedOn: [null, '2023-03'],
      endReason: ['Suspended in 2022', 'Suspended in 2022'],
    });
  });

  it('records a create with the fields that hold something, and an update with only what changed', () => {
    const { db } = tempDatabase();
    const city = createCity(db, { name: 'Lyon', country: 'FR' });
    const agreement = createAgreement(db, {
      cityId: city.id,
      kind: 'memorandum',
      signedOn: '2019-06',
      title: 'Urban cooperation',
    });
    const [created] = listHistory(db, { entityType: 'agreement', entityId: agreement.id }).rows;
    expect(created).toMatchObject({
      action: 'create',
      user: '',
      label: 'Lyon — Urban cooperation',
    });
    expect(created!.changes).toEqual({
      city: [null, 'Lyon'],
      kind: [null, 'memorandum'],
      signedOn: [null, '2019-06'],
      status: [null, 'active'],
      title: [null, 'Urban cooperation'],
      exclusive: [null, false],
    });
    updateCity(db, city.id, {
      region: 'Auvergne-Rhône-Alpes',
      languages: ['French', 'Arpitan'],
      website: 'www.lyon.fr',
    });
    const [cityUpdate] = listHistory(db, { entityType: 'city', entityId: city.id }).rows;
    expect(cityUpdate!.changes).toEqual({
      region: ['', 'Auvergne-Rhône-Alpes'],
      languages: [[], ['French', 'Arpitan']],
      website: ['', 'https://www.lyon.fr'],
    });
  });

  it('writes history in the same transaction: a refused change leaves no line', () => {
    const { db } = tempDatabase({ sample: true });
    const before = recentChanges(db, 100).length;
    refused(db, () => updateAgreement(db, agreementIdByCity(db, 'Kyoto'), { endedOn: '1900' }));
    expect(recentChanges(db, 100)).toHaveLength(before);
  });

  it('diffs values by content', () => {
    expect(
      diffFields({ a: [1, 2], b: { x: 1 }, c: 'same' }, { a: [1, 2], b: { x: 2 }, c: 'same' }),
    ).toEqual({ b: [{ x: 1 }, { x: 2 }] });
    expect(diffFields(null, { a: '', b: [], c: null, d: 0 })).toEqual({ d: [null, 0] });
    expect(diffFields({ a: 'x', b: '' }, null)).toEqual({ a: ['x', null] });
  });
});
