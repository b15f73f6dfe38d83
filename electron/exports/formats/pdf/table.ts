import type { Cell, ColumnKind } from '../../../../shared/reports/document';
import { formatCell } from '../../../../shared/reports/formatCell';
import type { Progress } from '../../../core/progress';
import { displayText } from '../cells';
import { printedColumns, widestWord } from '../printColumns';
import { blockLength, blockRows, blockRowsAt, kindAt, type Block } from '../tabular';
import { textOperators, type PlacedText } from './glyphs';
import { textMeasure, wrapLines } from './measure';
import { newPage, type Pdf } from './page';
import {
  COLOR,
  contentBottom,
  contentWidth,
  CONTENT_WIDTH,
  FONT,
  LANDSCAPE_CONTENT_WIDTH,
  PAGE,
  SIZE,
  type Orientation,
} from './style';

/**
 * A table across as many pages as it needs, laid out for print: columns with nothing in them
 * are left out; numbers, amounts and dates are never wrapped; text wraps at word boundaries
 * and no column is narrower than its longest word, so no word is ever split inside itself.
 * A table whose words do not fit across a portrait page goes on landscape pages. The header
 * repeats on each page, numbers and amounts are flush right, light zebra rows, totals bold.
 */

const PAD_X = 4;
const PAD_Y = 3;
const SAMPLE_ROWS = 200;
/** Tables up to this many rows have every word measured; longer ones a sample of rows. */
const MEASURE_ALL_ROWS = 5000;
/** A table whose columns at their natural width exceed the portrait width this much goes landscape. */
const LANDSCAPE_RATIO = 1.5;
/** The smallest type a table is printed in. */
const MIN_SIZE = 6;

type Measure = (text: string) => number;

/** How a table is printed: which columns, how wide, which flush right, on which pages. */
export interface TablePlan {
  /** Indices of the block's columns printed (the empty ones are dropped). */
  columns: number[];
  widths: number[];
  right: boolean[];
  orientation: Orientation;
  /** The type size: the table's own, smaller only when the words would not fit a landscape page. */
  size: number;
}

function cellText(block: Block, cells: Cell[], row: number, column: number, lang: string): string {
  return displayText(formatCell(cells[column] ?? null, kindAt(block, row, column), lang));
}

function isFixed(kind: ColumnKind): boolean {
  return kind !== 'text';
}

/** The rows a layout looks at: all of a short table, else the first ones and a spread of the others. */
function sampleRows(block: Block): { row: Cell[]; index: number }[] {
  const length = blockLength(block);
  const step = (length - SAMPLE_ROWS) / SAMPLE_ROWS;
  const indices =
    length <= MEASURE_ALL_ROWS
      ? Array.from({ length }, (_, i) => i)
      : [
          ...Array.from({ length: SAMPLE_ROWS }, (_, i) => i),
          ...Array.from({ length: SAMPLE_ROWS }, (_, i) => SAMPLE_ROWS + Math.floor(i * step)),
        ];
  const rows = blockRowsAt(block, indices);
  return indices.map((index, i) => ({ row: rows[i] ?? [], index }));
}

/**
 * The print plan of a table: its columns' natural widths (the longest line) and minimum widths
 * (the longest word; the whole value for numbers and dates), portrait when the minimums fit
 * and the table is not much wider, landscape otherwise; text columns then share the room.
 */
