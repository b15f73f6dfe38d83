import type { ReportDocument } from '../../../../shared/reports/document';
import { labelsFor, pageLabel } from '../labels';
import type { Pdf } from './page';
import { COLOR, contentBottom, contentWidth, FONT, PAGE, SIZE } from './style';

/** The pdfkit state a footer changes that the interrupted flow reads again on the next page. */
interface TextState {
  _font: unknown;
  _fontSize: number;
  _wrapper: unknown;
  _textOptions: unknown;
  x: number;
  y: number;
}

/**
 * Writes "Page N of M" on every page as the page is finished, `total` being known from the layout
 * pass. pdfkit writes a page out when the next one is added, so the footer goes in just before:
 * pdfkit's own `addPage` is wrapped, because long notes paragraphs flow onto a new page inside
 * pdfkit's line wrapper, not through our `newPage`. Returns what writes the last page's footer;
 * throws if the drawing made a different number of pages than the layout promised.
 */
export function footEveryPage(pdf: Pdf, document: ReportDocument, total: number): () => void {
  let page = pdf.bufferedPageRange().start + pdf.bufferedPageRange().count;
  const addPage = pdf.addPage.bind(pdf);
  pdf.addPage = (options?: PDFKit.PDFDocumentOptions) => {
    writeFooter(pdf, document, page, total);
    forgetShapedWords(pdf);
    page += 1;
    return addPage(options);
  };
  return () => {
    if (page !== total)
      throw new Error(`The PDF drew ${page} pages where its layout planned ${total}`);
    writeFooter(pdf, document, page, total);
  };
}

/**
 * One page's footer: the title on the left, "Page N of M" on the right. The bottom margin is
 * lifted while writing, or pdfkit would open a new page; the text state is put back for the
 * flow that continues on the next page.
 */
function writeFooter(pdf: Pdf, document: ReportDocument, page: number, total: number): void {
  const state = pdf as unknown as TextState;
  const saved = { ...pickState(state) };
  state._wrapper = null;
  state._textOptions = null;
  const labels = labelsFor(document.lang);
  const y = contentBottom(pdf) + 26;
  const width = contentWidth(pdf);
  const bottom = pdf.page.margins.bottom;
  pdf.page.margins.bottom = 0;
  const half = width / 2;
  pdf
    .moveTo(PAGE.margin.left, y - 6)
    .lineTo(PAGE.margin.left + width, y - 6)
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
  pdf.text(pageLabel(labels, page, total), PAGE.margin.left + half, y, {
    width: half,
    align: 'right',
    lineBreak: false,
  });
  pdf.page.margins.bottom = bottom;
  Object.assign(state, saved);
}

/**
 * pdfkit caches the shaping of every word it draws for the document's lifetime; a long table's
 * words are mostly its own (ids, amounts, dates), so on 3,700 pages that cache would hold
 * hundreds of megabytes. Dropped at each page: repeated words are still shaped once a page.
 */
function forgetShapedWords(pdf: Pdf): void {
  const fonts = (pdf as unknown as { _fontFamilies?: Record<string, { layoutCache?: unknown }> })
    ._fontFamilies;
  for (const font of Object.values(fonts ?? {})) {
    if (font.layoutCache) font.layoutCache = Object.create(null);
  }
}

function pickState(state: TextState): TextState {
  const { _font, _fontSize, _wrapper, _textOptions, x, y } = state;
  return { _font, _fontSize, _wrapper, _textOptions, x, y };
}
