import type { ReportDocument, ReportSection } from '../../../../shared/reports/document';
import type { Progress } from '../../progress';
import { tableBlock } from '../tabular';
import { chartMinHeight, drawChart } from './chart';
import { drawCover } from './cover';
import { drawFigures } from './figures';
import { drawMap, MAP_MIN_HEIGHT } from './map';
import { drawNotes } from './notes';
import { createPdf, mutedLine, newPage, pdfBuffer, sectionHeading, writeFooters } from './page';
import { drawTable } from './table';

/**
 * The print-ready PDF: a cover (city, title, period, key figures), then every section in order
 * (tables, vector charts, the map, notes), "Page N of M" on every page. Built in main from the
 * same document, so the desktop app, the preview and the command line write the same file.
 */
export async function renderPdf(document: ReportDocument, progress: Progress): Promise<Buffer> {
  const pdf = createPdf(document);
  const coverFigures = drawCover(pdf, document);
  const sections = document.sections.filter(
    (section, index) => !(coverFigures && index === firstFigures(document)),
  );
  const rows = sections.reduce(
    (sum, s) =>
      sum +
      (s.type === 'table'
        ? s.rows.length + (s.totals ? 1 : 0)
        : s.type === 'notes'
          ? s.entries.length
          : 0),
    0,
  );
  progress.phase('writing', rows);
  if (sections.length > 0) newPage(pdf);
  for (const section of sections) {
    sectionHeading(pdf, section.title, section.description, keepWithHeading(section));
    switch (section.type) {
      case 'figures':
        drawFigures(pdf, section, document.lang);
        break;
      case 'table':
        if (section.rows.length === 0) {
          mutedLine(pdf, section.emptyMessage ?? '—');
          break;
        }
        await drawTable(pdf, tableBlock(section), document.lang, progress);
        break;
      case 'chart':
        drawChart(pdf, section, document.lang);
        break;
      case 'map':
        drawMap(pdf, section, document.lang);
        break;
      case 'notes':
        await drawNotes(pdf, section, document.lang, () => progress.tick());
        break;
    }
    progress.check();
  }
  progress.phase('finishing', 0);
  writeFooters(pdf, document);
  return pdfBuffer(pdf);
}

function firstFigures(document: ReportDocument): number {
  return document.sections.findIndex((s) => s.type === 'figures');
}

/** How much of a section must fit under its heading, so a heading never ends a page alone. */
function keepWithHeading(section: ReportSection): number {
  switch (section.type) {
    case 'table':
      return section.rows.length === 0 ? 24 : 60;
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
