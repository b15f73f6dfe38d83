import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORMULA_STARTS,
  neutraliseCsvText,
  neutraliseFormula,
  startsFormula,
} from '../../../../shared/exports/formulaGuard';
import type { ReportDocument } from '../../../../shared/reports/document';
import { parseCsv, render } from './helpers';

const FORBIDDEN = /^[=+\-@\t\r]/;

/** Strings that often start like formulas, and any other text. */
const text = fc.oneof(
  fc.string(),
  fc.tuple(fc.constantFrom(...FORMULA_STARTS), fc.string()).map(([start, rest]) => start + rest),
  fc.constantFrom('=SUM(A1)', '+33 1 42', '-5', '@x', '\tx', '\rx', "'=already", '=1+1;2'),
);
const number = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });

/** A document of one table: a text column and a number column, its title and header arbitrary. */
function documentOf(title: string, header: string, rows: [string, number][]): ReportDocument {
  return {
    kind: 'agreements',
    lang: 'en',
    title,
    subtitle: '',
    ownCity: '',
    generatedAt: '2026-12-01T09:30:00.000Z',
    today: '2026-12-01',
    fileStem: 'x',
    emptyMessage: null,
    sections: [
      {
        type: 'table',
        id: 't',
        title,
        columns: [
          { key: 'text', label: header, kind: 'text' },
          { key: 'value', label: 'Value', kind: 'number' },
        ],
        rows: rows.map(([t, n]) => [t, n]),
      },
    ],
    events: [],
  };
}

describe('formula guard', () => {
  it('prefixes a quote to exactly the texts a spreadsheet would evaluate', () => {
    fc.assert(
      fc.property(text, (value) => {
        const safe = neutraliseFormula(value);
        expect(FORBIDDEN.test(safe)).toBe(false);
        expect(safe).toBe(startsFormula(value) ? `'${value}` : value);
      }),
    );
  });

  it('leaves no CSV field starting a formula, and numbers read back as the same numbers', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        fc.array(fc.tuple(text, number), { maxLength: 8 }),
        async (title, header, rows) => {
          const csv = parseCsv(await render(documentOf(title, header, rows), 'csv', ','), ',');
          for (const row of csv)
            for (const field of [row[0] ?? '']) expect(field).not.toMatch(FORBIDDEN);
          // Block layout: title, header, rows, blank line.
          expect(csv[1]?.[0]).toBe(neutraliseCsvText(header));
          // (-0 is written 0: the same number to a spreadsheet.)
          rows.forEach(([, value], index) =>
            expect(Number(csv[index + 2]?.[1]) === value).toBe(true),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves no XLSX string cell starting a formula, and number cells stay numbers', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        fc.array(fc.tuple(text, number), { maxLength: 6 }),
        async (title, header, rows) => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(
            (await render(documentOf(title, header, rows), 'xlsx')) as unknown as ArrayBuffer,
          );
          workbook.eachSheet((sheet) =>
            sheet.eachRow((row) =>
              row.eachCell((cell) => {
                if (typeof cell.value === 'string') expect(cell.value).not.toMatch(FORBIDDEN);
                expect(cell.formula).toBeUndefined();
              }),
            ),
          );
          const table = workbook.worksheets[1];
          // -0 reads back as 0, the same number to a spreadsheet.
          rows.forEach(([, value], index) =>
            expect(table?.getRow(index + 2).getCell(2).value === value).toBe(true),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
