import type { ReportDocument } from '../../shared/reports/document';
import type { ParsedReportView } from '../../shared/reports/requests';
import type { HandlerContext } from '../ipc/dispatch';
import type { BuiltReport } from './types';

/** STUB (owned by the report-data helper): builds the report a request names. */
export function buildReport(_ctx: HandlerContext, _view: ParsedReportView): BuiltReport {
  throw new Error('not implemented yet');
}

/** `reports:view`: the document a report screen shows. */
export function viewReport(ctx: HandlerContext, view: ParsedReportView): ReportDocument {
  return buildReport(ctx, view).document;
}
