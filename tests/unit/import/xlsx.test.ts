import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, Unzip, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { isImportError } from '../../../electron/import/errors';
import { IMPORT_LIMITS } from '../../../electron/import/limits';
import type { ReadProgress } from '../../../electron/import/progress';
import {
  readImportBytes as readInWorker,
  type ReadOptions,
} from '../../../electron/import/readGrid';
import { checkCentralDirectory } from '../../../electron/import/zipGuard';

/** Most tests read on this thread: a worker's start under tsx costs seconds on a busy machine. */
const readImportBytes = (bytes: Uint8Array, options: ReadOptions = {}) =>
  readInWorker(bytes, { ...options, inProcess: true });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isImportError(error)) return error.key;
    throw error;
  }
  throw new Error('expected a refusal');
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A register as offices keep it: a title merged across the table, a blank row, the header,
 * a partner city merged down over its two agreements, dates typed as dates, a bare serial, a
 * formula with its cached result; a second sheet of actions.
 */
async function register(date1904: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet('Registre');
  sheet.getCell('A1').value = 'Registre des jumelages — Ville de Paris';
  sheet.mergeCells('A1:E1');
  sheet.getCell('A3').value = 'Ville partenaire';
  sheet.getCell('B3').value = 'Pays';
  sheet.getCell('C3').value = 'Date de signature';
  sheet.getCell('D3').value = "Type d'accord";
  sheet.getCell('E3').value = 'Années';
  sheet.getCell('A4').value = 'Rome';
  sheet.mergeCells('A4:A5');
  sheet.getCell('B4').value = 'Italie';
  sheet.getCell('B5').value = 'Italie';
  sheet.getCell('C4').value = utc('1956-01-30');
  sheet.getCell('C4').numFmt = 'dd/mm/yyyy';
  sheet.getCell('C5').value = utc('2006-04-12');
  sheet.getCell('C5').numFmt = 'dd/mm/yyyy';
  sheet.getCell('D4').value = 'Jumelage exclusif';
  sheet.getCell('D5').value = "Pacte d'amitié";
  sheet.getCell('E4').value = { formula: '2024-1956', result: 68 };
  sheet.getCell('E5').value = { formula: 'NOW()', result: undefined } as never;
  sheet.getCell('A6').value = 'Pionnier';
  sheet.getCell('B6').value = 'France';
  sheet.getCell('C6').value = 59; // 28 February 1900 in the 1900 system, before the Lotus bug
  sheet.getCell('C6').numFmt = 'dd/mm/yyyy';
  sheet.getCell('D6').value = { richText: [{ text: 'Jume' }, { text: 'lage' }] };
  sheet.getCell('A7').value = 'Double';
  sheet.mergeCells('B7:C8');
  sheet.getCell('B7').value = 'bloc';
  const actions = workbook.addWorksheet('Actions');
  actions.addRow(['Intitulé', 'Début']);
  actions.addRow(['Visite', 20484]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('XLSX workbooks', () => {
  it('finds the header under the title, fills merges down but not across, reads dates and cached results', async () => {
    const grid = await readImportBytes(await register(false));
    expect(grid.format).toBe('xlsx');
    expect(grid.sheets).toEqual(['Registre', 'Actions']);
    expect(grid.sheet).toBe('Registre');
    expect(grid.date1904).toBe(false);
    expect(grid.headerRow).toBe(2);
    expect(grid.headers).toEqual([
      'Ville partenaire',
      'Pays',
      'Date de signature',
      "Type d'accord",
      'Années',
    ]);
    // The title spans columns: it stays in its first cell.
    expect(grid.rows[0]).toEqual([
      'Registre des jumelages — Ville de Paris',
      null,
      null,
      null,
      null,
    ]);
    expect(grid.rows[3]).toEqual([
      'Rome',
      'Italie',
      { date: '1956-01-30' },
      'Jumelage exclusif',
      68,
    ]);
    // The city spans rows: each agreement's row gets it. A formula without a cached result is empty.
    expect(grid.rows[4]).toEqual([
      'Rome',
      'Italie',
      { date: '2006-04-12' },
      "Pacte d'amitié",
      null,
    ]);
    expect(grid.rows[5]).toEqual(['Pionnier', 'France', { date: '1900-02-28' }, 'Jumelage', null]);
    // A block fills down its first column only.
    expect(grid.rows[6]!.slice(0, 3)).toEqual(['Double', 'bloc', null]);
    expect(grid.rows[7]!.slice(0, 3)).toEqual([null, 'bloc', null]);
  });

  it('reads a 1904-system workbook’s dates as the same days', async () => {
    const bytes = await register(true);
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    // The file really counts from 1904: 30 January 1956 is stored as 20484 − 1462.
    expect(xml).toContain('<v>19022</v>');
    const grid = await readImportBytes(bytes);
    expect(grid.date1904).toBe(true);
    expect(grid.rows[3]![2]).toEqual({ date: '1956-01-30' });
    expect(grid.rows[4]![2]).toEqual({ date: '2006-04-12' });
  });

  it('reads another sheet by name, and names the sheets when the one asked for is missing', async () => {
    const bytes = await register(false);
    const actions = await readImportBytes(bytes, { sheet: 'actions' });
    expect(actions.sheet).toBe('Actions');
    expect(actions.rows).toEqual([
      ['Intitulé', 'Début'],
      ['Visite', 20484],
    ]);
    try {
      await readImportBytes(bytes, { sheet: 'Contacts' });
      expect.unreachable();
    } catch (error) {
      expect(isImportError(error, 'sheetMissing')).toBe(true);
      expect((error as { params: unknown }).params).toEqual({
        sheet: 'Contacts',
        sheets: 'Registre, Actions',
      });
    }
  });

  it('refuses sheets over the row and column limits', async () => {
    const bytes = await register(false);
    expect(
      await refusal(readImportBytes(bytes, { limits: { ...IMPORT_LIMITS, maxRows: 5 } })),
    ).toBe('import.errors.tooManyRows');
    expect(
      await refusal(readImportBytes(bytes, { limits: { ...IMPORT_LIMITS, maxColumns: 4 } })),
    ).toBe('import.errors.tooManyColumns');
    expect(
      await refusal(readImportBytes(bytes, { limits: { ...IMPORT_LIMITS, maxCellChars: 20 } })),
    ).toBe('import.errors.cellTooLong');
  });
});

describe('zip bombs and broken zips', () => {
  const MB = 1024 * 1024;
  const limits = { ...IMPORT_LIMITS, maxUnzippedBytes: 1 * MB };
  const pushes = vi.spyOn(Unzip.prototype, 'push');
  /** Calls of the inflater's push since `from`. */
  const pushesSince = (from: number) => pushes.mock.calls.length - from;
  const bomb = () => zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(64 * MB) }, { level: 9 });

  it('refuses from the central directory, before inflating anything', async () => {
    const bytes = bomb();
    const from = pushes.mock.calls.length;
    expect(bytes.length).toBeLessThan(MB / 4);
    expect(() => checkCentralDirectory(bytes, limits)).toThrow(/unpacks to more/);
    const seen: ReadProgress[] = [];
    expect(await refusal(readImportBytes(bytes, { limits, onProgress: (p) => seen.push(p) }))).toBe(
      'import.errors.zipTooBig',
    );
    expect(seen.filter((p) => p.phase === 'unzipping')).toEqual([]);
    expect(pushesSince(from)).toBe(0);
  });

  it('refuses a zip that lies about its sizes while inflating, long before the end', async () => {
    // The bomb first, then half a megabyte of stored noise the guard should never reach.
    const noise = Uint8Array.from({ length: MB / 2 }, (_, i) => (i * 2654435761) >>> 24);
    const bytes = zipSync(
      {
        'xl/worksheets/sheet1.xml': new Uint8Array(64 * MB),
        'xl/media/noise.bin': [noise, { level: 0 }],
      },
      { level: 9 },
    );
    const limits = { ...IMPORT_LIMITS, maxUnzippedBytes: 2 * MB };
    const from = pushes.mock.calls.length;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Declare 1,000 bytes in the local header (offset 22) and the central directory (offset 24).
    for (let at = 0; at + 4 <= bytes.length; at += 1) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint32(at + 22, 1000, true);
      if (signature === 0x02014b50) view.setUint32(at + 24, 1000, true);
    }
    expect(() => checkCentralDirectory(bytes, limits)).not.toThrow();
    const seen: ReadProgress[] = [];
    expect(await refusal(readImportBytes(bytes, { limits, onProgress: (p) => seen.push(p) }))).toBe(
      'import.errors.zipTooBig',
    );
    // Stopped at the cap: the first 16 KB pushed already inflate past 2 MB, and the rest of
    // the file (some 36 pushes) was never pushed.
    expect(Math.ceil(bytes.length / (16 * 1024))).toBeGreaterThan(30);
    expect(pushesSince(from)).toBeGreaterThan(0);
    expect(pushesSince(from)).toBeLessThanOrEqual(2);
    expect(seen.filter((p) => p.phase === 'unzipping')).toEqual([]);
  });

  it('refuses too many parts', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`p${i}.xml`, new Uint8Array(1)]),
    );
    expect(
      await refusal(
        readImportBytes(zipSync(files), { limits: { ...IMPORT_LIMITS, maxZipEntries: 20 } }),
      ),
    ).toBe('import.errors.zipTooManyEntries');
  });

  it('refuses a zip that is no workbook, and a truncated workbook', async () => {
    const notWorkbook = zipSync({ 'hello.txt': new TextEncoder().encode('bonjour') });
    expect(await refusal(readImportBytes(notWorkbook))).toMatch(
      /import\.errors\.(xlsxDamaged|noSheet)/,
    );
    const bytes = await register(false);
    expect(await refusal(readImportBytes(bytes.slice(0, bytes.length / 2)))).toBe(
      'import.errors.xlsxDamaged',
    );
  });

  it('never crashes on a workbook with random bytes flipped: a grid or an import refusal', async () => {
    const bytes = await register(false);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            at: fc.nat({ max: bytes.length - 1 }),
            value: fc.integer({ min: 0, max: 255 }),
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        async (flips) => {
          const copy = bytes.slice();
          for (const { at, value } of flips) copy[at] = value;
          try {
            await readImportBytes(copy);
          } catch (error) {
            expect(isImportError(error)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('off the main thread', () => {
  it('reads the same grid on a worker thread, reporting progress', async () => {
    const bytes = await register(true);
    const seen: ReadProgress[] = [];
    const inWorker = await readInWorker(bytes, { onProgress: (p) => seen.push(p) });
    expect(inWorker).toEqual(await readImportBytes(bytes));
    expect(seen.some((p) => p.phase === 'unzipping')).toBe(true);
  });

  it('brings a refusal back from the worker, and stops it when cancelled', async () => {
    expect(await refusal(readInWorker(await register(false), { sheet: 'Nope' }))).toBe(
      'import.errors.sheetMissing',
    );
    const controller = new AbortController();
    const read = readInWorker(await register(false), { signal: controller.signal });
    controller.abort();
    expect(await refusal(read)).toBe('import.errors.cancelled');
  });
});
