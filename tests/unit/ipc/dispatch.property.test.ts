import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import type { ErrorCode, Result } from '../../../shared/ipc/result';
import { dispatch, type Handlers } from '../../../electron/ipc/dispatch';
import type { HandlerContext } from '../../../electron/core/context';
import { DomainError } from '../../../electron/core/errors';
import { setSetting } from '../../../electron/services/settings/settings';
import { handlers } from '../../../electron/ipc/handlers';
import { agreementIdByCity, cityIdByName, dumpTables, tempDatabase } from '../helpers/tempData';

const ERROR_CODES: ErrorCode[] = [
  'validation',
  'rule',
  'not_found',
  'conflict',
  'unknown_channel',
  'forbidden',
  'storage',
  'internal',
];

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/**
 * Checks the shape of an answer; returns whether it was a refusal. Plain checks rather than
 * expect(): this runs hundreds of times, and fast-check reports the payload that failed.
 */
function checkEnvelope(result: Result<unknown>): boolean {
  check(
    typeof result === 'object' && result !== null && typeof result.ok === 'boolean',
    `not an envelope: ${String(result)}`,
  );
  // Whatever comes back must survive the trip over the preview's HTTP.
  JSON.stringify(result);
  if (result.ok) return false;
  const { error } = result;
  check(ERROR_CODES.includes(error.code), `unknown error code ${error.code}`);
  // A payload, however odd, is the caller's mistake, never a crash of main.
  check(error.code !== 'internal', `internal error: ${error.message}`);
  check(/^errors(\.[A-Za-z]+)+$/.test(error.key), `bad key ${error.key}`);
  check(
    typeof error.message === 'string' && typeof error.details === 'object',
    'bad message or details',
  );
  for (const issue of error.details.issues ?? []) {
    check(
      typeof issue.path === 'string' && /^errors\.[A-Za-z]+$/.test(issue.key),
      `bad issue ${JSON.stringify(issue)}`,
    );
  }
  return true;
}

/**
 * Sends one payload and checks the answer; a refusal must leave every table as it was. The
 * full dump is redone only when SQLite counted a row change (`total_changes()`), which keeps
 * hundreds of runs fast: handlers change data only through INSERT, UPDATE and DELETE.
 */
function makeSender(ctx: HandlerContext, answering: Handlers = handlers) {
  const totalChanges = ctx.db.prepare('SELECT total_changes()').pluck();
  let changes = totalChanges.get() as number;
  let dump = dumpTables(ctx.db);
  return (channel: string, payload: unknown): void => {
    const result = dispatch(ctx, answering, channel, payload);
    const refused = checkEnvelope(result);
    const now = totalChanges.get() as number;
    if (now === changes) return;
    const after = dumpTables(ctx.db);
    if (refused && JSON.stringify(after) !== JSON.stringify(dump)) expect(after).toEqual(dump);
    changes = now;
    dump = after;
  };
}

const channelArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...CHANNELS) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'cities:drop', 'app:state '),
    ),
  },
);

const FIELDS = [
  'id',
  'changes',
  'name',
  'country',
  'latitude',
  'longitude',
  'notes',
  'cityId',
  'kind',
  'exclusive',
  'signedOn',
  'status',
  'endedOn',
  'endReason',
  'title',
  'text',
  'decade',
  'sort',
  'direction',
  'lang',
  'limit',
  'offset',
  'ownCity',
  'language',
  'extra',
  '__proto__',
];

/** Objects built from the contract's own field names with tricky values, to get past the first check. */
function nearValid(ids: string[]) {
  const value = fc.oneof(
    fc.constantFrom(
      '2006-04',
      '1956',
      '2023-02-30',
      '2024-02-29',
      '0999',
      '2006-4',
      'FR',
      'fr',
      'XX',
      '',
      '  ',
      '%',
      '_',
      "Sana'a",
      'twinning',
      'memorandum',
      'active',
      'ended',
      'asc',
      'desc',
      'city',
      'country',
      'kind',
      'status',
      'signedOn',
      'en',
      'de',
      '00000000-0000-4000-8000-000000000000',
      'not-a-uuid',
      'x'.repeat(121),
      -1,
      0,
      1,
      2.5,
      90,
      91,
      -181,
      1990,
      1995,
      1000,
      9999,
      10_000,
      Number.MAX_SAFE_INTEGER,
      true,
      false,
      null,
    ),
    fc.constantFrom(...ids),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const flat = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 });
  return fc.oneof(
    flat,
    fc.tuple(flat, flat).map(([outer, changes]) => ({ ...outer, changes })),
  );
}

describe('dispatch with arbitrary payloads', () => {
  it('always answers with an envelope, and a refused payload changes nothing', () => {
    const { ctx } = tempDatabase({ sample: true });
    const ids = [
      cityIdByName(ctx.db, 'Rome'),
      cityIdByName(ctx.db, 'Lisbon'),
      agreementIdByCity(ctx.db, 'Kyoto'),
      agreementIdByCity(ctx.db, 'Prague'),
    ];
    const send = makeSender(ctx);
    fc.assert(
      fc.property(
        channelArb,
        fc.oneof(fc.jsonValue(), fc.constant(undefined)),
        (channel, payload) => send(channel, payload),
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS), nearValid(ids), (channel, payload) =>
        send(channel, payload),
      ),
      { numRuns: 500 },
    );
  });

  it('every channel answers arbitrary JSON on an empty database too', () => {
    const { ctx } = tempDatabase();
    const send = makeSender(ctx);
    for (const channel of CHANNELS) {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 3 }), (payload) => send(channel, payload)),
        { numRuns: 25 },
      );
    }
  });

  it('would notice a handler that writes and then refuses, or that crashes', () => {
    const { ctx } = tempDatabase();
    const leaky: Handlers = {
      ...handlers,
      'cities:get': (c) => {
        setSetting(c.db, 'half', 'written');
        throw new DomainError('not_found', 'errors.notFound', 'gone');
      },
      'themes:list': () => {
        throw new Error('bug');
      },
    };
    const send = makeSender(ctx, leaky);
    expect(() => send('cities:get', { id: '00000000-0000-4000-8000-000000000000' })).toThrow();
    expect(() => send('themes:list', undefined)).toThrow('internal error: bug');
  });
});
