import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import {
  FORMAT_FILES,
  defaultCsvSeparator,
  type ExportDownload,
  type ExportStatus,
  type ParsedExportStart,
  type ParsedReportView,
} from '../../shared/reports/requests';
import type { HandlerContext } from '../core/context';
import { toAppError } from '../core/errors';
import type { BuiltReport } from '../reports/types';
import { DomainError } from '../core/errors';
import { localDay } from '../services/overview/overview';
import type { RenderOptions } from './formats/index';
import { fileNameOf, provisionalStem } from './fileNames';
import { ExportCancelled, createProgress, type Progress } from '../core/progress';
import { checkTarget, writeFileAtomically } from './target';

/** What a job is made of: the report builder, the format writers and a clock, injectable for tests. */
export interface ExportDeps {
  /** Builds the report, reporting its reading to `progress` (which may throw `ExportCancelled`). */
  build(ctx: HandlerContext, view: ParsedReportView, progress: Progress): BuiltReport | Promise<BuiltReport>;
  render(
    report: BuiltReport,
    format: ParsedExportStart['format'],
    options: RenderOptions,
    progress: Progress,
  ): Promise<Buffer>;
  /** Milliseconds, for forgetting old jobs. */
  now(): number;
}

/** How many exports may run at once: each holds a whole document and file in memory. */
export const MAX_RUNNING_JOBS = 3;
/** How long a finished job (and an unclaimed download) is kept. */
export const KEEP_FINISHED_MS = 10 * 60_000;
/** How many finished jobs are kept at most, whatever their age. */
const MAX_FINISHED_JOBS = 20;

interface Job {
  status: ExportStatus;
  controller: AbortController;
  /** The finished file of a download job, until handed over. */
  bytes?: Buffer;
  finishedAt?: number;
  /** Resolves with the final status; never rejects. */
  settled: Promise<ExportStatus>;
}

/** The export jobs of one process: start, follow, cancel, collect. */
export interface ExportJobs {
  /**
   * `replaceAnyFile`: the command line's `--force` (the user typed the path); the app's doors
   * replace only files Accords wrote.
   */
  start(ctx: HandlerContext, request: ParsedExportStart, options?: { replaceAnyFile?: boolean }): ExportStatus;
  status(jobId: string): ExportStatus;
  cancel(jobId: string): ExportStatus;
  takeDownload(jobId: string): ExportDownload;
  /** Waits for a job to end (done, failed or cancelled): the command line's way to follow one. */
  wait(jobId: string): Promise<ExportStatus>;
}

