import type { Cell, ColumnKind } from '../../../../shared/reports/document';
import { formatCell } from '../../../../shared/reports/formatCell';
import type { Progress } from '../../../core/progress';
import { displayText } from '../cells';
import { kindAt, type Block } from '../tabular';
import { textMeasure, wrapLines } from './measure';
import { newPage, type Pdf } from './page';
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, FONT, PAGE, SIZE } from './style';

/**
 * A table across as many pages as it needs: the header repeated on each, text wrapped within
 * its column, numbers and amounts flush right, light zebra rows, the totals row bold.
 */

const PAD_X = 4;
const PAD_Y = 3;
const SAMPLE_ROWS = 200;
/** Numbers and dates never wrap, within this bound. */
const MAX_FIXED = 130;
const MIN_TEXT = 48;

type Measure = (text: string) => number;

interface Layout {
  widths: number[];
  right: boolean[];
}

function cellText(block: Block, cells: Cell[], row: number, column: number, lang: string): string {
  return displayText(formatCell(cells[column] ?? null, kindAt(block, row, column), lang));
}

function isFixed(kind: ColumnKind): boolean {
  return kind !== 'text';
}

/** The rows a layout looks at: the first ones and a spread of the others. */
function sampleRows(block: Block): Cell[][] {
  const rows = block.rows;
  if (rows.length <= SAMPLE_ROWS * 2) return rows;
  const step = (rows.length - SAMPLE_ROWS) / SAMPLE_ROWS;
  const spread = Array.from(
    { length: SAMPLE_ROWS },
    (_, i) => rows[SAMPLE_ROWS + Math.floor(i * step)] ?? [],
  );
  return [...rows.slice(0, SAMPLE_ROWS), ...spread];
}

/** Column widths: numbers and dates as wide as their longest value, text shares what is left. */
function layout(block: Block, lang: string, regular: Measure, bold: Measure): Layout {
  const sample = sampleRows(block);
  const headerWords = block.columns.map((c) =>
    Math.max(...c.label.split(/\s+/).map((w) => bold(w))),
  );
  const natural = block.columns.map((column, c) => {
    let widest = 0;
    sample.forEach((row, r) => {
      const text = cellText(block, row, r < SAMPLE_ROWS ? r : 0, c, lang);
      for (const line of text.split('\n')) widest = Math.max(widest, regular(line));
    });
    if (block.totals) widest = Math.max(widest, bold(cellText(block, block.totals, -1, c, lang)));
    const hint = column.width ? column.width * 4.6 : 0;
    return Math.max(widest, headerWords[c] ?? 0, hint) + 2 * PAD_X + 1;
  });
  const fixed = block.columns.map(
    (column, c) => isFixed(kindAt(block, 0, c)) || isFixed(column.kind),
  );
  const right = block.columns.map((column, c) => {
    const kind = column.kind;
    return (
      kind === 'integer' ||
      kind === 'number' ||
      kind === 'percent' ||
      kind === 'money' ||
      kindAt(block, 0, c) === 'money'
    );
  });
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= CONTENT_WIDTH) {
    // Spread the spare room over the text columns (or every column when none is text).
    const spare = CONTENT_WIDTH - total;
    const growing = natural.map((w, c) => (fixed.some((f) => !f) ? (fixed[c] ? 0 : w) : w));
    const sum = growing.reduce((a, b) => a + b, 0) || 1;
    return { widths: natural.map((w, c) => w + (spare * (growing[c] ?? 0)) / sum), right };
  }
  // Fixed columns keep their width; the narrow text columns too; the wide ones share the rest.
  const widths = natural.map((w, c) => (fixed[c] ? Math.min(w, MAX_FIXED) : 0));
  let room = CONTENT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const text = natural
    .map((_, c) => c)
    .filter((c) => !fixed[c])
    .sort((a, b) => (natural[a] ?? 0) - (natural[b] ?? 0));
  while (text.length > 0 && (natural[text[0] ?? 0] ?? 0) <= room / text.length) {
    const c = text.shift() ?? 0;
    widths[c] = natural[c] ?? 0;
    room -= widths[c] ?? 0;
  }
  const wide = text.reduce((sum, c) => sum + (natural[c] ?? 0), 0) || 1;
  for (const c of text) widths[c] = Math.max(MIN_TEXT, ((natural[c] ?? 0) / wide) * room);
  // Only when even that overflows (many columns) does everything shrink.
  const scale = CONTENT_WIDTH / widths.reduce((a, b) => a + b, 0);
  return { widths: scale < 1 ? widths.map((w) => w * scale) : widths, right };
}