export function planTable(pdf: Pdf, block: Block, lang: string): TablePlan {
  const widthOf = textMeasure(pdf);
  const regular: Measure = (text) => widthOf(text, FONT.regular, SIZE.table);
  const bold: Measure = (text) => widthOf(text, FONT.bold, SIZE.table);
  const columns = printedColumns(block);
  const sample = sampleRows(block);
  const pad = 2 * PAD_X + 1;
  const fixed = columns.map(
    (c) => isFixed(kindAt(block, 0, c)) || isFixed(block.columns[c]?.kind ?? 'text'),
  );
  const natural: number[] = [];
  const minimum: number[] = [];
  columns.forEach((c, i) => {
    const column = block.columns[c];
    const label = column?.label ?? '';
    let widest = 0;
    let word = widestWord(label, bold);
    const look = (text: string, measure: Measure) => {
      for (const line of text.split('\n')) widest = Math.max(widest, measure(line));
      if (!fixed[i]) word = Math.max(word, widestWord(text, measure));
    };
    for (const { row, index } of sample) look(cellText(block, row, index, c, lang), regular);
    if (block.totals) look(cellText(block, block.totals, -1, c, lang), bold);
    const hint = column?.width ? column.width * 4.6 : 0;
    natural.push(Math.max(widest, word, hint) + pad);
    minimum.push((fixed[i] ? Math.max(widest, word) : word) + pad);
  });
  const right = columns.map((c) => {
    const kind = block.columns[c]?.kind;
    return (
      kind === 'integer' ||
      kind === 'number' ||
      kind === 'percent' ||
      kind === 'money' ||
      kindAt(block, 0, c) === 'money'
    );
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const portrait = sum(minimum) <= CONTENT_WIDTH && sum(natural) <= CONTENT_WIDTH * LANDSCAPE_RATIO;
  const room = portrait ? CONTENT_WIDTH : LANDSCAPE_CONTENT_WIDTH;
  // Words too wide even for landscape: a smaller type rather than a split word.
  const text = sum(minimum) - pad * columns.length;
  const scale = Math.max(MIN_SIZE / SIZE.table, Math.min(1, (room - pad * columns.length) / text));
  const scaled = (widths: number[]) => widths.map((w) => (w - pad) * scale + pad);
  return {
    columns,
    widths: shareRoom(scaled(natural), scaled(minimum), fixed, room),
    right,
    orientation: portrait ? 'portrait' : 'landscape',
    size: SIZE.table * scale,
  };
}

/**
 * Widths within `room`: every column gets its minimum; text columns then grow towards their
 * natural width in proportion to what they lack; spare room beyond that goes to text columns
 * (to every column when none is text). Only when even the minimums overflow does all shrink.
 */
function shareRoom(natural: number[], minimum: number[], fixed: boolean[], room: number): number[] {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const least = sum(minimum);
  if (least >= room) return minimum.map((w) => (w * room) / least);
  const wanted = natural.map((w, c) =>
    fixed[c] ? (minimum[c] ?? 0) : Math.max(w, minimum[c] ?? 0),
  );
  const full = sum(wanted);
  if (full <= room) {
    const spare = room - full;
    const growing = wanted.map((w, c) => (fixed.some((f) => !f) ? (fixed[c] ? 0 : w) : w));
    const total = sum(growing) || 1;
    return wanted.map((w, c) => w + (spare * (growing[c] ?? 0)) / total);
  }
  const lack = wanted.map((w, c) => w - (minimum[c] ?? 0));
  const share = (room - least) / (sum(lack) || 1);
  return minimum.map((w, c) => w + (lack[c] ?? 0) * share);
}

/** A row ready to draw: each cell's lines and the row's height. */
interface RowLines {
  lines: string[][];
  height: number;
}

/** Each cell's lines and the row's height: the tallest cell, within a page. */
function rowLines(pdf: Pdf, texts: string[], widths: number[], measure: Measure): RowLines {
  const lineHeight = pdf.currentLineHeight(true);
  const maxLines = Math.floor((contentBottom(pdf) - PAGE.margin.top - 60) / lineHeight);
  const lines = texts.map((text, c) => {
    const inner = (widths[c] ?? 0) - 2 * PAD_X;
    const wrapped =
      text.includes('\n') || measure(text) > inner ? wrapLines(text, inner, measure) : [text];
    if (wrapped.length <= maxLines) return wrapped;
    // A cell taller than a page is cut, and says so.
    return [...wrapped.slice(0, maxLines - 1), `${wrapped[maxLines - 1] ?? ''}…`];
  });
  const count = Math.max(1, ...lines.map((cell) => cell.length));
  return { lines, height: count * lineHeight + 2 * PAD_Y };
}

/** A colour as the three components of a PDF `rg` operator ("#1f2933" → "0.122 0.161 0.2"). */
function rgb(hex: string): string {
  const part = (at: number) => String(Math.round((parseInt(hex.slice(at, at + 2), 16) / 255) * 1000) / 1000);
  return `${part(1)} ${part(3)} ${part(5)}`;
}
const INK = rgb(COLOR.ink);
const FILLS = new Map([COLOR.header, COLOR.zebra].map((color) => [color, rgb(color)]));

/**
 * One row: its background, then its cells' lines in the ink colour, written as one piece of
 * content (a long table has a million cells: with the font's glyphs, not pdfkit's `text()`).
 * pdfkit's fill colour is the ink before and after, as pdfkit's own calls would leave it.
 */
function drawRow(
  pdf: Pdf,
  row: RowLines,
  plan: TablePlan,
  at: { y: number; fill: string | null },
  measure: Measure,
): void {
  const { widths, right } = plan;
  const { y, fill } = at;
  const lineHeight = pdf.currentLineHeight(true);
  const texts: PlacedText[] = [];
  let x = PAGE.margin.left;
  row.lines.forEach((lines, c) => {
    const columnWidth = widths[c] ?? 0;
    lines.forEach((line, index) => {
      if (line === '') return;
      const left = right[c] ? x + columnWidth - PAD_X - measure(line) : x + PAD_X;
      texts.push({ text: line, x: left, y: y + PAD_Y + index * lineHeight });
    });
    x += columnWidth;
  });
  pdf.fillColor(COLOR.ink);
  const background = fill
    ? `${FILLS.get(fill) ?? rgb(fill)} rg ${PAGE.margin.left} ${round(y)} ${round(contentWidth(pdf))} ${round(row.height)} re f ${INK} rg\n`
    : '';
  pdf.addContent(Buffer.from(background + textOperators(pdf, texts), 'latin1'));
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Lays out and draws a table block from the current position (on a page of the plan's
 * orientation), row by row, breaking pages as the rows need. Ticks `progress` once per row.
 */
export async function drawTable(
  pdf: Pdf,
  block: Block,
  plan: TablePlan,
  lang: string,
  progress: Progress,
): Promise<void> {
  const widthOf = textMeasure(pdf);
  const regular: Measure = (text) => widthOf(text, FONT.regular, plan.size);
  const bold: Measure = (text) => widthOf(text, FONT.bold, plan.size);
  const labels = plan.columns.map((c) => block.columns[c]?.label ?? '');
  pdf.font(FONT.bold).fontSize(plan.size);
  const headerRow = rowLines(pdf, labels, plan.widths, bold);
  const headerHeight = headerRow.height;

  const header = () => {
    pdf.font(FONT.bold).fontSize(plan.size);
    const y = pdf.y;
    drawRow(pdf, headerRow, plan, { y, fill: COLOR.header }, bold);
    rule(pdf, y + headerHeight, 0.8, COLOR.faint);
    pdf.y = y + headerHeight;
  };
  const write = (cells: Cell[], index: number, totals: boolean) => {
    const measure = totals ? bold : regular;
    pdf.font(totals ? FONT.bold : FONT.regular).fontSize(plan.size);
    const texts = plan.columns.map((c) => cellText(block, cells, index, c, lang));
    const row = rowLines(pdf, texts, plan.widths, measure);
    if (pdf.y + row.height > contentBottom(pdf)) {
      newPage(pdf);
      header();
      pdf.font(totals ? FONT.bold : FONT.regular).fontSize(plan.size);
    }
    const y = pdf.y;
    const fill = totals ? COLOR.header : index % 2 === 1 ? COLOR.zebra : null;
    drawRow(pdf, row, plan, { y, fill }, measure);
    if (totals) rule(pdf, y, 0.8, COLOR.faint);
    pdf.y = y + row.height;
  };

  pdf.font(FONT.regular).fontSize(plan.size);
  if (pdf.y + headerHeight + 3 * pdf.currentLineHeight(true) > contentBottom(pdf)) newPage(pdf);
  header();
  for (const [row, index] of blockRows(block)) {
    write(row, index, false);
    await progress.tick();
  }
  if (block.totals) {
    write(block.totals, -1, true);
    await progress.tick();
  }
  rule(pdf, pdf.y, 0.5, COLOR.rule);
  pdf.x = PAGE.margin.left;
  pdf.y += 6;
  pdf.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
}

function rule(pdf: Pdf, y: number, width: number, color: string): void {
  pdf
    .moveTo(PAGE.margin.left, y)
    .lineTo(PAGE.margin.left + contentWidth(pdf), y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke();
}
