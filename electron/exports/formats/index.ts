import type { CsvSeparator, ExportFormat } from '../../../shared/reports/requests';
import type { BuiltReport } from '../../reports/types';
import { DomainError } from '../../core/errors';
import type { Progress } from '../../core/progress';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { renderIcs } from './ics';
import { renderJson } from './json';
import { renderPdf } from './pdf';
import { renderXlsx } from './xlsx';

/** How a file is written besides its format. */
export interface RenderOptions {
  csvSeparator: CsvSeparator;
}

/**
 * Writes a built report in one format. Long work reports to `progress` (`writing` with the
 * number of rows, then `finishing`), which throws ExportCancelled once the job is cancelled.
 */
export async function renderReport(
  report: BuiltReport,
  format: ExportFormat,
  options: RenderOptions,
  progress: Progress,
): Promise<Buffer> {
  const { document } = report;
  switch (format) {
    case 'csv':
      return renderCsv(document, options.csvSeparator, progress);
    case 'xlsx':
      return renderXlsx(document, progress);
    case 'pdf':
      return renderPdf(document, progress);
    case 'docx':
      return renderDocx(document, progress);
    case 'ics':
      // An empty calendar is no use to anyone: say why instead of writing one.
      if (document.events.length === 0)
        throw new DomainError(
          'rule',
          'errors.reports.noCalendarEvents',
          'This report has nothing dated (action, follow-up or anniversary) to put in a calendar.',
        );
      progress.phase('finishing', 0);
      return renderIcs(document);
    case 'json':
      progress.phase('finishing', 0);
      return renderJson(report);
  }
}
