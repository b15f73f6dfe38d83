import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../electron/core/errors';
import { tempDatabase } from '../helpers/tempData';
import { dump, importBytes, windows1252Csv } from './helpers';

const HEADER = "Ville partenaire;Pays;Type d'accord;Date de signature;Statut";

/** Cells a register may hold, good and wrong: unknown countries, days that do not exist, rules broken. */
const cityCell = fc.constantFrom('Rome', 'Kyoto', 'Tbilissi', 'Porto', 'Œiras', '', '=1+1');
const countryCell = fc.constantFrom('Italie', 'Japon', 'Géorgie', 'Portugal', 'Atlantide', '');
const kindCell = fc.constantFrom(
  'Jumelage',
  'Jumelage exclusif',
  "Pacte d'amitié",
  'Mémorandum',
  'Alliance',
  '',
);
const dateCell = fc.constantFrom(
  '30/01/1956',
  '2005',
  '04/2006',
  '31/02/2004',
  'abc',
  '',
  'janvier 1956',
  '12/13/2001',
);
const statusCell = fc.constantFrom('Actif', 'En sommeil', 'Terminé', 'Peut-être', '');
const rowLine = fc
  .tuple(cityCell, countryCell, kindCell, dateCell, statusCell)
  .map((cells) => cells.join(';'));

async function outcome(
  run: () => Promise<{ result: { refused: boolean } }>,
): Promise<'refused' | 'done'> {
  try {
    const { result } = await run();
    return result.refused ? 'refused' : 'done';
  } catch (error) {
    // A whole file refused is a clear refusal with an i18n key, never a crash.
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).key).toMatch(/^import\.errors\./);
    return 'refused';
  }
}

describe('files that are not what they should be', () => {
  it('random bytes, bare or under a real header, never crash and never write anything', async () => {
    const { db, ctx } = tempDatabase();
    const before = dump(db);
    const header = new TextEncoder().encode(`${HEADER}\r\n`);
    const files = fc.oneof(
      fc.uint8Array({ minLength: 0, maxLength: 600 }),
      fc
        .uint8Array({ minLength: 1, maxLength: 300 })
        .map((tail) => new Uint8Array([...header, ...tail])),
      // A zip's signature with garbage after it: a workbook that is not one.
      fc
        .uint8Array({ minLength: 0, maxLength: 300 })
        .map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
    );
    await fc.assert(
      fc.asyncProperty(files, async (bytes) => {
        const result = await outcome(() => importBytes(ctx, bytes));
        if (result === 'done') expect(dump(db)).toBe(before);
      }),
      { numRuns: 60 },
    );
    expect(dump(db)).toBe(before);
  });

  it('a well-formed file with wrong cells is imported whole or not at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowLine, { minLength: 1, maxLength: 12 }), async (lines) => {
        const { db, ctx } = tempDatabase();
        const before = dump(db);
        const { result } = await importBytes(ctx, windows1252Csv([HEADER, ...lines]));
        const agreements = db.prepare('SELECT count(*) FROM agreements').pluck().get() as number;
        if (result.refused || result.rejected > 0) {
          expect(result.refused).toBe(true);
          expect(dump(db)).toBe(before);
          expect(result.errors.length).toBeGreaterThan(0);
        } else {
          expect(agreements).toBe(result.byEntity.agreement.created);
          expect(result.errors).toEqual([]);
        }
      }),
      { numRuns: 25 },
    );
  });
});
