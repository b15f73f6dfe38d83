import type { ReportDocument, ReportSection, TableSection } from '../../../../shared/reports/document';
import type { Progress } from '../../../core/progress';
import type { PagedReport } from '../../../reports/types';
import type { ExportSink } from '../../sink';
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
  pageCount,
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
 * Written in two passes of the same `writePages`, so a 3,700-page table is never held in
 * memory: the layout pass runs the pagination on a throwaway document (tables only measured,
 * not drawn) to learn M; the drawing pass writes each page, footer included, as it finishes.
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
  const passes = passTicks(progress);

  const layout = createPdf(document, true);
  // Nobody keeps the layout pass's bytes: let them flow away.
  layout.resume();
  await writePages(layout, document, sections, passes.layout, false, paged);
  const total = pageCount(layout);

  const pdf = createPdf(document);
  const written = pipeInto(pdf, out);
  const lastFooter = footEveryPage(pdf, document, total);
  await writePages(pdf, document, sections, passes.drawing, true, paged);
  progress.phase('finishing', 0);
  lastFooter();
  pdf.end();
  await written;
}

/** The sections after the cover: all of them but the figures the cover shows. */
function bodySections(document: ReportDocument): ReportSection[] {
  const onCover = coverShowsFigures(document) ? firstFigures(document) : -1;
  return document.sections.filter((_, index) => index !== onCover);
}

/**
 * The pages: the cover, then the sections, with every page break. The one pagination both
 * passes run; `paint` false skips drawing tables' rows, the bulk of a long report.
 */
async function writePages(
  pdf: Pdf,
  document: ReportDocument,
  sections: ReportSection[],
  progress: Progress,
  paint: boolean,
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
        await drawTable(pdf, block, plan, document.lang, progress, paint);
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

/**
 * Both passes tick once per row, the layout pass's ticks counting a tenth of a row and the
 * drawing pass's nine tenths (about what each costs), so "writing" runs once from 0 to the row
 * count over the two passes, and cancelling still stops either of them.
 */
function passTicks(progress: Progress): { layout: Progress; drawing: Progress } {
  let tenths = 0;
  const pass = (weight: number): Progress => ({
    phase: (phase, total) => progress.phase(phase, total),
    check: () => progress.check(),
    async tick(n = 1) {
      tenths += n * weight;
      const whole = Math.floor(tenths / 10);
      tenths -= whole * 10;
      if (whole > 0) await progress.tick(whole);
      else progress.check();
    },
  });
  return { layout: pass(1), drawing: pass(9) };
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
