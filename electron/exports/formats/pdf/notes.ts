import type { NotesSection } from '../../../../shared/reports/document';
import type { PagedReport } from '../../../reports/types';
import { noteCount, noteEntries } from '../tabular';
import { ensureSpace, mutedLine, type Pdf } from './page';
import { COLOR, CONTENT_WIDTH, FONT, PAGE, SIZE } from './style';

/** Written outcomes: each entry's heading and details, then its labelled paragraphs. */
export async function drawNotes(
  pdf: Pdf,
  section: NotesSection,
  lang: string,
  tick: () => Promise<void>,
  paged?: PagedReport,
): Promise<void> {
  const x = PAGE.margin.left;
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  if (noteCount(section, paged) === 0 && section.emptyMessage) mutedLine(pdf, section.emptyMessage);
  // A paged section's entries are read a page at a time as they are drawn.
  for (const entry of noteEntries(section, paged)) {
    pdf.font(FONT.bold).fontSize(SIZE.subheading);
    const headingHeight = pdf.heightOfString(entry.heading, { width: CONTENT_WIDTH });
    ensureSpace(pdf, headingHeight + 40);
    pdf.y += 4;
    pdf.fillColor(COLOR.ink).text(entry.heading, x, pdf.y, { width: CONTENT_WIDTH });
    if (entry.meta) {
      pdf
        .font(FONT.regular)
        .fontSize(SIZE.small)
        .fillColor(COLOR.muted)
        .text(entry.meta, x, pdf.y + 1, { width: CONTENT_WIDTH });
    }
    pdf.y += 3;
    for (const paragraph of entry.paragraphs) {
      pdf.font(FONT.regular).fontSize(SIZE.body);
      ensureSpace(pdf, pdf.currentLineHeight(true) * 2);
      // pdfkit flows long paragraphs onto the next page itself.
      if (paragraph.label) {
        pdf
          .font(FONT.bold)
          .fillColor(COLOR.ink)
          .text(`${paragraph.label}${colon}`, x, pdf.y, { width: CONTENT_WIDTH, continued: true });
        pdf.font(FONT.regular).text(paragraph.text, { width: CONTENT_WIDTH });
      } else {
        pdf.fillColor(COLOR.ink).text(paragraph.text, x, pdf.y, { width: CONTENT_WIDTH });
      }
      pdf.y += 3;
    }
    pdf.y += 4;
    await tick();
  }
  pdf.x = x;
}
