import { describe, expect, it } from 'vitest';
import { remoteChangeFeed } from '../../../electron/core/remoteChanges';
import { dispatch } from '../../../electron/ipc/dispatch';
import { handlers } from '../../../electron/ipc/handlers';
import {
  memoryPasswords,
  passwordStore,
  setPasswordStore,
} from '../../../electron/services/team/password';
import { setState, STATE } from '../../../electron/services/team/state';
import { DESKTOP_ID_KEY, forgetDesktopId } from '../../../electron/core/outbox';
import { createCity } from '../../../electron/services/cities/cities';
import { tempDatabase } from '../helpers/tempData';

const count = (db: ReturnType<typeof tempDatabase>['db'], table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** Puts a desktop in a team as joining would, without a server: id, server, name. */
function joinedDesktop() {
  const temp = tempDatabase();
  setState(temp.db, DESKTOP_ID_KEY, 'desk-a');
  setState(temp.db, STATE.server, 'postgres://team.example/accords');
  setState(temp.db, STATE.memberName, 'Anne');
  forgetDesktopId(temp.db);
  return temp;
}

describe('the Team screen’s channels', () => {
  it('team:changes carries what syncs applied in its envelope, once, and marks nothing for sending', () => {
    const { db, ctx } = joinedDesktop();
    const first = dispatch(ctx, handlers, 'team:changes', {});
    expect(first).toEqual({ ok: true, value: { position: 0 } });

    remoteChangeFeed(db).push([
      { entity: 'agreement', id: 'ag-1', op: 'create' },
      { entity: 'city', id: 'c-1', op: 'update' },
    ]);
    const next = dispatch(ctx, handlers, 'team:changes', { since: 0 });
    expect(next).toEqual({
      ok: true,
      value: { position: 2 },
      changes: [
        { entity: 'agreement', id: 'ag-1', op: 'create' },
        { entity: 'city', id: 'c-1', op: 'update' },
      ],
    });
    // Other desktops' changes never go back out.
    expect(count(db, 'sync_outbox')).toBe(0);
    expect(dispatch(ctx, handlers, 'team:changes', { since: 2 })).toEqual({
      ok: true,
      value: { position: 2 },
    });
  });

  it('team:changes refuses a position that is not a whole number', () => {
    const { ctx } = joinedDesktop();
    const refused = dispatch(ctx, handlers, 'team:changes', { since: -1 });
    expect(refused.ok).toBe(false);
    expect(dispatch(ctx, handlers, 'team:changes', { since: 'x' }).ok).toBe(false);
  });

  it('team:leave stops syncing, keeps the register, drops what waited and forgets the password', () => {
    const { db, ctx } = joinedDesktop();
    const before = passwordStore();
    const passwords = memoryPasswords({});
    setPasswordStore(passwords);
    try {
      passwords.save('secret');
      createCity(db, { name: 'Montevideo', country: 'UY' });
      expect(count(db, 'sync_outbox')).toBe(1);
      const status = dispatch(ctx, handlers, 'team:status', undefined);
      expect(status).toMatchObject({ ok: true, value: { joined: true, memberName: 'Anne' } });

      const left = dispatch(ctx, handlers, 'team:leave', undefined);
      expect(left).toMatchObject({ ok: true, value: { joined: false, server: null, pending: 0 } });
      expect(count(db, 'sync_outbox')).toBe(0);
      expect(count(db, 'sync_state')).toBe(0);
      expect(passwords.read()).toBeUndefined();
      // The register stays; new writes are no longer marked for a team.
      expect(count(db, 'cities')).toBe(1);
      createCity(db, { name: 'Rosario', country: 'AR' });
      expect(count(db, 'sync_outbox')).toBe(0);
    } finally {
      setPasswordStore(before);
    }
  });
});
