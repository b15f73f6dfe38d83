import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import { agreementIdByCity, cityIdByName, tempDatabase } from '../helpers/tempData';
import { MISSING, call, callError, themeId } from '../helpers/domain';

/** The channels the tracking capability adds (and the settings channel it extends). */
const TRACKING = [
  'cities:fact-sheet',
  'agreements:versions',
  'agreements:version-create',
  'agreements:version-update',
  'agreements:version-delete',
  'contacts:list',
  'contacts:get',
  'contacts:create',
  'contacts:update',
  'contacts:delete',
  'actions:list',
  'actions:facets',
  'actions:get',
  'actions:create',
  'actions:update',
  'actions:delete',
  'themes:create',
  'themes:update',
  'themes:delete',
  'documents:list',
  'documents:upload',
  'documents:read',
  'documents:delete',
  'history:list',
  'trash:list',
  'trash:restore',
  'trash:purge',
  'trash:empty',
  'search:query',
  'dashboard:summary',
] as const;

/** Payloads each channel must refuse, with the field and key the user would see. */
const BAD: Record<(typeof TRACKING)[number], [unknown, string, string][]> = {
  'cities:fact-sheet': [
    [{}, 'id', 'errors.required'],
    [{ id: 'x' }, 'id', 'errors.invalidFormat'],
    [{ id: MISSING, more: 1 }, '', 'errors.unknownField'],
  ],
  'agreements:versions': [[{ agreementId: 5 }, 'agreementId', 'errors.invalidType']],
  'agreements:version-create': [
    [{ agreementId: MISSING, kind: 'original' }, 'date', 'errors.required'],
    [{ agreementId: MISSING, kind: 'sequel', date: '2000' }, 'kind', 'errors.invalidChoice'],
    [{ agreementId: MISSING, kind: 'original', date: '2000-13' }, 'date', 'errors.partialDate'],
    [
      { agreementId: MISSING, kind: 'original', date: '2000', signatories: [{ name: '' }] },
      'signatories.0.name',
      'errors.required',
    ],
    [
      {
        agreementId: MISSING,
        kind: 'original',
        date: '2000',
        signatories: [{ name: 'A', title: 'Mayor' }],
      },
      'signatories.0',
      'errors.unknownField',
    ],
  ],
  'agreements:version-update': [
    [{ id: MISSING, changes: { agreementId: MISSING } }, 'changes', 'errors.unknownField'],
  ],
  'agreements:version-delete': [[{ id: 1 }, 'id', 'errors.invalidType']],
  'contacts:list': [
    [{ side: 'them' }, 'side', 'errors.invalidChoice'],
    [{ limit: 0 }, 'limit', 'errors.tooSmall'],
    [{ name: 'x' }, '', 'errors.unknownField'],
  ],
  'contacts:get': [[undefined, '', 'errors.required']],
  'contacts:create': [
    [{}, 'name', 'errors.required'],
    [{ name: 'A', email: 'a@' }, 'email', 'errors.email'],
    [{ name: 'A', phone: 'none' }, 'phone', 'errors.phone'],
    [{ name: 'A', cityId: 'Montreal' }, 'cityId', 'errors.invalidFormat'],
  ],
  'contacts:update': [[{ id: MISSING, changes: { name: '' } }, 'changes.name', 'errors.required']],
  'contacts:delete': [[{}, 'id', 'errors.required']],
  'actions:list': [
    [{ kind: 'party' }, 'kind', 'errors.invalidChoice'],
    [{ from: '2020-02-30' }, 'from', 'errors.partialDate'],
    [{ followUpTo: '2020-02' }, 'followUpTo', 'errors.fullDate'],
    [{ sort: 'budget' }, 'sort', 'errors.invalidChoice'],
    [{ limit: 5000 }, 'limit', 'errors.tooBig'],
    [{ cityid: MISSING }, '', 'errors.unknownField'],
  ],
  'actions:facets': [[{ x: 1 }, '', 'errors.unknownField']],
  'actions:get': [[{ id: '' }, 'id', 'errors.invalidFormat']],
  'actions:create': [
    [{ title: 'T', kind: 'workshop' }, 'agreementId', 'errors.required'],
    [
      {
        agreementId: MISSING,
        title: 'T',
        kind: 'workshop',
        budgetPlanned: { amountMinor: 1.5, currency: 'EUR' },
      },
      'budgetPlanned.amountMinor',
      'errors.invalidType',
    ],
    [
      {
        agreementId: MISSING,
        title: 'T',
        kind: 'workshop',
        budgetPlanned: { amountMinor: 1, currency: 'EURO' },
      },
      'budgetPlanned.currency',
      'errors.currency',
    ],
    [
      {
        agreementId: MISSING,
        title: 'T',
        kind: 'workshop',
        budgetPlanned: { amountMinor: 1, currency: 'EUR', note: 'x' },
      },
      'budgetPlanned',
      'errors.unknownField',
    ],
    [
      { agreementId: MISSING, title: 'T', kind: 'workshop', followUpOn: '2026' },
      'followUpOn',
      'errors.fullDate',
    ],
    [
      {
        agreementId: MISSING,
        title: 'T',
        kind: 'workshop',
        indicators: [{ name: 'n', target: -2 }],
      },
      'indicators.0.target',
      'errors.tooSmall',
    ],
    [
      {
        agreementId: MISSING,
        title: 'T',
        kind: 'workshop',
        participants: [{ contactId: MISSING, role: 'boss' }],
      },
      'participants.0.role',
      'errors.invalidChoice',
    ],
  ],
  'actions:update': [
    [{ id: MISSING, changes: { startOn: 'spring' } }, 'changes.startOn', 'errors.partialDate'],
  ],
  'actions:delete': [[{ id: MISSING, cascade: true }, '', 'errors.unknownField']],
  'themes:create': [
    [{ labelEn: 'X' }, 'labelFr', 'errors.required'],
    [{ code: 'Bad Code', labelEn: 'X', labelFr: 'X' }, 'code', 'errors.themeCode'],
  ],
  'themes:update': [[{ id: MISSING, changes: { code: 'x_y' } }, 'changes', 'errors.unknownField']],
  'themes:delete': [[{}, 'id', 'errors.required']],
  'documents:list': [
    [{ ownerType: 'city', ownerId: MISSING }, 'ownerType', 'errors.invalidChoice'],
  ],
  'documents:upload': [
    [
      { ownerType: 'agreement', ownerId: MISSING, name: 'a', dataBase64: 5 },
      'dataBase64',
      'errors.invalidType',
    ],
    [
      { ownerType: 'agreement', ownerId: MISSING, name: 'a', dataBase64: '', path: '/etc/passwd' },
      '',
      'errors.unknownField',
    ],
  ],
  'documents:read': [[{ id: 'x' }, 'id', 'errors.invalidFormat']],
  'documents:delete': [[{ id: null }, 'id', 'errors.required']],
  'history:list': [
    [{ entityType: 'settings', entityId: MISSING }, 'entityType', 'errors.invalidChoice'],
    [{ entityType: 'city' }, 'entityId', 'errors.required'],
  ],
  'trash:list': [[{ entityType: 'theme' }, 'entityType', 'errors.invalidChoice']],
  'trash:restore': [
    [{}, '', 'errors.invalid'],
    [{ id: MISSING, entityId: MISSING }, '', 'errors.invalid'],
  ],
  'trash:purge': [[{ id: 'all' }, 'id', 'errors.invalidFormat']],
  'trash:empty': [[{ confirm: true }, '', 'errors.unknownField']],
  'search:query': [
    [{}, 'text', 'errors.required'],
    [{ text: 'x', limit: 500 }, 'limit', 'errors.tooBig'],
    [{ text: 'x', kinds: ['note'] }, 'kinds.0', 'errors.invalidChoice'],
  ],
  'dashboard:summary': [
    [{ today: '2026-02-30' }, 'today', 'errors.fullDate'],
    [{ days: -1 }, 'days', 'errors.tooSmall'],
    [{ mood: 'ok' }, '', 'errors.unknownField'],
  ],
};

