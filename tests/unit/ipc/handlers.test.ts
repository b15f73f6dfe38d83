import { describe, expect, it } from 'vitest';
import { CHANNELS, SESSION_CHANNELS, contract, isChannel } from '../../../shared/ipc/contract';
import { handlers } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { tempDatabase } from '../helpers/tempData';

describe('handlers', () => {
  it('answers every channel of the contract, and no other', () => {
    expect(Object.keys(handlers).sort()).toEqual(
      Object.keys(contract).filter((c) => !(SESSION_CHANNELS as readonly string[]).includes(c)).sort(),
    );
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
    // The foundation's channels, at least.
    expect(CHANNELS).toEqual(
      expect.arrayContaining([
        'app:state',
        'settings:update',
        'setup:load-sample',
        'setup:start-empty',
        'cities:list',
        'cities:get',
        'cities:create',
        'cities:update',
        'cities:delete',
        'agreements:list',
        'agreements:facets',
        'agreements:get',
        'agreements:create',
        'agreements:update',
        'agreements:delete',
        'themes:list',
      ]),
    );
    for (const channel of CHANNELS) {
      if ((SESSION_CHANNELS as readonly string[]).includes(channel)) continue;
      expect(typeof handlers[channel as keyof typeof handlers], channel).toBe('function');
    }
    // The session's own channels must not have a handler that could shadow the session.
    for (const channel of SESSION_CHANNELS) expect(channel in handlers, channel).toBe(false);
  });

  it('names channels domain:verb and knows only its own (not inherited keys)', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect(isChannel('constructor')).toBe(false);
    expect(isChannel('cities:list')).toBe(true);
  });

  it('runs a first-run and a register session end to end through dispatch', () => {
    const { ctx } = tempDatabase();
    const call = (channel: string, payload?: unknown) => dispatch(ctx, handlers, channel, payload);

    expect(call('app:state')).toMatchObject({
      ok: true,
      value: { empty: true, ownCity: null, dataDir: ctx.dataDir, version: ctx.version },
    });
    expect(call('setup:start-empty', { ownCity: ' Lyon ' })).toMatchObject({
      ok: true,
      value: { empty: true, ownCity: 'Lyon' },
    });
    expect(call('settings:update', { language: 'fr' })).toMatchObject({
      ok: true,
      value: { language: 'fr', ownCity: 'Lyon' },
    });
    expect(call('setup:load-sample', {})).toMatchObject({
      ok: true,
      value: { cities: 40, agreements: 40, actions: 4 },
    });
    expect(call('app:state', {})).toMatchObject({
      ok: true,
      value: { empty: false, ownCity: 'Lyon' },
    });

    const created = call('cities:create', { name: 'Bonn', country: 'de' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Bonn', country: 'DE' } });
    const cityId = (created as { value: { id: string } }).value.id;
    expect(call('cities:get', { id: cityId })).toMatchObject({
      ok: true,
      value: { id: cityId, agreementCount: 0 },
    });
    expect(
      call('cities:update', { id: cityId, changes: { notes: 'Former capital' } }),
    ).toMatchObject({ ok: true, value: { notes: 'Former capital' } });
    expect(call('cities:list', { country: 'DE' })).toMatchObject({
      ok: true,
      value: [{ name: 'Berlin' }, { name: 'Bonn' }],
    });

    const agreement = call('agreements:create', {
      cityId,
      kind: 'memorandum',
      signedOn: '2012-06',
    });
    expect(agreement).toMatchObject({
      ok: true,
      value: { cityName: 'Bonn', kind: 'memorandum', status: 'active' },
    });
    const agreementId = (agreement as { value: { id: string } }).value.id;
    expect(
      call('agreements:update', { id: agreementId, changes: { status: 'dormant' } }),
    ).toMatchObject({ ok: true, value: { status: 'dormant' } });
    expect(call('agreements:get', { id: agreementId })).toMatchObject({
      ok: true,
      value: { id: agreementId, actions: [] },
    });
    expect(call('agreements:list', { country: 'DE' })).toMatchObject({
      ok: true,
      value: { total: 2 },
    });
    expect(call('agreements:list')).toMatchObject({ ok: true, value: { total: 41 } });
    expect(call('agreements:facets')).toMatchObject({
      ok: true,
      value: { total: 41, decades: [1950, 1980, 1990, 2000, 2010] },
    });
    const themes = call('themes:list') as {
      ok: true;
      value: { code: string; actionCount: number }[];
    };
    expect(themes.ok).toBe(true);
    expect(themes.value.find((t) => t.code === 'new_technologies')).toMatchObject({
      actionCount: 2,
    });
    expect(call('cities:delete', { id: cityId })).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'errors.cityHasAgreements' },
    });
    expect(call('agreements:delete', { id: agreementId })).toEqual({
      ok: true,
      value: { id: agreementId },
      changes: [{ entity: 'agreement', id: agreementId, op: 'delete' }],
    });
    expect(call('cities:delete', { id: cityId })).toEqual({
      ok: true,
      value: { id: cityId },
      changes: [{ entity: 'city', id: cityId, op: 'delete' }],
    });
  });
});
