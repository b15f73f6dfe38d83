import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/schemas/imports';
import type { HandlerContext } from '../../../electron/core/context';
import { tempDatabase } from '../helpers/tempData';
import { dump, importBytes, windows1252Csv } from './helpers';

/**
 * The dry run answers from the plan and the services' checks without writing history, search
 * or batches: it must still meet every refusal the commit meets. Its summary is compared with
 * the commit's of the same file on the same register.
 */

/** What a report says, without the ids the commit gave (the dry run gives none). */
function summary(result: ImportResult) {
  return {
    refused: result.refused,
    created: result.created,
    updated: result.updated,
    skipped: result.skipped,
    rejected: result.rejected,
    byEntity: result.byEntity,
    errors: result.errors.map((e) => [e.row, e.column, e.code, e.message]),
    changesTotal: result.changesTotal,
    changes: result.changes.map(({ id: _id, ...change }) => change),
  };
}

async function dryThenCommit(
  ctx: HandlerContext,
  db: HandlerContext['db'],
  bytes: Uint8Array,
  options: Parameters<typeof importBytes>[2] = {},
) {
  const before = dump(db);
  const historyBefore = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
  const dry = await importBytes(ctx, bytes, { ...options, dryRun: true });
  // Nothing written: records, search, history.
  expect(dump(db)).toBe(before);
  expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(historyBefore);
  const commit = await importBytes(ctx, bytes, { ...options, dryRun: false });
  expect(dry.result.dryRun).toBe(true);
  expect(summary(dry.result)).toEqual(summary(commit.result));
  return commit.result;
}

const EXAMPLE = readFileSync(join(__dirname, '../../fixtures/import/registre-exemple.csv'));

describe('the dry run tells what the commit will do', () => {
  it('on the sample file, into an empty register and into the Paris example, then again on what it created', async () => {
    for (const sample of [false, true]) {
      const { db, ctx } = tempDatabase({ sample });
      const first = await dryThenCommit(ctx, db, EXAMPLE);
      expect(first.created).toBeGreaterThan(0);
      for (const onMatch of ['skip', 'update', 'fill'] as const) await dryThenCommit(ctx, db, EXAMPLE, { onMatch });
    }
  });

  it('on random registers with rows the rules refuse (exclusive twinnings, the same city twice), skipped or not', async () => {
    const HEADER = "Ville partenaire;Pays;Type d'accord;Date de signature;Statut;Thématiques;Observations";
    const city = fc.constantFrom('Rome', 'Roma', 'Kyoto', 'Tbilissi', 'Tbilisi', 'Porto', 'Œiras', 'Copenhague');
    const country = fc.constantFrom('Italie', 'Japon', 'Géorgie', 'Portugal', 'Danemark');
    const kind = fc.constantFrom('Jumelage', 'Jumelage exclusif', 'Jumelage exclusif', "Pacte d'amitié", 'Mémorandum');
    const date = fc.constantFrom('30/01/1956', '2005', '04/2006', '1958', '12/03/2005');
    const status = fc.constantFrom('Actif', 'Actif', 'En sommeil', 'Terminé');
    const themes = fc.constantFrom('', 'Culture', 'Patrimoine; Culture');
    const notes = fc.constantFrom('', 'Œuvre « commune »', '=1+1', 'n° 2');
    const good = fc.tuple(city, country, kind, date, status, themes, notes).map((cells) => cells.join(';'));
    // Now and then a row the file itself gets wrong: an unknown country, kind or status, a day that does not exist.
    const broken = fc
      .tuple(fc.constantFrom('', 'Porto'), fc.constantFrom('Atlantide', 'Portugal'), fc.constantFrom('Alliance', 'Jumelage'), fc.constantFrom('31/02/2004', 'abc'), fc.constantFrom('Peut-être', 'Actif'), themes, notes)
      .map((cells) => cells.join(';'));
    const line = fc.oneof({ arbitrary: good, weight: 9 }, { arbitrary: broken, weight: 1 });
    const register = fc.array(line, { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        register,
        register,
        fc.boolean(),
        fc.constantFrom('skip', 'update', 'fill'),
        async (first, second, skipInvalid, onMatch) => {
          const { db, ctx } = tempDatabase();
          // A register already there (what it kept of a first file), then a second file over it.
          await dryThenCommit(ctx, db, windows1252Csv([HEADER, ...first]), { skipInvalid: true });
          await dryThenCommit(ctx, db, windows1252Csv([HEADER, ...second]), { skipInvalid, onMatch });
        },
      ),
      { numRuns: 25 },
    );
  });
});
