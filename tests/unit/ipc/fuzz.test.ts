import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/ipc/contract';
import { AppSession } from '../../../electron/app/session';
import { loadSample } from '../../../electron/sample/load';
import { dumpTables } from '../helpers/tempData';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * IPC fuzz (issue 5): for every channel of the contract, a thousand payloads its schema
 * refuses, sent through the same door as the app and the preview (the data-folder session).
 * Each must come back as a `validation` error, and the database must hold exactly what it held.
 */
const RUNS_PER_CHANNEL = 1000;

describe('every channel refuses malformed payloads and changes nothing', () => {
  // One session for every channel (a folder per test would reload the example 60 times).
  const dir = mkdtempSync(join(tmpdir(), 'accords-fuzz-'));
  const session = new AppSession(dir, { startBackup: false });
  afterAll(() => {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const db = session.ctx!.db;
  loadSample(db);
  const before = dumpTables(db);

  // Arbitrary JSON plus shapes close to real payloads (objects with wrong-typed fields).
  const payloads = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(
      fc.constantFrom(
        'id',
        'name',
        'country',
        'cityId',
        'kind',
        'signedOn',
        'text',
        'limit',
        'file',
        'changes',
        'full',
      ),
      fc.oneof(
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      { maxKeys: 5 },
    ),
  );

  it.each(CHANNELS)('%s', (channel) => {
    const schema = contract[channel].request;
    const malformed = payloads.filter((payload) => !schema.safeParse(payload).success);
    let refused = 0;
    fc.assert(
      fc.property(malformed, (payload) => {
        const result = session.answer(channel, payload);
        if (result.ok || result.error.code !== 'validation') {
          throw new Error(
            `accepted or wrong error for ${JSON.stringify(payload)}: ${JSON.stringify(result)}`,
          );
        }
        refused += 1;
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
    expect(refused).toBe(RUNS_PER_CHANNEL);
    expect(dumpTables(db)).toEqual(before);
  });
});
