import { describe, expect, it } from 'vitest';
import { updateAgreement } from '../../../electron/services/agreements/agreements';
import { createContact } from '../../../electron/services/contacts/contacts';
import { addDocument } from '../../../electron/services/documents/documents';
import { cityFactSheet, dashboardSummary, localDay } from '../../../electron/services/overview/overview';
import { updateSettings } from '../../../electron/services/settings/setup';
import { deleteAction } from '../../../electron/services/actions/crud';
import { agreementIdByCity, cityIdByName, tempDatabase } from '../helpers/tempData';
import { addAction, themeId } from '../helpers/domain';

describe('a partner city fact sheet', () => {
  it('reads like a fact sheet: agreements with their history, people, a timeline, follow-ups', () => {
    const { db, ctx } = tempDatabase({ sample: true });
    const montreal = cityIdByName(db, 'Montreal');
    const agreementId = agreementIdByCity(db, 'Montreal');
    const marie = createContact(db, { name: 'Marie Tremblay', cityId: montreal });
    const luc = createContact(db, { name: 'Luc Bernard', side: 'own' });
    updateAgreement(db, agreementId, {
      themeIds: [themeId(db, 'culture')],
      contactIds: [marie.id],
    });
    const late = addAction(db, 'Montreal', {
      title: 'Winter city workshop',
      startOn: '2024-02',
      followUpOn: '2026-02-01',
      status: 'ongoing',
      participants: [{ contactId: luc.id, role: 'lead' }],
    });
    const early = addAction(db, 'Montreal', {
      title: 'Mayors meeting',
      startOn: '2007-05-12',
      status: 'done',
      followUpOn: '2008-01-01',
    });
    addAction(db, 'Montreal', { title: 'Undated idea' });
    addDocument(
      ctx,
      { ownerType: 'action', ownerId: late.id },
      { name: 'photo.jpg', mime: '', bytes: Buffer.from([1, 2, 3]) },
    );
    updateAgreement(db, agreementId, {
      status: 'dormant',
      endReason: 'Waiting for the 2025 work programme',
    });

    const sheet = cityFactSheet(db, montreal);
    expect(sheet.city).toMatchObject({ name: 'Montreal', country: 'CA' });
    expect(sheet.agreements).toHaveLength(1);
    expect(sheet.agreements[0]!.versions.map((v) => v.kind)).toEqual([
      'original',
      'amendment',
      'new_pact',
    ]);
    expect(sheet.agreements[0]!.themes.map((t) => t.code)).toEqual(['culture']);
    expect(sheet.agreements[0]!.statusChanges).toEqual([
      expect.objectContaining({
        from: 'active',
        to: 'dormant',
        reason: 'Waiting for the 2025 work programme',
      }),
    ]);
    expect(sheet.contacts.map((c) => [c.name, c.via.sort()])).toEqual([
      ['Marie Tremblay', ['agreement', 'city']],
      ['Luc Bernard', ['action']],
    ]);
    expect(sheet.timeline.map((a) => a.title)).toEqual([
      'Mayors meeting',
      'Winter city workshop',
      'Undated idea',
    ]);
    expect(sheet.timelineTotal).toBe(3);
    // Done actions need no follow-up.
    expect(sheet.followUps.map((a) => a.id)).toEqual([late.id]);
    expect(sheet.documentCount).toBe(1);
    void early;
  });
});

describe('the dashboard', () => {
  it('shows follow-ups due (overdue included), actions in progress, recent changes and counts', () => {
    const { db } = tempDatabase({ sample: true });
    updateSettings(db, { userName: 'Claire' });
    addAction(db, 'Rome', {
      title: 'Overdue',
      status: 'ongoing',
      startOn: '2025',
      followUpOn: '2026-01-02',
    });
    addAction(db, 'Rome', { title: 'Due soon', status: 'planned', followUpOn: '2026-01-20' });
    addAction(db, 'Rome', { title: 'Later', status: 'planned', followUpOn: '2026-06-01' });
    addAction(db, 'Rome', { title: 'Done', status: 'done', followUpOn: '2026-01-05' });
    const gone = addAction(db, 'Rome', {
      title: 'Gone',
      status: 'planned',
      followUpOn: '2026-01-06',
    });
    deleteAction(db, gone.id);
    const summary = dashboardSummary(db, { today: '2026-01-10', days: 14 });
    expect(summary.today).toBe('2026-01-10');
    expect(summary.followUpsDue.map((a) => a.title)).toEqual(['Overdue', 'Due soon']);
    expect(summary.followUpsDueTotal).toBe(2);
    expect(summary.inProgress.map((a) => a.title)).toContain('Overdue');
    expect(summary.inProgressTotal).toBe(5);
    expect(summary.counts).toEqual({
      cities: 40,
      agreements: 40,
      agreementsByStatus: { active: 40 },
      actions: 8,
      actionsByStatus: { ongoing: 5, planned: 2, done: 1 },
      contacts: 0,
      documents: 0,
      trash: 1,
    });
    expect(summary.recentChanges[0]).toMatchObject({
      action: 'delete',
      label: 'Gone',
      user: 'Claire',
    });
    expect(dashboardSummary(db).today).toBe(localDay());
  });
});
