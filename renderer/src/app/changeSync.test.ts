import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Change } from '../../../shared/ipc/changes';

// The key factories live beside their queries, whose module reaches main through the client;
// nothing here calls main.
vi.mock('../api/client', () => ({ call: vi.fn(), onChanges: vi.fn() }));

const { applyPlan, planForChanges } = await import('./changeSync');

const AGREEMENT = 'a0000000-0000-4000-8000-000000000001';
const ACTIONS = ['b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002'];

/** The first element of each key: which part of the cache it refreshes. */
const roots = (changes: Change[]) =>
  planForChanges(changes)
    .invalidate.map((key) => key.join('/'))
    .sort();

describe('planForChanges', () => {
  it('refreshes every view an agreement and its actions leave when it is deleted', () => {
    const plan = planForChanges([
      { entity: 'agreement', id: AGREEMENT, op: 'delete' },
      ...ACTIONS.map((id): Change => ({ entity: 'action', id, op: 'delete' })),
    ]);
    expect(plan.invalidate.map((key) => key.join('/')).sort()).toEqual([
      'actions',
      'agreements',
      'app',
      'cities',
      'dashboard',
      'history',
      'imports',
      'reports',
      'search',
      // The team's status counts the changes waiting to be sent.
      'team',
      'themes',
      'trash',
    ]);
    // The agreement's own entry (and its versions beneath it) is dropped, as before.
    expect(plan.remove).toEqual([['agreements', 'detail', AGREEMENT]]);
  });

  it('brings the trash along only for what leaves for it or comes back', () => {
    expect(
      roots([{ entity: 'action', id: ACTIONS[0]!, op: 'update', fields: ['title'] }]),
    ).not.toContain('trash');
    expect(roots([{ entity: 'action', id: ACTIONS[0]!, op: 'restore' }])).toContain('trash');
    expect(planForChanges([{ entity: 'action', id: ACTIONS[0]!, op: 'restore' }]).remove).toEqual(
      [],
    );
  });

  it('maps each kind of record to its own cache and the views drawn from it', () => {
    expect(roots([{ entity: 'contact', id: 'c1', op: 'create' }])).toEqual(
      expect.arrayContaining(['contacts', 'cities', 'agreements', 'actions', 'search', 'history']),
    );
    expect(roots([{ entity: 'theme', id: 't1', op: 'update' }])).toEqual(
      expect.arrayContaining(['themes', 'actions', 'agreements', 'app']),
    );
    expect(roots([{ entity: 'document', id: 'd1', op: 'create' }])).toEqual(
      expect.arrayContaining(['documents', 'actions', 'agreements']),
    );
    expect(roots([{ entity: 'agreement_version', id: 'v1', op: 'create' }])).toEqual(
      expect.arrayContaining(['agreements', 'cities', 'dashboard']),
    );
    expect(roots([{ entity: 'city', id: 'p1', op: 'update' }])).toEqual(
      expect.arrayContaining(['cities', 'agreements', 'contacts', 'app']),
    );
  });

  it('refreshes the app state for a setting, without searching again', () => {
    const keys = roots([{ entity: 'setting', id: 'own_city', op: 'update' }]);
    expect(keys).toContain('app');
    expect(keys).not.toContain('search');
    expect(keys).not.toContain('actions');
  });

  it('drops the entry of a deleted contact, never of a whole kind replaced', () => {
    expect(planForChanges([{ entity: 'contact', id: 'c1', op: 'delete' }]).remove).toEqual([
      ['contacts', 'detail', 'c1'],
    ]);
    expect(planForChanges([{ entity: 'agreement', id: '*', op: 'delete' }]).remove).toEqual([]);
    expect(roots([{ entity: 'agreement', id: '*', op: 'restore' }])).toContain('trash');
  });

  it('names each key once however many records a call touched', () => {
    const many = Array.from({ length: 50 }, (_, i): Change => ({
      entity: 'action',
      id: `id-${i}`,
      op: 'delete',
    }));
    const keys = planForChanges(many).invalidate.map((key) => key.join('/'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('asks nothing when nothing was written', () => {
    expect(planForChanges([])).toEqual({ invalidate: [], remove: [] });
  });
});

describe('applyPlan', () => {
  it('invalidates what shows the records, drops deleted entries, leaves the rest alone', async () => {
    const client = new QueryClient();
    const seed = (key: unknown[]) => client.setQueryData(key, { seeded: true });
    seed(['actions', 'list', { text: '' }]);
    seed(['agreements', 'detail', AGREEMENT]);
    seed(['agreements', 'detail', AGREEMENT, 'versions']);
    seed(['dashboard', 'summary', '2026-12-04']);
    seed(['safety', 'backups']);

    await applyPlan(client, planForChanges([{ entity: 'agreement', id: AGREEMENT, op: 'delete' }]));

    expect(client.getQueryState(['actions', 'list', { text: '' }])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['dashboard', 'summary', '2026-12-04'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['agreements', 'detail', AGREEMENT])).toBeUndefined();
    expect(client.getQueryState(['agreements', 'detail', AGREEMENT, 'versions'])).toBeUndefined();
    expect(client.getQueryState(['safety', 'backups'])?.isInvalidated).toBe(false);
  });
});
