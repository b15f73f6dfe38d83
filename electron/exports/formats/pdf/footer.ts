import type { ReportDocument } from '../../../../shared/reports/document';
import { displayText } from '../cells';
import { labelsFor, pageLabel } from '../labels';
import { glyphWidth, textOperators } from './glyphs';
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

/** A page's "Page N of M", drawn from a form XObject whose content is written once M is known. */
interface PageLabel {
  form: { end(content: string): void };
  page: number;
  /** Where the label ends (flush right) and its top, in the page's coordinates. */
  right: number;
  y: number;
}

/**
 * Writes the footer of every page as the page is finished, so the document is laid out once:
 * the title on the left, and "Page N of M" on the right as a small form XObject of its own,
 * placed on the page now and written at the end, when M is known (PDF objects may follow the
 * pages that use them). pdfkit writes a page out when the next one is added, so the footer goes
 * in just before: pdfkit's own `addPage` is wrapped, because long notes paragraphs flow onto a
 * new page inside pdfkit's line wrapper, not through our `newPage`. Returns what writes the last
 * page's footer and then every page's number, before the document ends.
 */
export function footEveryPage(pdf: Pdf, document: ReportDocument): () => void {
  let page = pdf.bufferedPageRange().start + pdf.bufferedPageRange().count;
  const labels: PageLabel[] = [];
  const addPage = pdf.addPage.bind(pdf);
  pdf.addPage = (options?: PDFKit.PDFDocumentOptions) => {
    labels.push(writeFooter(pdf, document, page));
    forgetShapedWords(pdf);
    page += 1;
    return addPage(options);
  };
  return () => {
    labels.push(writeFooter(pdf, document, page));
    const words = labelsFor(document.lang);
    pdf.font(FONT.regular).fontSize(SIZE.small);
    for (const label of labels) {
      const text = pageLabel(words, label.page, page);
      const x = label.right - glyphWidth(pdf, text);
      label.form.end(textOperators(pdf, [{ text, x, y: label.y }]));
    }
  };
}

/**
 * One page's footer: the title on the left, the place of "Page N of M" on the right. The bottom
 * margin is lifted while writing, or pdfkit would open a new page; the text state is put back
 * for the flow that continues on the next page.
 */
function writeFooter(pdf: Pdf, document: ReportDocument, page: number): PageLabel {
  const state = pdf as unknown as TextState;
  const saved = { ...pickState(state) };
  state._wrapper = null;
  state._textOptions = null;
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
  // Written with the font's glyphs like the table's cells: on 7,000 pages pdfkit's text()
  // (shaping, then its line wrapper for the ellipsis) cost more than the rest of the footer.
  const title = fitted(pdf, displayText(document.title).replace(/\n/g, ' '), half + 60);
  pdf.addContent(textOperators(pdf, [{ text: title, x: PAGE.margin.left, y }]));
  // The number's form draws in this page's space, in the footer's font and colour.
  const font = (pdf as unknown as { _font: { id: string; ref(): unknown } })._font;
  const form = pdf.ref({
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, pdf.page.width, pdf.page.height],
    Resources: { Font: { [font.id]: font.ref() } },
  }) as unknown as PageLabel['form'] & { compress: boolean };
  // A few dozen bytes: compressing each would cost more than it saves, and each deflated
  // buffer would hold a 16 kB chunk of memory until the file is written.
  form.compress = false;
  const name = `PageNumber${page}`;
  (pdf.page.xobjects as Record<string, unknown>)[name] = form;
  pdf.addContent(`/${name} Do`);
  pdf.page.margins.bottom = bottom;
  Object.assign(state, saved);
  return { form, page, right: PAGE.margin.left + width, y };
}

/** `text` cut to `width` (in the current font and size) with an ellipsis, as pdfkit's `ellipsis` does. */
function fitted(pdf: Pdf, text: string, width: number): string {
  if (glyphWidth(pdf, text) <= width) return text;
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && glyphWidth(pdf, `${chars.slice(0, end).join('').trimEnd()}…`) > width) end -= 1;
  return `${chars.slice(0, end).join('').trimEnd()}…`;
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
