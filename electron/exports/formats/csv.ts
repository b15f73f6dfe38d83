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
 * A field as written, RFC 4180: quoted when it holds this file's separator, a quote, CR, LF or
 * a byte order mark, or begins or ends with a space (what papaparse's `unparse` does), and a
 * text field also when it holds any other convention's separator, so no reading of the file
 * splits it.
 */
function encodeField(raw: string, isText: boolean, separator: string): string {
  if (raw === '') return raw;
  const quoted =
    (isText && csvNeedsQuotes(raw)) ||
    /[\r\n"\ufeff]/.test(raw) ||
    raw.includes(separator) ||
    raw.charCodeAt(0) === 32 ||
    raw.charCodeAt(raw.length - 1) === 32;
  if (!quoted) return raw;
  return `"${raw.includes('"') ? raw.replace(/"/g, '""') : raw}"`;
}

/** Text someone typed: neutralised against formulas for every separator, then encoded. */
const textField = (text: string, separator: string) => encodeField(neutraliseCsvText(text), true, separator);

/**
 * One cell as its encoded fields, joined by the separator: two for a money column (amount,
 * currency), one otherwise. Values are data: a valid partial date is written as it is (typed
 * data), any other text as text.
 */
function cellFields(cell: Cell, kind: ColumnKind, decimal: string, separator: string): string {
  const fields = (value: string) => (kind === 'money' ? `${value}${separator}` : value);
  if (cell === null) return fields('');
  if (isMoney(cell)) {
    const amount = plainNumber(moneyMajor(cell), decimal, currencyDigits(cell.currency));
    return kind === 'money'
      ? `${encodeField(amount, false, separator)}${separator}${encodeField(cell.currency, false, separator)}`
      : encodeField(`${amount} ${cell.currency}`, false, separator);
  }
  if (typeof cell === 'number') {
    const value = kind === 'integer' ? plainNumber(Math.round(cell), decimal) : plainNumber(cell, decimal);
    return fields(encodeField(value, false, separator));
  }
  if (kind === 'date' && isPartialDate(cell)) return fields(encodeField(cell, false, separator));
  return fields(textField(cell, separator));
}

/** The header of a block: a money column names its currency column too. */
function headerFields(block: Block, currencyLabel: (column: string) => string): string[] {
  return block.columns.flatMap((column) =>
    column.kind === 'money' ? [column.label, currencyLabel(column.label)] : [column.label],
  );
}

/** How many fields a block's row has: two for each money column. */
function fieldCount(block: Block): number {
  return block.columns.reduce((sum, column) => sum + (column.kind === 'money' ? 2 : 1), 0);
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
  // Every line has as many fields as the widest (a header with its currency columns); the
  // missing ones are empty.
  const width = Math.max(1, ...blocks.map((block) => fieldCount(blockWithCurrency(block))));
  const padding = (fields: number) => separator.repeat(Math.max(0, width - Math.max(1, fields)));
  const textLine = (texts: string[]) =>
    texts.map((text) => textField(text, separator)).join(separator) + padding(texts.length);
  let lines: string[] = [];
  let wrote = false;
  const flush = async () => {
    const text = lines.join('\r\n');
    lines = [];
    wrote = true;
    await put(out, `${text}\r\n`);
  };
  const push = async (line: string) => {
    lines.push(line);
    if (lines.length >= LINES_PER_PIECE) await flush();
  };
  await put(out, '\uFEFF');
  for (const original of blocks) {
    const block = blockWithCurrency(original);
    await push(textLine([block.title]));
    await push(textLine(headerFields(block, labels.currency)));
    const rowPadding = padding(fieldCount(block));
    // A figures block says each row's kind; any other block's kinds are its columns'.
    const kinds = block.columns.map((_, c) => kindAt(original, 0, c));
    const writeRow = (row: Cell[], index: number) => {
      let line = '';
      for (let c = 0; c < block.columns.length; c += 1) {
        const kind = original.rowKinds ? kindAt(original, index, c) : (kinds[c] ?? 'text');
        let fields = cellFields(row[c] ?? null, kind, decimal, separator);
        if (block.columns[c]?.kind === 'money' && kind !== 'money') fields += separator;
        line += c === 0 ? fields : `${separator}${fields}`;
      }
      return line + rowPadding;
    };
    for (const [row, index] of blockRows(original)) {
      await push(writeRow(row, index));
      await progress.tick();
    }
    if (block.totals) {
      await push(writeRow(block.totals, -1));
      await progress.tick();
    }
    // The blank line between blocks, as wide as the others.
    await push(padding(0));
  }
  if (document.emptyMessage !== null && blocks.length === 0) await push(textLine([document.emptyMessage]));
  progress.phase('finishing', 0);
  // A document with nothing at all is still one (empty) line.
  if (lines.length > 0 || !wrote) await flush();
}
