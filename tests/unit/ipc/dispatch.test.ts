import { describe, expect, it } from 'vitest';
import type { AppError, FieldIssue, Result } from '../../../shared/ipc/result';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { HandlerContext } from '../../../electron/core/context';
import { toAppError } from '../../../electron/core/errors';
import { handlers } from '../../../electron/ipc/handlers';
import { DomainError } from '../../../electron/core/errors';
import { cityIdByName, countRows, dumpTables, tempDatabase } from '../helpers/tempData';

const MISSING = '00000000-0000-4000-8000-000000000000';

function failed(result: Result<unknown>): AppError {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

/** Dispatches a payload that must be refused as invalid; checks nothing was written; gives the issues. */
function invalid(ctx: HandlerContext, channel: string, payload: unknown): FieldIssue[] {
  const before = dumpTables(ctx.db);
  const error = failed(dispatch(ctx, handlers, channel, payload));
  expect(error).toMatchObject({ code: 'validation', key: 'errors.validation' });
  expect(error.message).toContain(`Invalid payload for ${channel}`);
  expect(dumpTables(ctx.db)).toEqual(before);
  return error.details.issues ?? [];
}

describe('dispatch', () => {
  it('refuses an unknown channel', () => {
    const { ctx } = tempDatabase();
    for (const channel of [
      'cities:drop',
      '',
      'toString',
      '__proto__',
      'constructor',
      'CITIES:LIST',
      'cities:list ',
    ]) {
      expect(failed(dispatch(ctx, handlers, channel, {}))).toEqual({
        code: 'unknown_channel',
        key: 'errors.unknownChannel',
        message: `Unknown channel: ${channel}`,
        details: {},
      });
    }
  });

  describe('validation', () => {
    it('an impossible partial date and a malformed id', () => {
      const { ctx } = tempDatabase({ sample: true });
      expect(
        invalid(ctx, 'agreements:create', {
          cityId: 'x',
          kind: 'twinning',
          signedOn: '2023-02-30',
        }),
      ).toEqual([
        { path: 'cityId', key: 'errors.invalidFormat' },
        { path: 'signedOn', key: 'errors.partialDate' },
      ]);
      expect(
        invalid(ctx, 'agreements:create', {
          cityId: cityIdByName(ctx.db, 'Rome'),
          kind: 'memorandum',
          signedOn: '2023',
          endedOn: '2023-13',
        }),
      ).toEqual([{ path: 'endedOn', key: 'errors.partialDate' }]);
    });

    it('an unknown country, an empty name, a name too long', () => {
      const { ctx } = tempDatabase();
      expect(invalid(ctx, 'cities:create', { name: '  ', country: 'XX' })).toEqual([
        { path: 'name', key: 'errors.required' },
        { path: 'country', key: 'errors.country' },
      ]);
      expect(invalid(ctx, 'cities:create', { name: 'x'.repeat(121), country: 'FR' })).toEqual([
        { path: 'name', key: 'errors.tooLong', params: { max: 120 } },
      ]);
    });

    it('control characters: a NUL name or title is a field error, not a raw SQLITE_CONSTRAINT', () => {
      const { ctx } = tempDatabase({ sample: true });
      expect(invalid(ctx, 'cities:create', { name: '\u0000', country: 'FR' })).toEqual([
        { path: 'name', key: 'errors.controlCharacters' },
      ]);
      expect(
        invalid(ctx, 'agreements:create', {
          cityId: cityIdByName(ctx.db, 'Rome'),
          kind: 'memorandum',
          signedOn: '2023',
          title: 'Pacte\u0007 d’amitié\u007f',
        }),
      ).toEqual([{ path: 'title', key: 'errors.controlCharacters' }]);
      // Tabs and line breaks are text people type (notes over several lines).
      const kept = dispatch(ctx, handlers, 'agreements:create', {
        cityId: cityIdByName(ctx.db, 'Rome'),
        kind: 'memorandum',
        signedOn: '2023',
        title: 'Deux lignes',
        notes: 'Première ligne\r\nSeconde\tligne',
      });
      expect(kept.ok).toBe(true);
    });

    it('missing fields and wrong types', () => {
      const { ctx } = tempDatabase();
      expect(invalid(ctx, 'cities:create', {})).toEqual([
        { path: 'name', key: 'errors.required' },
        { path: 'country', key: 'errors.required' },
      ]);
      expect(
        invalid(ctx, 'cities:create', { name: 42, country: 'FR', latitude: 'north', longitude: 2 }),
      ).toEqual([
        { path: 'name', key: 'errors.invalidType', params: { expected: 'string' } },
        { path: 'latitude', key: 'errors.invalidType', params: { expected: 'number' } },
      ]);
      expect(
        invalid(ctx, 'agreements:create', {
          cityId: MISSING,
          kind: 'marriage',
          signedOn: 1956,
          exclusive: 'yes',
        }),
      ).toEqual([
        { path: 'kind', key: 'errors.invalidChoice' },
        { path: 'exclusive', key: 'errors.invalidType', params: { expected: 'boolean' } },
        { path: 'signedOn', key: 'errors.invalidType', params: { expected: 'string' } },
      ]);
      expect(invalid(ctx, 'cities:get', null)).toEqual([{ path: '', key: 'errors.required' }]);
      expect(invalid(ctx, 'cities:get', 'abc')).toEqual([
        { path: '', key: 'errors.invalidType', params: { expected: 'object' } },
      ]);
    });

    it('unknown extra keys, at the top and inside changes', () => {
      const { ctx } = tempDatabase({ sample: true });
      expect(
        invalid(ctx, 'cities:create', { name: 'Lyon', country: 'FR', mayor: 'x', population: 1 }),
      ).toEqual([
        { path: '', key: 'errors.unknownField', params: { fields: 'mayor, population' } },
      ]);
      const id = cityIdByName(ctx.db, 'Rome');
      expect(invalid(ctx, 'cities:get', { id, extra: true })).toEqual([
        { path: '', key: 'errors.unknownField', params: { fields: 'extra' } },
      ]);
      expect(invalid(ctx, 'setup:load-sample', { force: true })).toEqual([
        { path: '', key: 'errors.unknownField', params: { fields: 'force' } },
      ]);
      expect(countRows(ctx.db, 'agreements')).toBe(40);
    });

    it('numbers out of range: a negative limit or offset, a limit too big, a decade that is not one', () => {
      const { ctx } = tempDatabase();
      expect(invalid(ctx, 'agreements:list', { limit: -1 })).toEqual([
        { path: 'limit', key: 'errors.tooSmall', params: { min: 1 } },
      ]);
      expect(invalid(ctx, 'agreements:list', { offset: -5 })).toEqual([
        { path: 'offset', key: 'errors.tooSmall', params: { min: 0 } },
      ]);
      expect(invalid(ctx, 'agreements:list', { limit: 1001 })).toEqual([
        { path: 'limit', key: 'errors.tooBig', params: { max: 1000 } },
      ]);
      expect(invalid(ctx, 'agreements:list', { limit: 2.5 })).toEqual([
        { path: 'limit', key: 'errors.invalidType', params: { expected: 'int' } },
      ]);
      expect(invalid(ctx, 'agreements:list', { decade: 1995 })).toEqual([
        { path: 'decade', key: 'errors.invalid' },
      ]);
      expect(
        invalid(ctx, 'agreements:list', { sort: 'id; DROP TABLE agreements', lang: 'de' }),
      ).toEqual([
        { path: 'sort', key: 'errors.invalidChoice' },
        { path: 'lang', key: 'errors.invalidChoice' },
      ]);
    });

    it('nested paths in updates', () => {
      const { ctx } = tempDatabase({ sample: true });
      const id = cityIdByName(ctx.db, 'Rome');
      expect(
        invalid(ctx, 'cities:update', { id, changes: { latitude: 100, country: 'ZZ' } }),
      ).toEqual([
        { path: 'changes.country', key: 'errors.country' },
        { path: 'changes.latitude', key: 'errors.tooBig', params: { max: 90 } },
      ]);
      expect(
        invalid(ctx, 'agreements:update', { id, changes: { signedOn: '2023-02-29' } }),
      ).toEqual([{ path: 'changes.signedOn', key: 'errors.partialDate' }]);
      expect(invalid(ctx, 'agreements:update', { id })).toEqual([
        { path: 'changes', key: 'errors.required' },
      ]);
    });

    it('accepts lower-case countries and padded dates, normalised before the service sees them', () => {
      const { ctx } = tempDatabase();
      const city = dispatch(ctx, handlers, 'cities:create', { name: 'Lyon', country: ' fr ' });
      expect(city).toMatchObject({ ok: true, value: { country: 'FR' } });
      const cityId = (city as { value: { id: string } }).value.id;
      expect(
        dispatch(ctx, handlers, 'agreements:create', {
          cityId,
          kind: 'other',
          signedOn: ' 2024-02-29 ',
        }),
      ).toMatchObject({
        ok: true,
        value: { signedOn: '2024-02-29' },
      });
    });
  });

  describe('domain refusals', () => {
    it('rule: the fields at fault and the key', () => {
      const { ctx } = tempDatabase({ sample: true });
      const before = dumpTables(ctx.db);
      const error = failed(
        dispatch(ctx, handlers, 'agreements:create', {
          cityId: cityIdByName(ctx.db, 'Kyoto'),
          kind: 'twinning',
          signedOn: '2000',
        }),
      );
      expect(error).toMatchObject({
        code: 'rule',
        key: 'errors.exclusiveTwinningExists',
        details: {
          issues: [
            { path: 'kind', key: 'errors.exclusiveTwinningExists', params: { city: 'Rome' } },
          ],
          params: { city: 'Rome' },
        },
      });
      expect(dumpTables(ctx.db)).toEqual(before);
    });

    it('conflict: loading the example twice', () => {
      const { ctx } = tempDatabase({ sample: true });
      const before = dumpTables(ctx.db);
      expect(failed(dispatch(ctx, handlers, 'setup:load-sample', undefined))).toMatchObject({
        code: 'conflict',
        key: 'errors.notEmpty',
        details: { issues: [], params: {} },
      });
      expect(dumpTables(ctx.db)).toEqual(before);
    });

    it('conflict: deleting a city with agreements gives the count', () => {
      const { ctx } = tempDatabase({ sample: true });
      expect(
        failed(dispatch(ctx, handlers, 'cities:delete', { id: cityIdByName(ctx.db, 'Rome') })),
      ).toMatchObject({
        code: 'conflict',
        key: 'errors.cityHasAgreements',
        details: { params: { count: 1, city: 'Rome' } },
      });
    });

    it('not_found: unknown ids', () => {
      const { ctx } = tempDatabase({ sample: true });
      for (const [channel, payload] of [
        ['cities:get', { id: MISSING }],
        ['cities:update', { id: MISSING, changes: {} }],
        ['cities:delete', { id: MISSING }],
        ['agreements:get', { id: MISSING }],
        ['agreements:update', { id: MISSING, changes: { title: 'x' } }],
        ['agreements:delete', { id: MISSING }],
      ] as const) {
        expect(failed(dispatch(ctx, handlers, channel, payload)), channel).toMatchObject({
          code: 'not_found',
          key: 'errors.notFound',
          details: { params: { id: MISSING } },
        });
      }
    });
  });

  describe('storage failures', () => {
    it('a full database answers storage/errors.storageFull and keeps what was there', () => {
      const { ctx } = tempDatabase({ sample: true });
      const pages = ctx.db.pragma('page_count', { simple: true }) as number;
      ctx.db.pragma(`max_page_count = ${pages + 2}`);
      const notes = 'n'.repeat(8000);
      let saved = 0;
      let error: AppError | null = null;
      for (let i = 0; i < 100 && !error; i++) {
        const result = dispatch(ctx, handlers, 'cities:create', {
          name: `City ${i}`,
          country: 'FR',
          notes,
        });
        if (result.ok) saved++;
        else error = result.error;
      }
      expect(error).toMatchObject({
        code: 'storage',
        key: 'errors.storageFull',
        details: { params: { sqliteCode: 'SQLITE_FULL' } },
      });
      expect(error!.message).toMatch(/^SQLITE_FULL: /);
      expect(countRows(ctx.db, 'cities')).toBe(40 + saved);
      expect(countRows(ctx.db, 'agreements')).toBe(40);
      expect(
        ctx.db.prepare("SELECT count(*) FROM cities WHERE name LIKE 'City %'").pluck().get(),
      ).toBe(saved);
      // Reading still works, and once there is room again, writing too.
      expect(dispatch(ctx, handlers, 'agreements:list', { limit: 1 })).toMatchObject({
        ok: true,
        value: { total: 40 },
      });
      ctx.db.pragma('max_page_count = 1073741823');
      expect(
        dispatch(ctx, handlers, 'cities:create', { name: 'After', country: 'FR' }),
      ).toMatchObject({ ok: true });
    });

    it('a read-only database answers storage/errors.storageReadOnly and changes nothing', () => {
      const { ctx } = tempDatabase({ sample: true });
      ctx.db.pragma('query_only = ON');
      const error = failed(
        dispatch(ctx, handlers, 'cities:create', { name: 'Lyon', country: 'FR' }),
      );
      expect(error).toMatchObject({
        code: 'storage',
        key: 'errors.storageReadOnly',
        details: { params: { sqliteCode: 'SQLITE_READONLY' } },
      });
      ctx.db.pragma('query_only = OFF');
      expect(countRows(ctx.db, 'cities')).toBe(40);
    });
  });

  it('a bug in a handler becomes an internal error envelope, never an exception', () => {
    const { ctx } = tempDatabase();
    const broken = {
      ...handlers,
      'app:state': () => {
        throw new TypeError('cannot read x of undefined');
      },
      'themes:list': () => {
        throw 'a string';
      },
    };
    expect(failed(dispatch(ctx, broken, 'app:state', undefined))).toEqual({
      code: 'internal',
      key: 'errors.internal',
      message: 'cannot read x of undefined',
      details: {},
    });
    expect(failed(dispatch(ctx, broken, 'themes:list', undefined))).toMatchObject({
      code: 'internal',
      message: 'a string',
    });
  });
});

describe('toAppError', () => {
  const sqlite = (code: string) => Object.assign(new Error('boom'), { code });

  it.each([
    ['SQLITE_FULL', 'errors.storageFull'],
    ['SQLITE_READONLY', 'errors.storageReadOnly'],
    ['SQLITE_READONLY_DBMOVED', 'errors.storageReadOnly'],
    ['SQLITE_BUSY', 'errors.storageBusy'],
    ['SQLITE_BUSY_SNAPSHOT', 'errors.storageBusy'],
    ['SQLITE_IOERR_WRITE', 'errors.storage'],
    ['SQLITE_CORRUPT', 'errors.storage'],
  ])('%s → storage / %s', (code, key) => {
    expect(toAppError(sqlite(code))).toEqual({
      code: 'storage',
      key,
      message: `${code}: boom`,
      details: { params: { sqliteCode: code } },
    });
  });

  it('keeps a DomainError’s code, key, issues and params', () => {
    const error = new DomainError('rule', 'errors.x', 'msg', [{ path: 'a', key: 'errors.x' }], {
      n: 1,
    });
    expect(toAppError(error)).toEqual({
      code: 'rule',
      key: 'errors.x',
      message: 'msg',
      details: { issues: [{ path: 'a', key: 'errors.x' }], params: { n: 1 } },
    });
  });

  it('treats anything else as internal, including null and non-SQLite codes', () => {
    expect(toAppError(null)).toMatchObject({ code: 'internal', message: 'null' });
    expect(toAppError(Object.assign(new Error('nope'), { code: 'ENOENT' }))).toMatchObject({
      code: 'internal',
      key: 'errors.internal',
      message: 'nope',
    });
    expect(toAppError({ code: 42 })).toMatchObject({ code: 'internal' });
  });
});
