import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReadProgress } from '../../../electron/import/progress';
import { readImportFile } from '../../../electron/import/readGrid';
import { suggestMapping } from '../../../shared/import/mapping';
import { buildRows } from '../../../shared/import/rows';
import { frenchRegisterCsv, registerRow } from '../../bench/importData';

const THEMES = [
  {
    id: '11111111-1111-4111-8111-111111111111',
    code: 'heritage',
    labelEn: 'Heritage',
    labelFr: 'Patrimoine',
  },
  {
    id: '22222222-2222-4222-8222-222222222222',
    code: 'culture',
    labelEn: 'Culture',
    labelFr: 'Culture',
  },
];

describe('a 100,000-row register', () => {
  const dir = mkdtempSync(join(tmpdir(), 'accords-import-large-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read whole, in chunks with progress, and every row becomes an agreement with its city', async () => {
    const file = join(dir, 'registre.csv');
    writeFileSync(file, frenchRegisterCsv(100_000));
    const seen: ReadProgress[] = [];
    const grid = await readImportFile(file, { onProgress: (p) => seen.push(p) });
    expect(grid.encoding).toBe('windows1252');
    expect(grid.headerRow).toBe(2);
    expect(grid.rows).toHaveLength(100_003);
    expect(seen.filter((p) => p.phase === 'parsing').length).toBeGreaterThan(10);

    const result = buildRows(grid, suggestMapping(grid.headers, 'register'), THEMES);
    expect(result.missingFields).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(100_000);
    expect(result.rows.every((row) => row.record !== null)).toBe(true);
    // The last row as generated (Sanaa, Yémen; a dd/mm/yyyy date; « » and Œ in its notes).
    const last = registerRow(99_999);
    expect(result.rows.at(-1)).toMatchObject({
      row: 100_003,
      record: {
        city: { name: last.cells[0], country: 'YE' },
        agreement: {
          signedOn: last.day.toISOString().slice(0, 10),
          notes: `${last.cells[7]}\nBudget: ${last.cells[6]}`, // an unknown column kept into the notes
        },
      },
    });
  });
});
