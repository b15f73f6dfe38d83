import PDFDocument from 'pdfkit';
import type { ReportDocument } from '../../../../shared/reports/document';
import { labelsFor, pageLabel } from '../labels';
import { readAsset } from './assets';
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, FONT, PAGE, SIZE } from './style';

/** The pdfkit document type. */
export type Pdf = PDFKit.PDFDocument;

const LANG_TAGS = { en: 'en-GB', fr: 'fr-FR' } as const;

/**
 * A new A4 document with the DejaVu fonts embedded (real, searchable text in every language
 * the register holds) and its metadata: title, author (the city), language.
 */
export function createPdf(document: ReportDocument): Pdf {
  const generated = new Date(document.generatedAt);
  const options: PDFKit.PDFDocumentOptions = {
    size: 'A4',
    margins: PAGE.margin,
    bufferPages: true,
    autoFirstPage: false,
    lang: LANG_TAGS[document.lang],
    displayTitle: true,
    info: {
      Title: document.title,
      Author: document.ownCity || 'Accords',
      Subject: document.subtitle,
      Creator: 'Accords',
      Producer: 'Accords',
      CreationDate: generated,
      ModDate: generated,
    },
  };
  // pdfkit opens Helvetica unless `font` is null, and its standard fonts cannot be bundled. A
  // default font given by path would not do either: registered again under our name, pdfkit
  // would re-parse the whole TTF on every font switch (it caches the first name only).
  const pdf = new PDFDocument({ ...options, font: null } as unknown as PDFKit.PDFDocumentOptions);
  pdf.registerFont(FONT.regular, readAsset('regular'));
  pdf.registerFont(FONT.bold, readAsset('bold'));
  pdf.font(FONT.regular);
  pdf.addPage();
  pdf.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
  return pdf;
}

/** Collects the document's bytes once it is ended. */
export function pdfBuffer(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}

/** Starts a new page when less than `height` points are left on this one. */
export function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > CONTENT_BOTTOM) newPage(pdf);
}

export function newPage(pdf: Pdf): void {
  pdf.addPage();
  pdf.x = PAGE.margin.left;
  pdf.y = PAGE.margin.top;
}

/** A section's title (kept with at least `keep` points of what follows) and its description. */
export function sectionHeading(
  pdf: Pdf,
  title: string,
  description: string | undefined,
  keep = 80,
): void {
  pdf.font(FONT.bold).fontSize(SIZE.heading);
  const titleHeight = pdf.heightOfString(title, { width: CONTENT_WIDTH });
  pdf.font(FONT.regular).fontSize(SIZE.body);
  const descriptionHeight = description
    ? pdf.heightOfString(description, { width: CONTENT_WIDTH }) + 4
    : 0;
  if (pdf.y > PAGE.margin.top) pdf.y += 14;
  ensureSpace(pdf, titleHeight + descriptionHeight + keep);
  const x = PAGE.margin.left;
  pdf
    .font(FONT.bold)
    .fontSize(SIZE.heading)
    .fillColor(COLOR.accent)
    .text(title, x, pdf.y, { width: CONTENT_WIDTH });
  pdf
    .moveTo(x, pdf.y + 1)
    .lineTo(x + CONTENT_WIDTH, pdf.y + 1)
    .lineWidth(0.6)
    .strokeColor(COLOR.rule)
    .stroke();
  pdf.y += 6;
  if (description) {
    pdf
      .font(FONT.regular)
      .fontSize(SIZE.body)
      .fillColor(COLOR.muted)
      .text(description, x, pdf.y, { width: CONTENT_WIDTH });
    pdf.y += 4;
  }
  pdf.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
}

/** A line of muted text in the flow (an empty table's message, the unplaced cities). */
export function mutedLine(pdf: Pdf, text: string): void {
  pdf.font(FONT.regular).fontSize(SIZE.body);
  ensureSpace(pdf, pdf.heightOfString(text, { width: CONTENT_WIDTH }) + 4);
  pdf.fillColor(COLOR.muted).text(text, PAGE.margin.left, pdf.y, { width: CONTENT_WIDTH });
  pdf.fillColor(COLOR.ink);
  pdf.y += 4;
}

/**
 * The footer of every page, written once all pages exist: the title on the left, "Page N of M"
 * on the right. The bottom margin is lifted while writing, or pdfkit would open a new page.
 */
export function writeFooters(pdf: Pdf, document: ReportDocument): void {
  const labels = labelsFor(document.lang);
  const range = pdf.bufferedPageRange();
  const y = PAGE.height - PAGE.margin.bottom + 26;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const half = CONTENT_WIDTH / 2;
    pdf
      .moveTo(PAGE.margin.left, y - 6)
      .lineTo(PAGE.margin.left + CONTENT_WIDTH, y - 6)
      .lineWidth(0.4)
      .strokeColor(COLOR.rule)
      .stroke();
    pdf.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    pdf.text(document.title, PAGE.margin.left, y, {
      width: half + 60,
      lineBreak: false,
      ellipsis: true,
      height: 10,
    });
    pdf.text(pageLabel(labels, index - range.start + 1, range.count), PAGE.margin.left + half, y, {
      width: half,
      align: 'right',
      lineBreak: false,
    });
    pdf.page.margins.bottom = bottom;
  }
}
