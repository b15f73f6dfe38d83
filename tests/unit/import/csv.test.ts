import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectSeparator } from '../../../electron/import/csv';
import { decodeText, detectEncoding } from '../../../electron/import/decode';
import { isImportError } from '../../../electron/import/errors';
import { IMPORT_LIMITS } from '../../../electron/import/limits';
import type { ReadProgress } from '../../../electron/import/progress';
import { readImportBytes, readImportFile } from '../../../electron/import/readGrid';

/** A French register as French Excel saves it: Windows-1252, semicolons, dd/mm/yyyy. */
const FRENCH_REGISTER = [
  'Registre des partenariats internationaux;;;;',
  'Mis à jour le 02/03/2024;;;;',
  ';;;;',
  'Ville partenaire;Pays;Date de signature;Type d’accord;Budget',
  'Rome;Italie;30/01/1956;Jumelage exclusif;12 500,00 €',
  '"Œuvre « commune »; Saint-Étienne";France;04/2006;Pacte d’amitié;€ 4 200',
  'Tbilissi;Géorgie;1975;Accord d’amitié et de coopération;',
].join('\r\n');

const readBytes = (bytes: Uint8Array) => readImportBytes(bytes);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isImportError(error)) return error.key;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('encodings', () => {
  it('reads a French Windows-1252 semicolon CSV with € ’ œ « » and finds its header below the title', async () => {
    const bytes = iconv.encode(FRENCH_REGISTER, 'windows-1252');
    // The bytes Node's own decoder gets wrong are there: € 0x80, ’ 0x92, œ 0x9C, Œ 0x8C.
    expect([...bytes]).toEqual(expect.arrayContaining([0x80, 0x92, 0x8c, 0xab, 0xbb]));
    const grid = await readBytes(bytes);
    expect(grid.encoding).toBe('windows1252');
    expect(grid.separator).toBe(';');
    expect(grid.headerRow).toBe(3);
    expect(grid.headers).toEqual([
      'Ville partenaire',
      'Pays',
      'Date de signature',
      'Type d’accord',
      'Budget',
    ]);
    expect(grid.rows[4]).toEqual([
      'Rome',
      'Italie',
      '30/01/1956',
      'Jumelage exclusif',
      '12 500,00 €',
    ]);
    expect(grid.rows[5]![0]).toBe('Œuvre « commune »; Saint-Étienne');
    expect(grid.rows[5]![3]).toBe('Pacte d’amitié');
    expect(grid.rows[6]).toEqual([
      'Tbilissi',
      'Géorgie',
      '1975',
      'Accord d’amitié et de coopération',
      null,
    ]);
  });

  it('reads a UTF-8 file with a byte-order mark, the mark dropped', async () => {
    const text = 'Ville,Pays,Signé\n"Montréal, Québec",Canada,2006\nCopenhague,Danemark,1980\n';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const grid = await readBytes(bytes);
    expect(grid.encoding).toBe('utf8');
    expect(grid.separator).toBe(',');
    expect(grid.headers).toEqual(['Ville', 'Pays', 'Signé']);
    expect(grid.rows).toHaveLength(3);
    expect(grid.rows[1]).toEqual(['Montréal, Québec', 'Canada', '2006']);
  });

  it('reads UTF-16 little- and big-endian files, with and without a mark, tab-separated', async () => {
    const text = 'Ville\tPays\tThématiques\nSanaa\tYémen\tPatrimoine; Culture\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = iconv.encode(text, 'utf-16be', { addBOM: true });
    const bare = Buffer.from(text, 'utf16le');
    for (const [bytes, encoding] of [
      [le, 'utf16le'],
      [be, 'utf16be'],
      [bare, 'utf16le'],
    ] as const) {
      const grid = await readBytes(bytes);
      expect(grid.encoding).toBe(encoding);
      expect(grid.separator).toBe('\t');
      expect(grid.rows[1]).toEqual(['Sanaa', 'Yémen', 'Patrimoine; Culture']);
    }
  });

  it('takes strict UTF-8 as UTF-8 and anything else as Windows-1252', () => {
    expect(detectEncoding(Buffer.from('Côte d’Ivoire', 'utf8'))).toBe('utf8');
    expect(detectEncoding(iconv.encode('Côte d’Ivoire', 'windows-1252'))).toBe('windows1252');
    expect(decodeText(Buffer.from([0x80, 0x20, 0x92, 0x9c])).text).toBe('€ ’œ');
  });
});

