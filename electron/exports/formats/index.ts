import type { CsvSeparator, ExportFormat } from '../../../shared/reports/requests';
import type { BuiltReport } from '../../reports/types';
import type { Progress } from '../progress';

/** How a file is written besides its format. */
export interface RenderOptions {
  csvSeparator: CsvSeparator;
}

/**
 * STUB (owned by the file-formats helper): writes a built report in one format. Long work
 * reports to `progress` (which may throw ExportCancelled).
 */
export async function renderReport(
  _report: BuiltReport,
  _format: ExportFormat,
  _options: RenderOptions,
  _progress: Progress,
): Promise<Buffer> {
  throw new Error('not implemented yet');
}
