import { isPartialDate } from '../../../shared/domain/partialDate';
import { csvNeedsQuotes, neutraliseCsvText } from '../../../shared/exports/formulaGuard';
import type { Cell, ColumnKind, ReportDocument } from '../../../shared/reports/document';
import type { CsvSeparator } from '../../../shared/reports/requests';
import { isMoney } from '../../../shared/reports/formatCell';
import type { Progress } from '../../core/progress';
import { currencyDigits, moneyMajor } from './cells';
import { labelsFor } from './labels';
import { blockRows, documentBlocks, kindAt, rowCount, type Block } from './tabular';
import type { PagedReport } from '../../reports/types';
import { put, type ExportSink } from '../sink';

/**
 * CSV: UTF-8 with a byte order mark (so Excel reads the accents), RFC 4180 quoting and CRLF.
 * Each table is a block (its title, its header, its rows, a blank line) and every line has the
 * same number of fields, so the file stays one rectangle a spreadsheet or a script can read.
 * Values are data, not display: partial dates in ISO (`2006-04`), numbers without grouping,
 * an amount as two fields (the number, then its currency code).
 */

/**
 * Numbers with `.` or `,` as the decimal mark and no grouping. JavaScript's shortest form reads
 * back as the very same number (exponents appear only beyond 1e21 or below 1e-6, which
 * spreadsheets read too); amounts keep their currency's decimals.
 */
function plainNumber(value: number, decimal: string, digits?: number): string {
  const text =
    digits === undefined ? String(Object.is(value, -0) ? 0 : value) : value.toFixed(digits);
  return decimal === '.' ? text : text.replace('.', decimal);
}

/**
 * A text field: neutralised against formulas for every separator and quoted when it holds any
 * separator (see `neutraliseCsvText`). Numbers stay plain strings, written as they are.
 */
class CsvText {
  readonly text: string;
  constructor(text: string) {
    this.text = neutraliseCsvText(text);
  }
  toString(): string {
    return this.text;
  }
}

type Field = string | CsvText;

function textField(text: string, kind: ColumnKind): Field {
  // A valid partial date is typed data; anything else is text someone typed.
  if (kind === 'date' && isPartialDate(text)) return text;
  return new CsvText(text);
}

/** One cell as its fields: two for a money column (amount, currency), one otherwise. */
function cellFields(cell: Cell, kind: ColumnKind, decimal: string): Field[] {
  const fields = (value: Field, currency = ''): Field[] =>
    kind === 'money' ? [value, currency] : [value];
  if (cell === null) return fields('');
  if (isMoney(cell)) {
    const amount = plainNumber(moneyMajor(cell), decimal, currencyDigits(cell.currency));
    return kind === 'money' ? [amount, cell.currency] : [`${amount} ${cell.currency}`];
  }
  if (typeof cell === 'number') {
    return fields(
      kind === 'integer' ? plainNumber(Math.round(cell), decimal) : plainNumber(cell, decimal),
    );
  }
  return fields(textField(cell, kind));
}

/** The header of a block: a money column names its currency column too. */
function headerFields(block: Block, currencyLabel: (column: string) => string): Field[] {
  return block.columns.flatMap((column) => {
    const label = new CsvText(column.label);
    return column.kind === 'money' ? [label, new CsvText(currencyLabel(column.label))] : [label];
  });
}

/** Figures mix counts and amounts in one column: the currency column is added when any is money. */
function blockWithCurrency(block: Block): Block {
  if (!block.rowKinds?.includes('money')) return block;
  return {
    ...block,
    columns: block.columns.map((column, index) =>
      index === 1 ? { ...column, kind: 'money' } : column,
    ),
  };
}

/**
 * One line of `width` fields (missing ones empty), RFC 4180: a field is quoted when it holds
 * this file's separator, a quote, CR, LF or a byte order mark, or begins or ends with a space
 * (what papaparse's `unparse` does), and a text field also when it holds any other
 * convention's separator, so no reading of the file splits it.
 */
function csvLine(line: Field[], width: number, separator: string): string {
  let text = '';
  for (let i = 0; i < width; i += 1) {
    const field = line[i] ?? '';
    const raw = typeof field === 'string' ? field : field.text;
    const escaped = raw.includes('"') ? raw.replace(/"/g, '""') : raw;
    const quoted =
      (field instanceof CsvText && csvNeedsQuotes(field.text)) ||
      /[\r\n"\ufeff]/.test(escaped) ||
      escaped.includes(separator) ||
      escaped.startsWith(' ') ||
      escaped.endsWith(' ');
    if (i > 0) text += separator;
    text += quoted ? `"${escaped}"` : escaped;
  }
  return text;
}

/** Lines per piece handed to the sink: big enough to cost nothing, small enough to hold. */
const LINES_PER_PIECE = 1000;

/**
 * Writes the document as CSV into `out`, a piece of lines at a time (a paged list is read as
 * it is written: the file is never held whole).
 */
export async function renderCsv(
  document: ReportDocument,
  separator: CsvSeparator,
  progress: Progress,
  out: ExportSink,
  paged?: PagedReport,
): Promise<void> {
  const labels = labelsFor(document.lang);
  // A `;` file is the French convention, whose decimal mark is the comma; with `,` it must be the point.
  const decimal = separator === ';' ? ',' : '.';
  const blocks = documentBlocks(document, labels, paged);
  progress.phase('writing', rowCount(blocks));
  // Every line has as many fields as the widest (a header with its currency columns).
  const width = Math.max(1, ...blocks.map((block) => headerFields(blockWithCurrency(block), labels.currency).length));
  let lines: Field[][] = [];
  let wrote = false;
  const flush = async () => {
    const text = lines.map((line) => csvLine(line, width, separator)).join('\r\n');
    lines = [];
    wrote = true;
    await put(out, `${text}\r\n`);
  };
  const push = async (line: Field[]) => {
    lines.push(line);
    if (lines.length >= LINES_PER_PIECE) await flush();
  };
  await put(out, '\uFEFF');
  for (const original of blocks) {
    const block = blockWithCurrency(original);
    await push([new CsvText(block.title)]);
    await push(headerFields(block, labels.currency));
    const writeRow = (row: Cell[], index: number) =>
      block.columns.flatMap((column, c) => {
        const kind = kindAt(original, index, c);
        const fields = cellFields(row[c] ?? null, kind, decimal);
        return column.kind === 'money' && kind !== 'money' ? [...fields, ''] : fields;
      });
    for (const [row, index] of blockRows(original)) {
      await push(writeRow(row, index));
      await progress.tick();
    }
    if (block.totals) {
      await push(writeRow(block.totals, -1));
      await progress.tick();
    }
    await push([]);
  }
  if (document.emptyMessage !== null && blocks.length === 0)
    await push([new CsvText(document.emptyMessage)]);
  progress.phase('finishing', 0);
  // A document with nothing at all is still one (empty) line.
  if (lines.length > 0 || !wrote) await flush();
}
