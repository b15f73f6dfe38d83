import type { CsvSeparator, ExportFormat } from '../../../shared/reports/requests';
import type { CalendarEvent } from '../../../shared/reports/document';
import type { BuiltReport } from '../../reports/types';
import { DomainError } from '../../core/errors';
import type { Progress } from '../../core/progress';
import { memorySink, put, type ExportSink } from '../sink';

// Each format's writer is loaded when a file of that format is first asked for: exceljs,
// pdfkit with fontkit, docx and the rasteriser are megabytes of code the process would
// otherwise compile and keep in memory from its start, whatever it exports (if anything).
const loadCsv = () => import('./csv');
const loadXlsx = () => import('./xlsx');
const loadPdf = () => import('./pdf');
const loadDocx = () => import('./docx');
const loadIcs = () => import('./ics');
const loadJson = () => import('./json');

/** How a file is written besides its format. */
export interface RenderOptions {
  csvSeparator: CsvSeparator;
}

/**
 * Writes a built report in one format into `out`, as it is made. Long work reports to
 * `progress` (`writing` with the number of rows, then `finishing`), which throws
 * ExportCancelled once the job is cancelled. A paged list (`report.paged`) is read as it is
 * written; only JSON, which writes every typed row, gathers it first.
 */
export async function writeReport(
  report: BuiltReport,
  format: ExportFormat,
  options: RenderOptions,
  progress: Progress,
  out: ExportSink,
): Promise<void> {
  const { document, paged } = report;
  switch (format) {
    case 'csv':
      return (await loadCsv()).renderCsv(document, options.csvSeparator, progress, out, paged);
    case 'xlsx':
      return (await loadXlsx()).renderXlsx(document, progress, out, paged);
    case 'pdf':
      return (await loadPdf()).renderPdf(document, progress, out, paged);
    case 'docx':
      return (await loadDocx()).renderDocx(document, progress, out, paged);
    case 'ics': {
      // A calendar needs only the dated rows' entries, never the table; a paged report gives
      // every entry itself, page by page.
      const events: CalendarEvent[] = paged ? [] : [...document.events];
      if (paged) for (const page of paged.events()) for (const event of page) events.push(event);
      // An empty calendar is no use to anyone: say why instead of writing one.
      if (events.length === 0)
        throw new DomainError(
          'rule',
          'errors.reports.noCalendarEvents',
          'This report has nothing dated (action, follow-up or anniversary) to put in a calendar.',
        );
      progress.phase('finishing', 0);
      return put(out, (await loadIcs()).renderIcs({ ...document, events }));
    }
    case 'json':
      progress.phase('finishing', 0);
      return put(out, (await loadJson()).renderJson(paged ? paged.gather() : report));
  }
}

/** The same file in memory: for downloads of small reports and for tests. */
export async function renderReport(
  report: BuiltReport,
  format: ExportFormat,
  options: RenderOptions,
  progress: Progress,
): Promise<Buffer> {
  const memory = memorySink();
  await writeReport(report, format, options, progress, memory.sink);
  return memory.bytes();
}