describe('separators', () => {
  it('respects quotes: commas inside quoted French fields do not make a comma file', () => {
    expect(detectSeparator('Ville;Note\n"Paris, France";"a, b, c"\n"Lyon, France";"d, e"\n')).toBe(
      ';',
    );
    expect(detectSeparator('City,Note\n"Paris; France","a; b; c"\nLyon,x\n')).toBe(',');
    expect(detectSeparator('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });

  it('keeps line breaks inside quoted cells', async () => {
    const grid = await readBytes(Buffer.from('Ville;Notes\nRome;"ligne 1\nligne 2"\n', 'utf8'));
    expect(grid.rows[1]).toEqual(['Rome', 'ligne 1\nligne 2']);
  });

  it('keeps formulas as text, never evaluated', async () => {
    const grid = await readBytes(Buffer.from('Ville;Notes\nRome;=1+1\n', 'utf8'));
    expect(grid.rows[1]).toEqual(['Rome', '=1+1']);
  });
});

describe('refusals with clear errors', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accords-import-'));
    try {
      const file = join(dir, 'big.csv');
      writeFileSync(file, 'a;b\n'.repeat(1000));
      const limits = { ...IMPORT_LIMITS, maxFileBytes: 1000 };
      expect(await refusal(readImportFile(file, { limits }))).toBe('import.errors.fileTooBig');
      expect((await readImportFile(file)).rows).toHaveLength(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses too many rows, too many columns, a cell too long', async () => {
    const limits = { ...IMPORT_LIMITS, maxRows: 10, maxColumns: 3, maxCellChars: 20 };
    const read = (text: string) => readImportBytes(Buffer.from(text), { limits });
    expect(await refusal(read('a;b\n'.repeat(11)))).toBe('import.errors.tooManyRows');
    await expect(read('a;b\n'.repeat(10))).resolves.toMatchObject({ format: 'csv' });
    expect(await refusal(read('a;b;c;d\n1;2;3;4\n'))).toBe('import.errors.tooManyColumns');
    expect(await refusal(read(`a;b\n1;${'x'.repeat(21)}\n`))).toBe('import.errors.cellTooLong');
  });

  it('refuses an empty file, an old .xls and binary files', async () => {
    expect(await refusal(readBytes(new Uint8Array()))).toBe('import.errors.empty');
    expect(await refusal(readBytes(Buffer.from('  \r\n')))).toBe('import.errors.empty');
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await refusal(readBytes(xls))).toBe('import.errors.legacyXls');
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0,
    ]);
    expect(await refusal(readBytes(png))).toBe('import.errors.notSpreadsheet');
  });

  it('never crashes on random bytes: a grid or an import refusal, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        try {
          const grid = await readBytes(bytes);
          expect(Array.isArray(grid.rows)).toBe(true);
        } catch (error) {
          expect(isImportError(error)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never crashes on well-formed but wrong CSV text', async () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('"', '""', ';', '\n', '\r', '"a;b"', '=cmd|x'),
    );
    const text = fc
      .array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 })
      .map((rows) => rows.map((r) => r.join(';')).join('\n'));
    await fc.assert(
      fc.asyncProperty(text, async (csv) => {
        try {
          const grid = await readBytes(Buffer.from(csv, 'utf8'));
          expect(grid.headers.length).toBe(grid.rows[0]?.length ?? 0);
        } catch (error) {
          expect(isImportError(error)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('long files', () => {
  const big = Buffer.from(
    ['Ville;Pays;Date']
      .concat(Array.from({ length: 30_000 }, (_, i) => `Ville ${i};France;01/01/2000`))
      .join('\n'),
  );

  it('reports progress while parsing and reads every row', async () => {
    const seen: ReadProgress[] = [];
    const grid = await readImportBytes(big, { onProgress: (p) => seen.push(p) });
    expect(grid.rows).toHaveLength(30_001);
    const parsing = seen.filter((p) => p.phase === 'parsing');
    expect(parsing.length).toBeGreaterThan(1);
    expect(parsing.at(-1)!.done).toBe(parsing.at(-1)!.total);
  });

  it('stops when cancelled, with the cancelled refusal', async () => {
    const controller = new AbortController();
    const read = readImportBytes(big, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'parsing') controller.abort();
      },
    });
    expect(await refusal(read)).toBe('import.errors.cancelled');
    const already = new AbortController();
    already.abort();
    expect(await refusal(readImportBytes(big, { signal: already.signal }))).toBe(
      'import.errors.cancelled',
    );
  });
});
