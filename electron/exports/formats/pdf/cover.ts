import { formatPartialDate } from '../../../../shared/format/intl';
import type { ReportDocument } from '../../../../shared/reports/document';
import { labelsFor } from '../labels';
import { drawFigures } from './figures';
import type { Pdf } from './page';
import { COLOR, CONTENT_WIDTH, FONT, PAGE, SIZE } from './style';

/** Whether the cover shows the first figures section (which then is not repeated after it). */
export function coverShowsFigures(document: ReportDocument): boolean {
  const figures = document.sections.find((s) => s.type === 'figures');
  return figures?.type === 'figures' && figures.items.length > 0;
}

/**
 * The cover: the city that owes the report, the title, what it covers, when it was generated,
 * and the first key figures (see `coverShowsFigures`).
 */
export function drawCover(pdf: Pdf, document: ReportDocument): void {
  const labels = labelsFor(document.lang);
  const x = PAGE.margin.left;
  pdf.rect(0, 0, PAGE.width, 10).fillColor(COLOR.accent).fill();
  pdf.y = 150;
  if (document.ownCity) {
    pdf
      .font(FONT.bold)
      .fontSize(16)
      .fillColor(COLOR.accent)
      .text(document.ownCity.toLocaleUpperCase(document.lang), x, pdf.y, {
        width: CONTENT_WIDTH,
        characterSpacing: 1.5,
      });
    pdf.y += 14;
  }
  pdf
    .font(FONT.bold)
    .fontSize(26)
    .fillColor(COLOR.ink)
    .text(document.title, x, pdf.y, { width: CONTENT_WIDTH, lineGap: 2 });
  pdf.y += 8;
  if (document.subtitle) {
    pdf
      .font(FONT.regular)
      .fontSize(14)
      .fillColor(COLOR.muted)
      .text(document.subtitle, x, pdf.y, { width: CONTENT_WIDTH });
    pdf.y += 6;
  }
  pdf
    .moveTo(x, pdf.y + 6)
    .lineTo(x + 80, pdf.y + 6)
    .lineWidth(2)
    .strokeColor(COLOR.accent)
    .stroke();
  pdf.y += 18;
  const day = formatPartialDate(document.generatedAt.slice(0, 10), document.lang);
  pdf
    .font(FONT.regular)
    .fontSize(SIZE.body)
    .fillColor(COLOR.muted)
    .text(labels.generatedOn(day), x, pdf.y, { width: CONTENT_WIDTH });
  pdf.y += 36;

  if (document.emptyMessage !== null) {
    pdf
      .font(FONT.regular)
      .fontSize(12)
      .fillColor(COLOR.ink)
      .text(document.emptyMessage, x, pdf.y, { width: CONTENT_WIDTH });
    pdf.y += 16;
  }
  const figures = document.sections.find((s) => s.type === 'figures');
  if (figures?.type !== 'figures' || !coverShowsFigures(document)) return;
  pdf
    .font(FONT.bold)
    .fontSize(SIZE.subheading)
    .fillColor(COLOR.ink)
    .text(figures.title || labels.keyFigures, x, pdf.y, {
      width: CONTENT_WIDTH,
    });
  pdf.y += 8;
  drawFigures(pdf, figures, document.lang);
}
