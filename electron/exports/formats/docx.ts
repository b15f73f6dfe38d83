import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import { formatTimestamp } from '../../../shared/format/intl';
import type { NotesSection, ReportDocument } from '../../../shared/reports/document';
import type { Progress } from '../../core/progress';
import { displayText } from './cells';
import { DOCX_PAGE, planDocxTable, sectionMarker, type DocxTablePlan } from './docxLayout';
import { sectionPicture } from './docxImages';
import { insertTables, tableMarker, tableXml } from './docxTable';
import { labelsFor } from './labels';
import { blockLength, noteCount, noteEntries, rowCount, sectionBlock, type Block } from './tabular';
import type { PagedReport } from '../../reports/types';
import type { ExportSink } from '../sink';

/**
 * DOCX, for officials who rework a report in Word: real Title and Heading styles (so the
 * navigation pane and a table of contents work), tables with a repeating bold header row,
 * charts and the map as pictures above their data tables, notes as headings and paragraphs,
 * page numbers in the footer.
 */

const PAGE = DOCX_PAGE;

const LOCALES = { en: 'en-GB', fr: 'fr-FR' } as const;

function lines(text: string, bold = false): TextRun[] {
  return displayText(text)
    .split('\n')
    .map((line, index) => new TextRun({ text: line, bold, ...(index > 0 ? { break: 1 } : {}) }));
}

function notes(section: NotesSection, lang: string, paged: PagedReport | undefined): Paragraph[] {
  // French typography puts a space before the colon.
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const out: Paragraph[] = [];
  for (const entry of noteEntries(section, paged)) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(entry.heading)] }),
    );
    if (entry.meta)
      out.push(
        new Paragraph({
          children: [new TextRun({ text: entry.meta, italics: true, color: '555555' })],
        }),
      );
    for (const paragraph of entry.paragraphs) {
      out.push(
        new Paragraph({
          spacing: { after: 120 },
          children: [
            ...(paragraph.label
              ? [new TextRun({ text: `${paragraph.label}${colon}`, bold: true })]
              : []),
            ...lines(paragraph.text),
          ],
        }),
      );
    }
  }
  return out;
}

/** Writes the document as a Word file. */
export async function renderDocx(
  document: ReportDocument,
  progress: Progress,
  out: ExportSink,
  paged?: PagedReport,
): Promise<void> {
  const labels = labelsFor(document.lang);
  const lang = document.lang;
  const children: FileChild[] = [];
  if (document.ownCity)
    children.push(
      new Paragraph({ children: [new TextRun({ text: document.ownCity, bold: true, size: 28 })] }),
    );
  children.push(
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
  );
  if (document.subtitle)
    children.push(
      new Paragraph({
        children: [new TextRun({ text: document.subtitle, size: 28, color: '444444' })],
      }),
    );
  children.push(
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: labels.generatedOn(formatTimestamp(document.generatedAt, lang)),
          italics: true,
          color: '666666',
        }),
      ],
    }),
  );
  if (document.emptyMessage !== null)
    children.push(new Paragraph({ children: [new TextRun(document.emptyMessage)] }));

  const tables: { block: Block; plan: DocxTablePlan }[] = [];
  // Wide tables get landscape sections: a section ends where the orientation changes.
  let landscape = false;
  const orient = (wanted: boolean) => {
    if (wanted === landscape) return;
    children.push(new Paragraph({ children: [new TextRun(sectionMarker(landscape))] }));
    landscape = wanted;
  };
  const blocks = document.sections.map((section) => ({
    section,
    block: sectionBlock(document, section, labels, paged),
  }));
  progress.phase(
    'writing',
    rowCount(
      blocks.flatMap(({ section, block }) => (block && section.type !== 'notes' ? [block] : [])),
    ),
  );
  for (const { section, block } of blocks) {
    // A chart whose data a table already holds has no table of its own, but still its picture.
    const picture = sectionPicture(section, lang);
    if (section.type !== 'notes' && !block && !picture) continue;
    const plan =
      block && section.type !== 'notes' && blockLength(block) > 0
        ? planDocxTable(block, lang)
        : null;
    orient(plan?.landscape ?? false);
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        // A chart's or map's heading (and description) stays on the page of its picture.
        ...(picture ? { keepNext: true } : {}),
        children: [new TextRun(section.title)],
      }),
    );
    if (section.description)
      children.push(
        new Paragraph({
          ...(picture ? { keepNext: true } : {}),
          children: [new TextRun({ text: section.description, italics: true })],
        }),
      );
    if (section.type === 'notes') {
      if (noteCount(section, paged) === 0 && section.emptyMessage)
        children.push(new Paragraph(section.emptyMessage));
      children.push(...notes(section, lang, paged));
      continue;
    }
    // Charts and the map as pictures above their data tables, where the PDF draws them.
    if (picture) children.push(picture);
    if (!block) continue;
    if (blockLength(block) === 0 && block.emptyMessage) {
      children.push(
        new Paragraph({ children: [new TextRun({ text: block.emptyMessage, italics: true })] }),
      );
      continue;
    }
    // A marker now, the table's XML once the document is packed (see docxTable.ts).
    children.push(new Paragraph({ children: [new TextRun(tableMarker(tables.length))] }));
    tables.push({ block, plan: plan ?? planDocxTable(block, lang) });
    if (section.type === 'map' && section.unplaced.length > 0) {
      children.push(
        new Paragraph({
          children: [
            new TextRun({ text: labels.notOnMap(section.unplaced.join(', ')), italics: true }),
          ],
        }),
      );
    }
    children.push(new Paragraph({ children: [] }));
  }

  // A document that ends on a wide table ends in landscape: its last section is turned.
  const endsLandscape = landscape;

  const file = new Document({
    creator: 'Accords',
    lastModifiedBy: 'Accords',
    title: document.title,
    description: document.subtitle,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21, language: { value: LOCALES[lang] } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: [
                      labels.pageWords.before,
                      PageNumber.CURRENT,
                      labels.pageWords.between,
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  // The tables' rows are written (and a paged list read) as the zip goes: the writing phase.
  const xmls = tables.map(({ block, plan }) => () => tableXml(block, plan, lang, progress));
  await insertTables(await Packer.toBuffer(file), xmls, out, endsLandscape);
  progress.phase('finishing', 0);
}
