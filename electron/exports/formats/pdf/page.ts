import PDFDocument from 'pdfkit';
import type { ExportSink } from '../../sink';
import type { ReportDocument } from '../../../../shared/reports/document';
import { readAsset } from './assets';
import {
  COLOR,
  contentBottom,
  contentWidth,
  FONT,
  orientationOf,
  PAGE,
  SIZE,
  type Orientation,
} from './style';

/** The pdfkit document type. */
export type Pdf = PDFKit.PDFDocument;

const LANG_TAGS = { en: 'en-GB', fr: 'fr-FR' } as const;

/**
 * A new A4 document with the DejaVu fonts embedded (real, searchable text in every language
 * the register holds) and its metadata: title, author (the city), language. Pages are not
 * buffered: each is written out and released when the next begins.
 */
export function createPdf(document: ReportDocument): Pdf {
  const generated = new Date(document.generatedAt);
  const options: PDFKit.PDFDocumentOptions = {
    size: 'A4',
    margins: PAGE.margin,
    compress: true,
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

/**
 * Sends the PDF's bytes to `out` as pages are finished (pdfkit flushes each page once the next
 * one starts); resolves once the document has ended and every byte was handed over. Written
 * straight into `out`, whose buffer the drawing waits on (`pacedBy`): a pipe would pause
 * pdfkit, which goes on pushing pages into a buffer of its own.
 */
export function pipeInto(pdf: Pdf, out: ExportSink): Promise<void> {
  pdf.on('data', (chunk: Uint8Array) => out.write(chunk));
  return new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
}

/** Starts a new page when less than `height` points are left on this one. */
export function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > contentBottom(pdf)) newPage(pdf);
}

/** A new A4 page, in the current page's orientation unless told. */
export function newPage(pdf: Pdf, orientation: Orientation = orientationOf(pdf)): void {
  pdf.addPage({ size: 'A4', margins: PAGE.margin, layout: orientation });
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
  const width = contentWidth(pdf);
  pdf.font(FONT.bold).fontSize(SIZE.heading);
  const titleHeight = pdf.heightOfString(title, { width });
  pdf.font(FONT.regular).fontSize(SIZE.body);
  const descriptionHeight = description ? pdf.heightOfString(description, { width }) + 4 : 0;
  if (pdf.y > PAGE.margin.top) pdf.y += 14;
  ensureSpace(pdf, titleHeight + descriptionHeight + keep);
  const x = PAGE.margin.left;
  pdf
    .font(FONT.bold)
    .fontSize(SIZE.heading)
    .fillColor(COLOR.accent)
    .text(title, x, pdf.y, { width });
  pdf
    .moveTo(x, pdf.y + 1)
    .lineTo(x + width, pdf.y + 1)
    .lineWidth(0.6)
    .strokeColor(COLOR.rule)
    .stroke();
  pdf.y += 6;
  if (description) {
    pdf
      .font(FONT.regular)
      .fontSize(SIZE.body)
      .fillColor(COLOR.muted)
      .text(description, x, pdf.y, { width });
    pdf.y += 4;
  }
  pdf.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
}

/** A line of muted text in the flow (an empty table's message, the unplaced cities). */
export function mutedLine(pdf: Pdf, text: string): void {
  const width = contentWidth(pdf);
  pdf.font(FONT.regular).fontSize(SIZE.body);
  ensureSpace(pdf, pdf.heightOfString(text, { width }) + 4);
  pdf.fillColor(COLOR.muted).text(text, PAGE.margin.left, pdf.y, { width });
  pdf.fillColor(COLOR.ink);
  pdf.y += 4;
}