describe('tracking channels', () => {
  it('are all in the contract', () => {
    for (const channel of TRACKING) expect(CHANNELS).toContain(channel);
  });

  it.each(TRACKING.map((channel) => [channel] as const))(
    '%s refuses bad payloads, naming the field, before any service runs',
    (channel) => {
      const { ctx } = tempDatabase({ sample: true });
      for (const [payload, path, key] of BAD[channel]) {
        const error = callError(ctx, channel, payload);
        expect(error.code, JSON.stringify(payload)).toBe('validation');
        expect(error.details.issues, JSON.stringify(payload)).toContainEqual(
          expect.objectContaining({ path, key }),
        );
      }
    },
  );

  it('answer a whole session through the dispatcher', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    call(ctx, 'settings:update', { userName: 'Claire' });
    const montreal = cityIdByName(db, 'Montreal');
    const agreementId = agreementIdByCity(db, 'Montreal');
    const contact = call(ctx, 'contacts:create', { name: 'Marie Tremblay', cityId: montreal });
    expect(call(ctx, 'contacts:list', undefined).total).toBe(1);
    expect(call(ctx, 'contacts:get', { id: contact.id }).agreements).toEqual([]);
    call(ctx, 'contacts:update', { id: contact.id, changes: { role: 'Adviser' } });
    const action = call(ctx, 'actions:create', {
      agreementId,
      title: 'Winter city workshop',
      kind: 'workshop',
      startOn: '2024-02',
      themeIds: [themeId(db, 'urban_planning')],
      participants: [{ contactId: contact.id }],
      budgetPlanned: { amountMinor: 1_500_000, currency: 'CAD' },
    });
    expect(call(ctx, 'actions:list', { cityId: montreal }).rows.map((r) => r.id)).toEqual([
      action.id,
    ]);
    expect(call(ctx, 'actions:list', undefined).total).toBe(5);
    expect(call(ctx, 'actions:facets', undefined).currencies).toEqual(['CAD']);
    expect(
      call(ctx, 'actions:update', { id: action.id, changes: { status: 'ongoing' } }).status,
    ).toBe('ongoing');
    expect(call(ctx, 'actions:get', { id: action.id }).participants[0]!.role).toBe('participant');
    const version = call(ctx, 'agreements:version-create', {
      agreementId,
      kind: 'renewal',
      date: '2026-04',
    });
    expect(call(ctx, 'agreements:versions', { agreementId }).map((v) => v.kind)).toEqual([
      'original',
      'amendment',
      'new_pact',
      'renewal',
    ]);
    call(ctx, 'agreements:version-update', {
      id: version.id,
      changes: { summary: 'Fifth renewal' },
    });
    call(ctx, 'agreements:version-delete', { id: version.id });
    expect(callError(ctx, 'agreements:versions', { agreementId: action.id })).toMatchObject({
      code: 'not_found',
    });
    const doc = call(ctx, 'documents:upload', {
      ownerType: 'action',
      ownerId: action.id,
      name: 'notes.txt',
      dataBase64: Buffer.from('notes').toString('base64'),
    });
    expect(call(ctx, 'documents:list', { ownerType: 'action', ownerId: action.id })).toEqual([doc]);
    expect(call(ctx, 'documents:read', { id: doc.id }).dataBase64).toBe(
      Buffer.from('notes').toString('base64'),
    );
    call(ctx, 'documents:delete', { id: doc.id });
    const theme = call(ctx, 'themes:create', { labelEn: 'Winter', labelFr: 'Hiver' });
    call(ctx, 'themes:update', { id: theme.id, changes: { labelFr: 'L’hiver' } });
    call(ctx, 'themes:delete', { id: theme.id });
    expect(
      call(ctx, 'history:list', { entityType: 'action', entityId: action.id }).rows[0],
    ).toMatchObject({ user: 'Claire' });
    expect(call(ctx, 'search:query', { text: 'winter' }).groups.map((g) => g.kind)).toEqual([
      'action',
    ]);
    expect(call(ctx, 'cities:fact-sheet', { id: montreal }).timeline).toHaveLength(1);
    expect(call(ctx, 'dashboard:summary', undefined).counts.actions).toBe(5);
    expect(call(ctx, 'dashboard:summary', { days: 3 }).counts.contacts).toBe(1);
    call(ctx, 'actions:delete', { id: action.id });
    call(ctx, 'contacts:delete', { id: contact.id });
    const trash = call(ctx, 'trash:list', undefined);
    expect(trash.rows.map((r) => r.entityType)).toEqual(['contact', 'action', 'document']);
    expect(call(ctx, 'trash:restore', { entityId: action.id }).restored).toHaveLength(1);
    call(ctx, 'trash:purge', { id: trash.rows[0]!.id });
    expect(call(ctx, 'trash:empty', undefined)).toEqual({ purged: 1 });
    expect(call(ctx, 'app:state', undefined).userName).toBe('Claire');
  });

  it('refusals from the services keep the field and key', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const error = callError(ctx, 'actions:create', {
      agreementId: agreementIdByCity(db, 'Rome'),
      title: 'T',
      kind: 'workshop',
      startOn: '2024-05',
      endOn: '2024-04',
    });
    expect(error).toMatchObject({
      code: 'rule',
      key: 'errors.actionEndBeforeStart',
      details: { issues: [{ path: 'endOn', key: 'errors.actionEndBeforeStart' }] },
    });
    expect(callError(ctx, 'actions:get', { id: MISSING })).toMatchObject({
      code: 'not_found',
      key: 'errors.notFound',
    });
  });
});