/** A job registry over the given builder and writers. */
export function createExportJobs(deps: ExportDeps): ExportJobs {
  const jobs = new Map<string, Job>();

  const find = (jobId: string): Job => {
    forgetOld();
    const job = jobs.get(jobId);
    if (!job)
      throw new DomainError(
        'not_found',
        'errors.reports.jobNotFound',
        `Export ${jobId} not found`,
        [],
        { id: jobId },
      );
    return job;
  };

  // Swept on every call rather than on a timer, so no timer keeps the command line alive.
  const forgetOld = () => {
    const finished = [...jobs.entries()].filter(([, job]) => job.finishedAt !== undefined);
    const tooOld = deps.now() - KEEP_FINISHED_MS;
    finished.forEach(([id, job], index) => {
      if (job.finishedAt! < tooOld || index < finished.length - MAX_FINISHED_JOBS) jobs.delete(id);
    });
  };

  const end = (job: Job, changes: Partial<ExportStatus>) => {
    Object.assign(job.status, changes);
    job.finishedAt = deps.now();
  };

  async function run(
    job: Job,
    ctx: HandlerContext,
    request: ParsedExportStart,
    today: string,
    ledgerDir: string | null,
  ): Promise<ExportStatus> {
    const { status, controller } = job;
    const signal = controller.signal;
    try {
      // Answer the start call first: the work begins on the next turn of the event loop.
      await new Promise<void>((resume) => setImmediate(resume));
      if (signal.aborted) throw new ExportCancelled();
      const progress = createProgress(signal, (state) => {
        if (status.state === 'running') Object.assign(status, state);
      });
      // Large lists are read in chunks, yielding between them: status and cancel keep answering.
      const report = await deps.build(ctx, { request: request.request, lang: request.lang, today }, progress);
      progress.check();
      status.fileName = fileNameOf(report.document.fileStem, request.format);
      const options: RenderOptions = {
        csvSeparator: request.csvSeparator ?? defaultCsvSeparator(request.lang),
      };
      const bytes = await deps.render(report, request.format, options, progress);
      progress.check();
      status.phase = 'finishing';
      if (request.target.kind === 'file') {
        const file = resolve(request.target.file);
        await writeFileAtomically(file, bytes, { overwrite: request.target.overwrite, ledgerDir, signal });
        end(job, { state: 'done', bytes: bytes.length, file });
      } else {
        job.bytes = bytes;
        end(job, { state: 'done', bytes: bytes.length });
      }
    } catch (error) {
      if (status.state === 'running') {
        if (error instanceof ExportCancelled || signal.aborted) end(job, { state: 'cancelled' });
        else end(job, { state: 'failed', error: toAppError(error) });
      }
    }
    return { ...status };
  }

  return {
    start(ctx, request, options = {}) {
      forgetOld();
      // A dialog's handle is turned into its path at the desktop's door; one that got this far
      // was never given by main (the preview, a script): refused like a spent one.
      if (request.target.kind === 'chosen') {
        throw new DomainError('rule', 'errors.files.handleUnknown', 'File handle refused: not known here');
      }
      const ledgerDir = options.replaceAnyFile ? null : ctx.dataDir;
      // Refused before a job exists: nothing runs, nothing is written.
      if (request.target.kind === 'file')
        checkTarget(resolve(request.target.file), { overwrite: request.target.overwrite, ledgerDir });
      const running = [...jobs.values()].filter((job) => job.status.state === 'running').length;
      if (running >= MAX_RUNNING_JOBS) {
        throw new DomainError(
          'conflict',
          'errors.reports.tooManyJobs',
          `${running} exports are already running; wait for one to finish`,
          [],
          {
            max: MAX_RUNNING_JOBS,
          },
        );
      }
      const today = request.today ?? localDay();
      const jobId = randomUUID();
      const status: ExportStatus = {
        jobId,
        state: 'running',
        phase: 'reading',
        done: 0,
        total: 0,
        fileName: fileNameOf(provisionalStem(request.request, today), request.format),
        mime: FORMAT_FILES[request.format].mime,
      };
      const job: Job = {
        status,
        controller: new AbortController(),
        settled: Promise.resolve(status),
      };
      jobs.set(jobId, job);
      job.settled = run(job, ctx, request, today, ledgerDir);
      return { ...status };
    },

    status(jobId) {
      return { ...find(jobId).status };
    },

    cancel(jobId) {
      const job = find(jobId);
      // A finished job is left as it is: cancelling it is harmless.
      if (job.status.state === 'running') {
        job.controller.abort();
        end(job, { state: 'cancelled' });
      }
      return { ...job.status };
    },

    takeDownload(jobId) {
      const job = find(jobId);
      if (job.status.state === 'running') {
        throw new DomainError(
          'conflict',
          'errors.reports.jobNotFinished',
          `Export ${jobId} has not finished yet`,
          [],
          { id: jobId },
        );
      }
      if (!job.bytes) {
        const why =
          job.status.error?.message ??
          (job.status.file
            ? `it was written to ${job.status.file}`
            : `it ended ${job.status.state}`);
        throw new DomainError(
          'not_found',
          'errors.reports.jobNotFound',
          `Export ${jobId} has no download: ${why}`,
          [],
          { id: jobId },
        );
      }
      jobs.delete(jobId);
      return {
        fileName: job.status.fileName,
        mime: job.status.mime,
        base64: job.bytes.toString('base64'),
      };
    },

    wait(jobId) {
      return find(jobId).settled;
    },
  };
}
