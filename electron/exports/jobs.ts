import type { ExportDownload, ExportStatus, ParsedExportStart } from '../../shared/reports/requests';
import type { HandlerContext } from '../ipc/dispatch';

/** STUB (owned by the delivery helper). */
export function startExport(_ctx: HandlerContext, _request: ParsedExportStart): ExportStatus {
  throw new Error('not implemented yet');
}
export function exportStatus(_jobId: string): ExportStatus {
  throw new Error('not implemented yet');
}
export function cancelExport(_jobId: string): ExportStatus {
  throw new Error('not implemented yet');
}
export function takeDownload(_jobId: string): ExportDownload {
  throw new Error('not implemented yet');
}
