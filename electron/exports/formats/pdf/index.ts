import type { ReportDocument, ReportSection, TableSection } from '../../../../shared/reports/document';
import type { Progress } from '../../../core/progress';
import type { PagedReport } from '../../../reports/types';
import { pacedBy, type ExportSink } from '../../sink';
import { blockLength, noteCount, tableBlock, type Block } from '../tabular';
import { chartMinHeight, drawChart } from './chart';
import { coverShowsFigures, drawCover } from './cover';
import { drawFigures } from './figures';
import { drawMap, MAP_MIN_HEIGHT } from './map';
import { drawNotes } from './notes';
import { footEveryPage } from './footer';
import {
  createPdf,
  mutedLine,
  newPage,
  pipeInto,
  sectionHeading,
  type Pdf,
} from './page';
import type { Orientation } from './style';
import { drawTable, planTable } from './table';

/**
 * The print-ready PDF: a cover (city, title, period, key figures), then every section in order
 * (tables, vector charts, the map, notes), "Page N of M" on every page. Built in main from the
 * same document, so the desktop app, the preview and the command line write the same file.
 *
 * Laid out once and written page by page as each is finished, so a 3,700-page table is never
 * held in memory: each page's "Page N of M" is a small form the page points to, written at
 * the end when M is known (footer.ts).
 */
export async function renderPdf(
  document: ReportDocument,
  progress: Progress,
  out: ExportSink,
  paged?: PagedReport,
): Promise<void> {
  const sections = bodySections(document);
  const length = (section: TableSection) => blockLength(tableBlock(section, paged));
  const rows = sections.reduce(
    (sum, s) =>
      sum +
      (s.type === 'table'
        ? length(s) + (s.totals ? 1 : 0)
        : s.type === 'notes'
          ? noteCount(s, paged)
          : 0),
    0,
  );
  progress.phase('writing', rows);
  const pdf = createPdf(document);
  const written = pipeInto(pdf, out);
  const numberPages = footEveryPage(pdf, document);
  await writePages(pdf, document, sections, pacedBy(out, progress), paged);
  progress.phase('finishing', 0);
  numberPages();
  pdf.end();
  await written;
}

/** The sections after the cover: all of them but the figures the cover shows. */
function bodySections(document: ReportDocument): ReportSection[] {
  const onCover = coverShowsFigures(document) ? firstFigures(document) : -1;
  return document.sections.filter((_, index) => index !== onCover);
}

/**
 * The pages: the cover, then the sections, with every page break.
 */
async function writePages(
  pdf: Pdf,
  document: ReportDocument,
  sections: ReportSection[],
  progress: Progress,
  paged: PagedReport | undefined,
): Promise<void> {
  drawCover(pdf, document);
  // The orientation of the page being filled; null right after the cover (a new page is due).
  let orientation: Orientation | null = null;
  for (const section of sections) {
    const block = section.type === 'table' ? tableBlock(section, paged) : null;
    const plan = block && blockLength(block) > 0 ? planTable(pdf, block, document.lang) : null;
    const wanted = plan?.orientation ?? 'portrait';
    if (orientation !== wanted) {
      newPage(pdf, wanted);
      orientation = wanted;
    }
    sectionHeading(pdf, section.title, section.description, keepWithHeading(section, block));
    switch (section.type) {
      case 'figures':
        drawFigures(pdf, section, document.lang);
        break;
      case 'table':
        if (!block || !plan) {
          mutedLine(pdf, section.emptyMessage ?? '—');
          break;
        }
        await drawTable(pdf, block, plan, document.lang, progress);
        break;
      case 'chart':
        drawChart(pdf, section, document.lang);
        break;
      case 'map':
        drawMap(pdf, section, document.lang);
        break;
      case 'notes':
        await drawNotes(pdf, section, document.lang, () => progress.tick(), paged);
        break;
    }
    progress.check();
  }
}

function firstFigures(document: ReportDocument): number {
  return document.sections.findIndex((s) => s.type === 'figures');
}

/** How much of a section must fit under its heading, so a heading never ends a page alone. */
function keepWithHeading(section: ReportSection, block: Block | null): number {
  switch (section.type) {
    case 'table':
      return !block || blockLength(block) === 0 ? 24 : 60;
    case 'chart':
      return chartMinHeight(section);
    case 'map':
      return MAP_MIN_HEIGHT;
    case 'figures':
      return 70;
    case 'notes':
      return 60;
  }
}
