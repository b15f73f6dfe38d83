import { describe, expect, it } from 'vitest';
import {
  createAction,
  deleteAction,
  getAction,
  updateAction,
} from '../../../electron/services/actions/crud';
import { listHistory } from '../../../electron/services/history/audit';
import { createContact } from '../../../electron/services/contacts/contacts';
import { updateSettings } from '../../../electron/services/settings/setup';
import { agreementIdByCity, cityIdByName, tempDatabase } from '../helpers/tempData';
import { MISSING, addAction, refused, themeId } from '../helpers/domain';

describe('createAction', () => {
  it('records the full action: dates, place, people, budgets in minor units, indicators, follow-up, themes', () => {
    const { db } = tempDatabase({ sample: true });
    const contact = createContact(db, {
      name: 'Jana Nováková',
      cityId: cityIdByName(db, 'Prague'),
      role: 'Head of the crisis unit',
    });
    const action = addAction(db, 'Prague', {
      title: 'Flood alert study visit',
      kind: 'study_visit',
      status: 'done',
      startOn: '2003-09-15',
      endOn: '2003-09-18',
      place: 'Prague',
      leadDepartment: 'Civil Protection',
      partnerCounterpart: 'Prague City Hall, crisis unit',
      participants: [{ contactId: contact.id, role: 'counterpart' }],
      budgetPlanned: { amountMinor: 1_250_000, currency: 'eur' },
      budgetSpent: { amountMinor: 1_180_050 },
      fundingSource: 'City budget',
      outcomes: 'Method shared.',
      residentBenefits: 'Faster flood alerts.',
      indicators: [{ name: 'Staff trained', unit: 'people', target: 12, achieved: 10 }],
      followUpOn: '2004-01-15',
      themeIds: [themeId(db, 'risk_prevention'), themeId(db, 'new_technologies')],
    });
    expect(action).toMatchObject({
      cityName: 'Prague',
      country: 'CZ',
      kind: 'study_visit',
      startOn: '2003-09-15',
      budgetPlanned: { amountMinor: 1_250_000, currency: 'EUR' },
      // Spent in the planned currency when it names none.
      budgetSpent: { amountMinor: 1_180_050, currency: 'EUR' },
      participants: [
        { contactId: contact.id, name: 'Jana Nováková', role: 'counterpart', side: 'partner' },
      ],
      indicators: [{ name: 'Staff trained', unit: 'people', target: 12, achieved: 10 }],
    });
    expect(action.themes.map((t) => t.code)).toEqual(['new_technologies', 'risk_prevention']);
    expect(getAction(db, action.id)).toEqual(action);
    const stored = db
      .prepare('SELECT start_day, end_day, title_key FROM actions WHERE id = ?')
      .get(action.id);
    expect(stored).toEqual({
      start_day: '2003-09-15',
      end_day: '2003-09-18',
      title_key: 'flood alert study visit',
    });
  });

  it('stores partial dates with the days they span', () => {
    const { db } = tempDatabase({ sample: true });
    const a = addAction(db, 'Rome', { startOn: '2024-02', endOn: null });
    expect(db.prepare('SELECT start_day, end_day FROM actions WHERE id = ?').get(a.id)).toEqual({
      start_day: '2024-02-01',
      end_day: '2024-02-29',
    });
    const b = addAction(db, 'Rome', { startOn: '2019', endOn: '2021' });
    expect(db.prepare('SELECT start_day, end_day FROM actions WHERE id = ?').get(b.id)).toEqual({
      start_day: '2019-01-01',
      end_day: '2021-12-31',
    });
  });

  it.each([
    [
      'an end before the start',
      { startOn: '2024-05-10', endOn: '2024-05-09' },
      [{ path: 'endOn', key: 'errors.actionEndBeforeStart', params: { startOn: '2024-05-10' } }],
    ],
    [
      'an end before the start, at the precision both know',
      { startOn: '2024-05', endOn: '2024-04-30' },
      [{ path: 'endOn', key: 'errors.actionEndBeforeStart', params: { startOn: '2024-05' } }],
    ],
    [
      'an end without a start',
      { endOn: '2024' },
      [{ path: 'startOn', key: 'errors.actionEndWithoutStart' }],
    ],
    [
      'a negative planned budget',
      { budgetPlanned: { amountMinor: -1, currency: 'EUR' } },
      [{ path: 'budgetPlanned.amountMinor', key: 'errors.budgetNegative' }],
    ],
    [
      'a negative spent amount',
      { budgetPlanned: { amountMinor: 1, currency: 'EUR' }, budgetSpent: { amountMinor: -100 } },
      [{ path: 'budgetSpent.amountMinor', key: 'errors.budgetNegative' }],
    ],
    [
      'a spent amount with no currency and nothing planned',
      { budgetSpent: { amountMinor: 100 } },
      [{ path: 'budgetSpent.currency', key: 'errors.currencyRequired' }],
    ],
    [
      'an unknown agreement',
      { agreementId: MISSING },
      [{ path: 'agreementId', key: 'errors.notFound' }],
    ],
    ['an unknown theme', { themeIds: [MISSING] }, [{ path: 'themeIds.0', key: 'errors.notFound' }]],
    [
      'an unknown participant',
      { participants: [{ contactId: MISSING }] },
      [{ path: 'participants.0.contactId', key: 'errors.notFound' }],
    ],
    [
      'an indicator id of another action',
      { indicators: [{ id: MISSING, name: 'x' }] },
      [{ path: 'indicators.0.id', key: 'errors.notFound' }],
    ],
  ])('refuses %s, at the field, saving nothing', (_label, input, issues) => {
    const { db } = tempDatabase({ sample: true });
    const error = refused(db, () => addAction(db, 'Rome', input as never));
    expect(error.code).toBe('rule');
    expect(error.issues).toEqual(issues);
  });

  it('reports every broken rule at once', () => {
    const { db } = tempDatabase({ sample: true });
    const error = refused(db, () =>
      addAction(db, 'Rome', {
        startOn: '2024-05',
        endOn: '2023',
        budgetPlanned: { amountMinor: -5, currency: 'EUR' },
        themeIds: [themeId(db, 'culture'), themeId(db, 'culture')],
      }),
    );
    expect(error.issues.map((i) => `${i.path}:${i.key}`)).toEqual([
      'endOn:errors.actionEndBeforeStart',
      'budgetPlanned.amountMinor:errors.budgetNegative',
      'themeIds.1:errors.duplicate',
    ]);
  });

  it('refuses a bad shape (follow-up not a full day, unknown currency, negative indicator) before anything', () => {
    const { db } = tempDatabase({ sample: true });
    for (const input of [
      { followUpOn: '2024-05' },
      { followUpOn: '2024-02-30' },
      { budgetPlanned: { amountMinor: 5, currency: 'EUX' } },
      { budgetPlanned: { amountMinor: 5.5, currency: 'EUR' } },
      { indicators: [{ name: 'x', target: -1 }] },
      { kind: 'party' },
      { title: '   ' },
    ]) {
      expect(() => addAction(db, 'Rome', input as never)).toThrow();
    }
    expect(db.prepare('SELECT count(*) FROM actions').pluck().get()).toBe(4);
  });
});