/** A row ready to draw: each cell's lines and the row's height. */
interface RowLines {
  lines: string[][];
  height: number;
}

/** Each cell's lines and the row's height: the tallest cell, within a page. */
function rowLines(pdf: Pdf, texts: string[], widths: number[], measure: Measure): RowLines {
  const lineHeight = pdf.currentLineHeight(true);
  const maxLines = Math.floor((CONTENT_BOTTOM - PAGE.margin.top - 60) / lineHeight);
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

function drawRow(
  pdf: Pdf,
  row: RowLines,
  box: Layout,
  at: { y: number; fill: string | null },
  measure: Measure,
): void {
  const { widths, right } = box;
  const { y, fill } = at;
  if (fill) pdf.rect(PAGE.margin.left, y, CONTENT_WIDTH, row.height).fillColor(fill).fill();
  pdf.fillColor(COLOR.ink);
  const lineHeight = pdf.currentLineHeight(true);
  let x = PAGE.margin.left;
  row.lines.forEach((lines, c) => {
    const columnWidth = widths[c] ?? 0;
    lines.forEach((line, index) => {
      if (line === '') return;
      // Lines are drawn one by one without pdfkit's line wrapper: a long table has a million cells.
      const left = right[c] ? x + columnWidth - PAD_X - measure(line) : x + PAD_X;
      pdf.text(line, left, y + PAD_Y + index * lineHeight, { lineBreak: false });
    });
    x += columnWidth;
  });
}

/**
 * Lays out a table block from the current position, row by row, breaking pages as the rows
 * need, and draws it when `paint` (the layout pass only finds the page breaks, which cost the
 * measuring, not the drawing). Ticks `progress` once per row.
 */
export async function drawTable(
  pdf: Pdf,
  block: Block,
  lang: string,
  progress: Progress,
  paint = true,
): Promise<void> {
  const widthOf = textMeasure(pdf);
  const regular: Measure = (text) => widthOf(text, FONT.regular, SIZE.table);
  const bold: Measure = (text) => widthOf(text, FONT.bold, SIZE.table);
  const box = layout(block, lang, regular, bold);
  const labels = block.columns.map((c) => c.label);
  pdf.font(FONT.bold).fontSize(SIZE.table);
  const headerRow = rowLines(pdf, labels, box.widths, bold);
  const headerHeight = headerRow.height;

  const header = () => {
    pdf.font(FONT.bold).fontSize(SIZE.table);
    const y = pdf.y;
    if (paint) {
      drawRow(pdf, headerRow, box, { y, fill: COLOR.header }, bold);
      rule(pdf, y + headerHeight, 0.8, COLOR.faint);
    }
    pdf.y = y + headerHeight;
  };
  const write = (cells: Cell[], index: number, totals: boolean) => {
    const measure = totals ? bold : regular;
    pdf.font(totals ? FONT.bold : FONT.regular).fontSize(SIZE.table);
    const texts = block.columns.map((_, c) => cellText(block, cells, index, c, lang));
    const row = rowLines(pdf, texts, box.widths, measure);
    if (pdf.y + row.height > CONTENT_BOTTOM) {
      newPage(pdf);
      header();
      pdf.font(totals ? FONT.bold : FONT.regular).fontSize(SIZE.table);
    }
    const y = pdf.y;
    if (paint) {
      const fill = totals ? COLOR.header : index % 2 === 1 ? COLOR.zebra : null;
      drawRow(pdf, row, box, { y, fill }, measure);
      if (totals) rule(pdf, y, 0.8, COLOR.faint);
    }
    pdf.y = y + row.height;
  };

  pdf.font(FONT.regular).fontSize(SIZE.table);
  if (pdf.y + headerHeight + 3 * pdf.currentLineHeight(true) > CONTENT_BOTTOM) newPage(pdf);
  header();
  for (let index = 0; index < block.rows.length; index += 1) {
    write(block.rows[index] ?? [], index, false);
    await progress.tick();
  }
  if (block.totals) {
    write(block.totals, -1, true);
    await progress.tick();
  }
  if (paint) rule(pdf, pdf.y, 0.5, COLOR.rule);
  pdf.x = PAGE.margin.left;
  pdf.y += 6;
  pdf.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
}

function rule(pdf: Pdf, y: number, width: number, color: string): void {
  pdf
    .moveTo(PAGE.margin.left, y)
    .lineTo(PAGE.margin.left + CONTENT_WIDTH, y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke();
}
