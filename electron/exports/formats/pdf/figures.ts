import type { FiguresSection } from '../../../../shared/reports/document';
import { formatFigure } from '../cells';
import { ensureSpace, type Pdf } from './page';
import { COLOR, CONTENT_WIDTH, FONT, PAGE, SIZE } from './style';

const COLUMNS = 3;
const GAP = 10;
const PAD = 9;

/** Key figures as cards, three to a row: the value large, its label under it. */
export function drawFigures(pdf: Pdf, section: FiguresSection, lang: string): void {
  const width = (CONTENT_WIDTH - GAP * (COLUMNS - 1)) / COLUMNS;
  const inner = width - 2 * PAD;
  for (let start = 0; start < section.items.length; start += COLUMNS) {
    const items = section.items.slice(start, start + COLUMNS).map((item) => ({
      value: formatFigure(item.value, item.kind, lang),
      label: item.label,
    }));
    // Long amounts shrink rather than wrap, so every card's value stays on one line.
    const sizes = items.map((item) => {
      let size = 17;
      pdf.font(FONT.bold);
      while (size > 10 && pdf.fontSize(size).widthOfString(item.value) > inner) size -= 1;
      return size;
    });
    pdf.font(FONT.regular).fontSize(SIZE.body);
    const labelHeight = Math.max(
      ...items.map((item) => pdf.heightOfString(item.label, { width: inner })),
    );
    const height = PAD + 22 + 4 + labelHeight + PAD;
    ensureSpace(pdf, height + GAP);
    const top = pdf.y;
    items.forEach((item, index) => {
      const x = PAGE.margin.left + index * (width + GAP);
      pdf.roundedRect(x, top, width, height, 4).fillColor(COLOR.card).fill();
      pdf.rect(x, top, 3, height).fillColor(COLOR.accent).fill();
      pdf
        .font(FONT.bold)
        .fontSize(sizes[index] ?? 17)
        .fillColor(COLOR.accent)
        .text(item.value, x + PAD, top + PAD + (17 - (sizes[index] ?? 17)) / 2, {
          width: inner,
          lineBreak: false,
        });
      pdf
        .font(FONT.regular)
        .fontSize(SIZE.body)
        .fillColor(COLOR.muted)
        .text(item.label, x + PAD, top + PAD + 26, { width: inner });
    });
    pdf.y = top + height + GAP;
    pdf.x = PAGE.margin.left;
  }
  pdf.fillColor(COLOR.ink);
}
