import type {
  ExportDownload,
  ExportStatus,
  ParsedExportStart,
} from '../../shared/reports/requests';
import type { HandlerContext } from '../core/context';
import { buildReportAsync } from '../reports/view';
import { renderReport } from './formats/index';
import { createExportJobs } from './jobRegistry';

/**
 * The export jobs of this process (the desktop app, the preview or one command line), over the
 * real report builder and format writers. Tests make their own with `createExportJobs`.
 */
const jobs = createExportJobs({ build: buildReportAsync, render: renderReport, now: () => Date.now() });

/**
 * `exports:start`: checks the target (a missing folder, an existing file without overwrite are
 * refused before anything runs), then answers at once with the running job's status while the
 * report is built, rendered and written in the background.
 */
export function startExport(
  ctx: HandlerContext,
  request: ParsedExportStart,
  options?: { replaceAnyFile?: boolean },
): ExportStatus {
  return jobs.start(ctx, request, options);
}

/** `exports:status`: where a job stands. */
export function exportStatus(jobId: string): ExportStatus {
  return jobs.status(jobId);
}

/** `exports:cancel`: stops a running job (nothing is written); harmless on a finished one. */
export function cancelExport(jobId: string): ExportStatus {
  return jobs.cancel(jobId);
}

/** `exports:download`: a finished download job's file, handed over once; the job is then forgotten. */
export function takeDownload(jobId: string): ExportDownload {
  return jobs.takeDownload(jobId);
}

/** Resolves when a job ends, with its final status (the command line waits on it). */
export function waitForExport(jobId: string): Promise<ExportStatus> {
  return jobs.wait(jobId);
}
