import { describe, expect, it } from 'vitest';
import { dispatch, settle } from '../../../electron/ipc/dispatch';
import { handlers } from '../../../electron/ipc/handlers';
import { tempDatabase } from '../helpers/tempData';
import { freshTeam } from './teamHarness';

/** The team:* channels through the real dispatcher, as the Team screen calls them. */
describe('team channels', () => {
  it('refuse a bad address or an empty name before anything runs, naming the field', () => {
    const { ctx, db } = tempDatabase();
    const bad = dispatch(ctx, handlers, 'team:join', { url: 'http://db.city.example', name: 'Anne' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad.error)).toContain('errors.team.urlInvalid');
    const noName = dispatch(ctx, handlers, 'team:join', { url: 'postgres://db/accords', name: '  ' });
    expect(noName.ok).toBe(false);
    if (!noName.ok) expect(JSON.stringify(noName.error.details)).toContain('name');
    expect(db.prepare('SELECT count(*) FROM sync_state').pluck().get()).toBe(0);
  });

  it('status, join, sync, conflicts and members answer through the envelope', async () => {
    const url = await freshTeam();
    const { ctx } = tempDatabase();
    const before = dispatch(ctx, handlers, 'team:status', undefined);
    expect(before).toMatchObject({ ok: true, value: { joined: false, pending: 0, conflicts: 0 } });
    const test = await settle(dispatch(ctx, handlers, 'team:test-connection', { url }));
    expect(test).toMatchObject({ ok: true, value: { ok: true } });
    const joined = await settle(dispatch(ctx, handlers, 'team:join', { url, name: 'Anne' }));
    expect(joined).toMatchObject({ ok: true, value: { mode: 'upload', status: { joined: true, memberName: 'Anne' } } });
    expect(await settle(dispatch(ctx, handlers, 'team:sync', undefined))).toMatchObject({ ok: true, value: { pushed: 0 } });
    expect(dispatch(ctx, handlers, 'team:conflicts', undefined)).toMatchObject({ ok: true, value: [] });
    const members = await settle(dispatch(ctx, handlers, 'team:members', undefined));
    expect(members).toMatchObject({ ok: true, value: [{ name: 'Anne', self: true }] });
    const missing = dispatch(ctx, handlers, 'team:resolve', { id: 'nope', choice: 'mine' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a sync without a team is refused with its own key', async () => {
    const { ctx } = tempDatabase();
    expect(await settle(dispatch(ctx, handlers, 'team:sync', undefined))).toMatchObject({ ok: false, error: { key: 'errors.team.notJoined' } });
  });
});