describe('updateAction', () => {
  it('changes only the given fields, keeps indicator ids, and records before → after', () => {
    const { db } = tempDatabase({ sample: true });
    updateSettings(db, { userName: 'Claire Dupont' });
    const created = addAction(db, 'Copenhagen', {
      startOn: '2024-03',
      indicators: [{ name: 'Cycle lanes studied', unit: 'km', target: 30 }],
      themeIds: [themeId(db, 'cycling_soft_transport')],
    });
    const indicator = created.indicators[0]!;
    const updated = updateAction(db, created.id, {
      status: 'ongoing',
      indicators: [
        { id: indicator.id, name: 'Cycle lanes studied', unit: 'km', target: 30, achieved: 12 },
        { name: 'Workshops' },
      ],
    });
    expect(updated.indicators.map((i) => [i.id === indicator.id, i.name, i.achieved])).toEqual([
      [true, 'Cycle lanes studied', 12],
      [false, 'Workshops', null],
    ]);
    expect(updated.indicators[0]!.createdAt).toBe(indicator.createdAt);
    expect(updated.themes.map((t) => t.code)).toEqual(['cycling_soft_transport']);
    expect(updated.startOn).toBe('2024-03');
    const history = listHistory(db, { entityType: 'action', entityId: created.id }).rows;
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]).toMatchObject({
      user: 'Claire Dupont',
      label: 'Exchange',
      parentId: created.agreementId,
    });
    expect(history[0]!.changes).toEqual({
      status: ['planned', 'ongoing'],
      indicators: [
        [{ name: 'Cycle lanes studied', unit: 'km', target: 30, achieved: null }],
        [
          { name: 'Cycle lanes studied', unit: 'km', target: 30, achieved: 12 },
          { name: 'Workshops', unit: '', target: null, achieved: null },
        ],
      ],
    });
  });

  it('checks the rules against the merged record and saves nothing when one breaks', () => {
    const { db } = tempDatabase({ sample: true });
    const a = addAction(db, 'Rome', { startOn: '2024-05-10', endOn: '2024-05-12' });
    const error = refused(db, () => updateAction(db, a.id, { endOn: '2024-05-01' }));
    expect(error.issues).toEqual([
      { path: 'endOn', key: 'errors.actionEndBeforeStart', params: { startOn: '2024-05-10' } },
    ]);
    expect(refused(db, () => updateAction(db, MISSING, { title: 'x' })).code).toBe('not_found');
  });

  it('writes no history line when nothing changed', () => {
    const { db } = tempDatabase({ sample: true });
    const a = addAction(db, 'Rome');
    updateAction(db, a.id, { title: 'Exchange' });
    expect(listHistory(db, { entityType: 'action', entityId: a.id }).total).toBe(1);
  });

  it('moves an action to another agreement', () => {
    const { db } = tempDatabase({ sample: true });
    const a = addAction(db, 'Rome');
    const moved = updateAction(db, a.id, { agreementId: agreementIdByCity(db, 'Kyoto') });
    expect(moved.cityName).toBe('Kyoto');
  });
});

