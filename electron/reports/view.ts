import type { ReportDocument } from '../../shared/reports/document';
import type { ParsedReportView } from '../../shared/reports/requests';
import type { Progress } from '../core/progress';
import type { HandlerContext } from '../core/context';
import { annualDocument, annualLongParts, computeAnnual } from './annual';
import { pagedReport, SCREEN_ROWS } from './longParts';
import { anniversariesDocument, computeAnniversaries } from './anniversaries';
import { reportContext } from './context';
import { withReaderLanguage } from '../db/functions';
import { actionsListDocument, computeActionsList } from './actionsList';
import { pagedActionsList } from './pagedActions';
import { agreementsListData, agreementsListDocument, computeAgreementsList } from './agreementsList';
import { computeDormant, dormantDocument } from './dormant';
import { computeMap, mapDocument } from './map';
import { computePartner, partnerDocument, partnerLongParts } from './partner';
import { computeTheme, themeDocument, themeLongParts } from './theme';
import { readAgreements } from './readLists';
import { computeTimeline, timelineDocument } from './timeline';
import type { BuiltReport, ReportContext } from './types';

/**
 * Builds the report a request names: its typed data (read-only SQL) and the document worded in
 * the reader's language. The screens, every export format and the command line use this.
 */
export function buildReport(ctx: HandlerContext, view: ParsedReportView): BuiltReport {
  const rctx = reportContext(ctx.db, view.lang, view.today);
  // City names in the report's language, whatever the interface speaks.
  return withReaderLanguage(ctx.db, view.lang, () => build(rctx, view.request));
}

/**
 * The same report as `buildReport`, for exports: the register is read in chunks that report to
 * `progress` and yield between them, so the main process keeps answering and a cancel stops the
 * read (`ExportCancelled`); the actions list, which may hold 100,000 rows, is paged (`paged`:
 * its rows are read as the file is written). The other reports take a few hundred
 * milliseconds and are built at once.
 */
export async function buildReportAsync(ctx: HandlerContext, view: ParsedReportView, progress: Progress): Promise<BuiltReport> {
  const rctx = reportContext(ctx.db, view.lang, view.today);
  const { request } = view;
  switch (request.report) {
    case 'agreements': {
      const filter = { ...request.filter, lang: rctx.lang };
      const rows = await readAgreements(rctx.db, filter, progress, rctx.lang);
      return built(agreementsListData(filter, rows, rctx.today), agreementsListDocument, rctx);
    }
    case 'actions':
      // Only the ids now: the rows are read page by page as the file is written, so no step
      // holds 100,000 of them (the writers count the rows as they go).
      progress.phase('reading', 0);
      return pagedActionsList(rctx, request.filter);
    case 'annual':
    case 'theme':
    case 'partner':
      // The figures and the first rows now; every action and note as the file is written.
      progress.phase('reading', 0);
      return withReaderLanguage(rctx.db, rctx.lang, () => pagedScopeReport(rctx, request));
    default:
      progress.phase('reading', 0);
      return withReaderLanguage(rctx.db, rctx.lang, () => build(rctx, request));
  }
}

type ScopeRequest = Extract<ParsedReportView['request'], { report: 'annual' | 'theme' | 'partner' }>;

/** A report of a scope of actions for an export: its long parts paged (see longParts.ts). */
function pagedScopeReport(rctx: ReportContext, request: ScopeRequest): BuiltReport {
  const { db, today } = rctx;
  // JSON writes every typed row: the whole report, built when asked, in the report's language.
  const gather = () => withReaderLanguage(db, rctx.lang, () => build(rctx, request, 'all'));
  switch (request.report) {
    case 'annual': {
      const data = computeAnnual(db, request, today);
      return pagedReport(rctx, built(data, annualDocument, rctx), annualLongParts(db, data, today), gather);
    }
    case 'theme': {
      const data = computeTheme(db, request);
      return pagedReport(rctx, built(data, themeDocument, rctx), themeLongParts(db, data), gather);
    }
    case 'partner': {
      const data = computePartner(db, request, today);
      return pagedReport(rctx, built(data, partnerDocument, rctx), partnerLongParts(db, data, rctx), gather);
    }
  }
}

function built<D>(data: D, document: (data: D, rctx: ReportContext) => ReportDocument, rctx: ReportContext): BuiltReport<D> {
  return { data, document: document(data, rctx) };
}

/** A report with its long parts' first rows (the screen), or every row (`'all'`: JSON, tests). */
function build(rctx: ReportContext, request: ParsedReportView['request'], rows: number | 'all' = SCREEN_ROWS): BuiltReport {
  const { db, today } = rctx;
  switch (request.report) {
    case 'annual':
      return built(computeAnnual(db, request, today, rows), annualDocument, rctx);
    case 'timeline':
      return built(computeTimeline(db, request), timelineDocument, rctx);
    case 'anniversaries':
      return built(computeAnniversaries(db, request), anniversariesDocument, rctx);
    case 'partner':
      return built(computePartner(db, request, today, rows), partnerDocument, rctx);
    case 'theme':
      return built(computeTheme(db, request, rows), themeDocument, rctx);
    case 'dormant':
      return built(computeDormant(db, request, today), dormantDocument, rctx);
    case 'map':
      return built(computeMap(db, request), mapDocument, rctx);
    case 'agreements':
      // Partner names shown and sorted in the report's language, whatever the screen's was.
      return built(computeAgreementsList(db, { ...request, filter: { ...request.filter, lang: rctx.lang } }, today), agreementsListDocument, rctx);
    case 'actions':
      return built(computeActionsList(db, request), actionsListDocument, rctx);
  }
}

/** `reports:view`: the document a report screen shows. */
export function viewReport(ctx: HandlerContext, view: ParsedReportView): ReportDocument {
  return buildReport(ctx, view).document;
}
