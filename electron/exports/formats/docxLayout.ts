import { formatCell } from '../../../shared/reports/formatCell';
import { displayText } from './cells';
import { printedColumns, widestWord } from './printColumns';
import { firstRows, kindAt, type Block } from './tabular';

/**
 * How a DOCX table is printed, like the PDF's: columns with nothing in them left out; no column
 * narrower than its longest word (Word then never splits a word inside itself) nor, for numbers
 * and dates, than its whole value; landscape pages when that does not fit across a portrait A4.
 * Widths are in twentieths of a point, from an estimate of Calibri's advance widths.
 */

/** A4 between 2 cm margins, in twentieths of a point. */
export const DOCX_PAGE = { width: 11906, height: 16838, margin: 1134 };
const PORTRAIT = DOCX_PAGE.width - 2 * DOCX_PAGE.margin;
const LANDSCAPE = DOCX_PAGE.height - 2 * DOCX_PAGE.margin;
/** Calibri 10.5 pt: an average character (upper case and digits included), a bold one. */
const CHARACTER = 118;
const BOLD_CHARACTER = 128;
/** The cell's left and right margins (80 each, see docxTable.ts) and some slack. */
const PAD = 200;
const SAMPLE_ROWS = 2000;
/** Text columns are not given more than this many characters' width when room is short. */
const MAX_NATURAL = 60;

export interface DocxTablePlan {
  columns: number[];
  widths: number[];
  landscape: boolean;
  /** The type size in half-points: the document's 10.5 pt, smaller before any word is split. */
  size: number;
}

const SIZE = 21;
const MIN_SIZE = 13;

const length = (text: string) => [...text].length;

export function planDocxTable(block: Block, lang: string): DocxTablePlan {
  const columns = printedColumns(block);
  const rows = firstRows(block, SAMPLE_ROWS);
  const minimum: number[] = [];
  const natural: number[] = [];
  const fixed: boolean[] = [];
  for (const c of columns) {
    const column = block.columns[c];
    const isFixed = (column?.kind ?? 'text') !== 'text' || kindAt(block, 0, c) !== 'text';
    let word = widestWord(column?.label ?? '', (w) => length(w) * BOLD_CHARACTER);
    let widest = word;
    const look = (text: string) => {
      for (const line of text.split('\n')) widest = Math.max(widest, length(line) * CHARACTER);
      if (!isFixed)
        word = Math.max(
          word,
          widestWord(text, (w) => length(w) * CHARACTER),
        );
    };
    rows.forEach((row, r) =>
      look(displayText(formatCell(row[c] ?? null, kindAt(block, r, c), lang))),
    );
    if (block.totals)
      look(displayText(formatCell(block.totals[c] ?? null, kindAt(block, -1, c), lang)));
    fixed.push(isFixed);
    minimum.push((isFixed ? widest : word) + PAD);
    natural.push(Math.min(widest, MAX_NATURAL * CHARACTER) + PAD);
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const landscape = sum(minimum) > PORTRAIT || sum(natural) > PORTRAIT * 1.5;
  const room = landscape ? LANDSCAPE : PORTRAIT;
  // Words too wide even for landscape: a smaller type rather than a split word.
  const text = sum(minimum) - PAD * columns.length;
  const scale = Math.max(MIN_SIZE / SIZE, Math.min(1, (room - PAD * columns.length) / text));
  const scaled = (widths: number[]) => widths.map((w) => (w - PAD) * scale + PAD);
  const widths = share(scaled(natural), scaled(minimum), fixed, room);
  return { columns, widths, landscape, size: Math.floor(SIZE * scale) };
}

/** Every column its minimum; text columns then grow towards their natural width, or all shrink. */
function share(natural: number[], minimum: number[], fixed: boolean[], room: number): number[] {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const least = sum(minimum);
  if (least >= room) return minimum.map((w) => Math.floor((w * room) / least));
  const wanted = natural.map((w, c) => Math.max(w, minimum[c] ?? 0));
  const full = sum(wanted);
  if (full <= room) {
    const spare = room - full;
    const growing = wanted.map((w, c) => (fixed.some((f) => !f) ? (fixed[c] ? 0 : w) : w));
    const total = sum(growing) || 1;
    return wanted.map((w, c) => Math.floor(w + (spare * (growing[c] ?? 0)) / total));
  }
  const lack = wanted.map((w, c) => w - (minimum[c] ?? 0));
  const ratio = (room - least) / (sum(lack) || 1);
  return minimum.map((w, c) => Math.floor(w + (lack[c] ?? 0) * ratio));
}

/** The marker paragraph that ends a section of the given orientation (replaced once packed). */
export function sectionMarker(landscape: boolean): string {
  return `ACCORDS-SECTION-${landscape ? 'LANDSCAPE' : 'PORTRAIT'}-MARKER`;
}

/** A paragraph that ends a section: its page size and margins. */
export function sectionBreakXml(landscape: boolean): string {
  const { width, height, margin } = DOCX_PAGE;
  const size = landscape
    ? `<w:pgSz w:w="${height}" w:h="${width}" w:orient="landscape"/>`
    : `<w:pgSz w:w="${width}" w:h="${height}"/>`;
  return `<w:p><w:pPr><w:sectPr>${size}<w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:pPr></w:p>`;
}