describe('deleteAction', () => {
  it('sends the action to the trash with its indicators and links', () => {
    const { db } = tempDatabase({ sample: true });
    const a = addAction(db, 'Rome', {
      indicators: [{ name: 'x' }],
      themeIds: [themeId(db, 'culture')],
    });
    expect(deleteAction(db, a.id)).toEqual({ id: a.id });
    expect(() => getAction(db, a.id)).toThrow(/not found/);
    expect(db.prepare('SELECT count(*) FROM action_indicators').pluck().get()).toBe(0);
    expect(db.prepare('SELECT entity_type, entity_id, label FROM trash').all()).toEqual([
      { entity_type: 'action', entity_id: a.id, label: 'Exchange' },
    ]);
    const history = listHistory(db, { entityType: 'action', entityId: a.id }).rows;
    expect(history[0]).toMatchObject({
      action: 'delete',
      changes: expect.objectContaining({ title: ['Exchange', null], themes: [['culture'], null] }),
    });
  });
});

describe('createAction under load of ids', () => {
  it('keeps ids stable and unique', () => {
    const { db } = tempDatabase({ sample: true });
    const ids = new Set(
      Array.from(
        { length: 20 },
        () =>
          createAction(db, {
            agreementId: agreementIdByCity(db, 'Rome'),
            title: 't',
            kind: 'other',
          }).id,
      ),
    );
    expect(ids.size).toBe(20);
  });
});
