import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_STARTS } from '../../../../shared/exports/formulaGuard';
import type { ReportDocument } from '../../../../shared/reports/document';
import type { CsvSeparator } from '../../../../shared/reports/requests';
import { render } from './helpers';

/** What a spreadsheet evaluates at a field's start. */
const FORBIDDEN = /^[=+\-@\t\r]/;
/** A number the app wrote as a number (or the part of one a foreign separator cut off). */
const NUMBER = /^-?\d+(?:[.,]\d+)?(?:e[-+]?\d+)?$/i;

const SEPARATORS = [',', ';', '\t'] as const;
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(...FORMULA_STARTS, ...SEPARATORS, '"', '\n', '\r\n', "'", ' ', '=1+1', 'x'),
);
/** Text made of pieces that often sit at a field's start under some reading of the file. */
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

function documentOf(title: string, rows: [string, string, number][]): ReportDocument {
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
          { key: 'a', label: 'Nom', kind: 'text' },
          { key: 'b', label: 'Note', kind: 'text' },
          { key: 'n', label: 'Montant', kind: 'number' },
        ],
        rows: rows.map(([a, b, n]) => [a, b, n]),
      },
    ],
    events: [],
  };
}

/** Every field of the file as a spreadsheet reading it with `separator` would see it. */
function readAs(file: Buffer, separator: string, newline: '\r\n' | '\n'): string[] {
  const parsed = Papa.parse<string[]>(file.toString('utf8').replace(/^\uFEFF/, ''), {
    delimiter: separator,
    newline,
  });
  // A foreign separator may leave quotes unbalanced: papaparse still returns its best reading.
  return parsed.data.flat();
}

describe('CSV formula guard under any separator', () => {
  it('the cases as found: x;=1+1;y in a "," file, the other way round, and with tab', async () => {
    const cases: [CsvSeparator, string][] = [
      [',', 'x;=1+1;y'],
      [';', 'x,=1+1,y'],
      [',', 'x\t=1+1\ty'],
      [';', 'x\t@SUM(1)'],
    ];
    for (const [written, value] of cases) {
      const file = await render(documentOf('T', [[value, 'n', 1]]), 'csv', written);
      for (const separator of SEPARATORS) {
        const fields = readAs(file, separator, '\r\n');
        expect(
          fields.filter((f) => FORBIDDEN.test(f)),
          `${JSON.stringify(value)} written with ${JSON.stringify(written)} read with ${JSON.stringify(separator)}`,
        ).toEqual([]);
      }
    }
  });

  it('random text, written with "," or ";", read with ",", ";" and tab: no field starts a formula unless it is a number', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<CsvSeparator>(',', ';'),
        text,
        fc.array(
          fc.tuple(
            text,
            text,
            fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
          ),
          { maxLength: 5 },
        ),
        async (written, title, rows) => {
          const file = await render(documentOf(title, rows), 'csv', written);
          for (const separator of SEPARATORS) {
            for (const newline of ['\r\n', '\n'] as const) {
              for (const read of readAs(file, separator, newline)) {
                // Read at LF alone, each line's last field keeps the CR of its CRLF.
                const field = newline === '\n' ? read.replace(/\r$/, '') : read;
                if (FORBIDDEN.test(field)) expect(field).toMatch(NUMBER);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('read with the separator it was written with, every text comes back (with its guard quote)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<CsvSeparator>(',', ';'), text, async (written, value) => {
        const file = await render(documentOf('T', [[value, 'x', 1]]), 'csv', written);
        const rows = Papa.parse<string[]>(file.toString('utf8').replace(/^\uFEFF/, ''), {
          delimiter: written,
          newline: '\r\n',
        }).data;
        // Title, header, the row: its first field is the text with `'` before each formula start.
        expect(rows[2]?.[0]?.replaceAll("'", '')).toBe(value.replaceAll("'", ''));
        expect(rows[2]?.length).toBe(3);
      }),
      { numRuns: 200 },
    );
  });
});
