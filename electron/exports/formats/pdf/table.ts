import type { Cell, ColumnKind } from '../../../../shared/reports/document';
import { formatCell } from '../../../../shared/reports/formatCell';
import type { Progress } from '../../progress';
import { displayText } from '../cells';
import { kindAt, type Block } from '../tabular';
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

/** Column widths: numbers and dates as wide as their longest value, text shares what is left. */
function layout(pdf: Pdf, block: Block, lang: string): Layout {
  const sample = block.rows.slice(0, SAMPLE_ROWS);
  if (block.totals) sample.push(block.totals);
  pdf.font(FONT.bold).fontSize(SIZE.table);
  const headerWords = block.columns.map((c) =>
    Math.max(...c.label.split(/\s+/).map((w) => pdf.widthOfString(w))),
  );
  const natural = block.columns.map((column, c) => {
    pdf.font(FONT.regular).fontSize(SIZE.table);
    let widest = 0;
    sample.forEach((row, r) => {
      const text = cellText(block, row, r, c, lang);
      for (const line of text.split('\n')) widest = Math.max(widest, pdf.widthOfString(line));
    });
    if (block.totals) {
      pdf.font(FONT.bold);
      widest = Math.max(widest, pdf.widthOfString(cellText(block, block.totals, -1, c, lang)));
    }
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
  const fixedWidths = natural.map((w, c) => (fixed[c] ? Math.min(w, MAX_FIXED) : 0));
  const textNatural = natural.map((w, c) => (fixed[c] ? 0 : w));
  const room = Math.max(
    CONTENT_WIDTH - fixedWidths.reduce((a, b) => a + b, 0),
    MIN_TEXT * textNatural.filter(Boolean).length,
  );
  const textSum = textNatural.reduce((a, b) => a + b, 0) || 1;
  let widths = natural.map((_, c) =>
    fixed[c] ? (fixedWidths[c] ?? 0) : Math.max(MIN_TEXT, ((textNatural[c] ?? 0) / textSum) * room),
  );
  const scale = CONTENT_WIDTH / widths.reduce((a, b) => a + b, 0);
  if (scale < 1) widths = widths.map((w) => w * scale);
  return { widths, right };
}

/** The height of one row: the tallest cell, measuring only text that may wrap. */
function rowHeight(pdf: Pdf, texts: string[], widths: number[]): number {
  const line = pdf.currentLineHeight(true);
  let height = line;
  texts.forEach((text, c) => {
    const inner = (widths[c] ?? 0) - 2 * PAD_X;
    if (text.includes('\n') || pdf.widthOfString(text) > inner) {
      height = Math.max(height, pdf.heightOfString(text, { width: inner }));
    }
  });
  return Math.min(height, CONTENT_BOTTOM - PAGE.margin.top - 60) + 2 * PAD_Y;
}

function drawRow(
  pdf: Pdf,
  texts: string[],
  box: Layout,
  y: number,
  height: number,
  fill: string | null,
): void {
  const { widths, right } = box;
  if (fill) pdf.rect(PAGE.margin.left, y, CONTENT_WIDTH, height).fillColor(fill).fill();
  pdf.fillColor(COLOR.ink);
  let x = PAGE.margin.left;
  texts.forEach((text, c) => {
    const width = widths[c] ?? 0;
    const inner = width - 2 * PAD_X;
    if (text !== '') {
      const oneLine = !text.includes('\n') && pdf.widthOfString(text) <= inner;
      if (oneLine) {
        // Single lines skip pdfkit's line wrapper: a 100,000-row table has a million cells.
        const left = right[c] ? x + width - PAD_X - pdf.widthOfString(text) : x + PAD_X;
        pdf.text(text, left, y + PAD_Y, { lineBreak: false });
      } else {
        pdf.text(text, x + PAD_X, y + PAD_Y, {
          width: inner,
          height: height - 2 * PAD_Y,
          ellipsis: true,
          align: right[c] ? 'right' : 'left',
        });
      }
    }
    x += width;
  });
}

function drawHeader(pdf: Pdf, block: Block, box: Layout): void {
  pdf.font(FONT.bold).fontSize(SIZE.table);
  const labels = block.columns.map((c) => c.label);
  const height = rowHeight(pdf, labels, box.widths);
  const y = pdf.y;
  drawRow(pdf, labels, box, y, height, COLOR.header);
  pdf
    .moveTo(PAGE.margin.left, y + height)
    .lineTo(PAGE.margin.left + CONTENT_WIDTH, y + height)
    .lineWidth(0.8)
    .strokeColor(COLOR.faint)
    .stroke();
  pdf.y = y + height;
  pdf.font(FONT.regular).fontSize(SIZE.table);
}

/** Draws a table block from the current position; ticks `progress` once per row. */
export async function drawTable(
  pdf: Pdf,
  block: Block,
  lang: string,
  progress: Progress,
): Promise<void> {
  const box = layout(pdf, block, lang);
  pdf.font(FONT.bold).fontSize(SIZE.table);
  const headerHeight = rowHeight(
    pdf,
    block.columns.map((c) => c.label),
    box.widths,
  );
  pdf.font(FONT.regular).fontSize(SIZE.table);
  if (pdf.y + headerHeight + 3 * pdf.currentLineHeight(true) > CONTENT_BOTTOM) newPage(pdf);
  drawHeader(pdf, block, box);
  const write = (cells: Cell[], index: number, bold: boolean) => {
    pdf.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE.table);
    const texts = block.columns.map((_, c) => cellText(block, cells, index, c, lang));
    const height = rowHeight(pdf, texts, box.widths);
    if (pdf.y + height > CONTENT_BOTTOM) {
      newPage(pdf);
      drawHeader(pdf, block, box);
      pdf.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE.table);
    }
    const y = pdf.y;
    drawRow(pdf, texts, box, y, height, bold ? COLOR.header : index % 2 === 1 ? COLOR.zebra : null);
    if (bold) {
      pdf
        .moveTo(PAGE.margin.left, y)
        .lineTo(PAGE.margin.left + CONTENT_WIDTH, y)
        .lineWidth(0.8)
        .strokeColor(COLOR.faint)
        .stroke();
    }
    pdf.y = y + height;
  };
  for (let index = 0; index < block.rows.length; index += 1) {
    write(block.rows[index] ?? [], index, false);
    await progress.tick();
  }
  if (block.totals) {
    write(block.totals, -1, true);
    await progress.tick();
  }
  pdf
    .moveTo(PAGE.margin.left, pdf.y)
    .lineTo(PAGE.margin.left + CONTENT_WIDTH, pdf.y)
    .lineWidth(0.5)
    .strokeColor(COLOR.rule)
    .stroke();
  pdf.x = PAGE.margin.left;
  pdf.y += 6;
  pdf.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
}
