import Papa from 'papaparse';
import { importError } from './errors';
import type { ImportLimits } from './limits';
import { checkAborted, yieldToLoop, type ReadControl } from './progress';

/** The separators a register's CSV uses: French Excel writes `;`, English `,`, some tools tab. */
export const SEPARATORS = [';', ',', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

/** How much of the text separator detection looks at. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 50;

/**
 * The separator of a CSV text: each candidate splits the first rows (quotes respected, so a
 * comma inside "Paris, France" counts for nothing) and the one giving the most rows of the
 * same width above one column wins; ties go to the French `;`. A title line above the header
 * does not change the answer: only the most common width counts.
 */
export function detectSeparator(text: string): Separator {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: { separator: Separator; score: number } = { separator: ';', score: -1 };
  for (const separator of SEPARATORS) {
    const { data } = Papa.parse<string[]>(sample, { delimiter: separator, preview: SAMPLE_ROWS });
    const widths = new Map<number, number>();
    for (const row of data)
      if (row.length > 1) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    let score = 0;
    for (const [width, count] of widths) score = Math.max(score, count * 1000 + width);
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}

/** Rows handed to the caller's checks between two yields to the event loop. */
const CHUNK_CHARS = 512 * 1024;

/**
 * The rows of a CSV text, parsed in chunks: between chunks the event loop runs, progress is
 * reported (characters read of the total) and the signal is checked. Limits are checked as
 * rows arrive, so a file over them stops early with its refusal.
 */
export function parseCsv(
  text: string,
  separator: Separator,
  limits: ImportLimits,
  control: ReadControl = {},
): Promise<string[][]> {
  const rows: string[][] = [];
  let failure: unknown = null;
  let read = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(text, {
      delimiter: separator,
      chunkSize: CHUNK_CHARS,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        try {
          checkAborted(control.signal);
          for (const row of results.data) {
            // One row past the limit may be the empty one a final line break makes.
            if (rows.length > limits.maxRows)
              throw importError('tooManyRows', 'Too many rows', { max: limits.maxRows });
            if (row.length > limits.maxColumns)
              throw importError('tooManyColumns', 'Too many columns', {
                count: row.length,
                max: limits.maxColumns,
              });
            row.forEach((cell: string, column: number) => {
              if (cell.length > limits.maxCellChars)
                throw importError('cellTooLong', 'A cell is too long', {
                  row: rows.length + 1,
                  column: column + 1,
                  length: cell.length,
                  max: limits.maxCellChars,
                });
            });
            rows.push(row);
          }
          read = Math.min(text.length, read + CHUNK_CHARS);
          control.onProgress?.({ phase: 'parsing', done: read, total: text.length });
          parser.pause();
          void yieldToLoop().then(() => parser.resume());
        } catch (error) {
          failure = error;
          parser.abort();
        }
      },
      complete() {
        if (failure) return reject(failure);
        // A final line break ends the last row; it does not start an empty one.
        const last = rows.at(-1);
        if (last && last.length === 1 && last[0] === '') rows.pop();
        if (rows.length > limits.maxRows)
          return reject(importError('tooManyRows', 'Too many rows', { max: limits.maxRows }));
        resolve(rows);
      },
    });
  });
}
