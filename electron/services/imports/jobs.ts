import { randomUUID } from 'node:crypto';
import type { Change } from '../../../shared/ipc/changes';
import type { ImportJobStatus, ParsedImportRun } from '../../../shared/schemas/imports';
import { reportChanges } from '../../core/changes';
import type { HandlerContext } from '../../core/context';
import { DomainError, toAppError } from '../../core/errors';
import { isImportError } from '../../import/errors';
import type { RejectedRows } from './rejected';
import { runImport, type RunControl, type RunOutcome } from './run';

/**
 * The import jobs of one process. A job answers its start call at once and runs on later turns
 * of the event loop; `imports:status` follows it and `imports:cancel` stops it. Who runs it is
 * the caller's choice: the app's doors hand it to a worker thread (electron/workers/
 * importInWorker.ts), which writes on its own connection and can be stopped mid-write (the
 * whole transaction rolled back); by default it runs on this thread, where the write is one
 * synchronous transaction that nothing interrupts.
 *
 * Change events: the job writes outside any IPC call, so what it wrote is handed to the first
 * status call after it ended, which puts it into its own envelope; the screens refresh then.
 * The team outbox was marked inside the import's transaction, so nothing is marked again.
 */

/** Runs one import: `runImport` itself, or the same on a worker thread. */
export type ImportRunner = (
  target: HandlerContext,
  file: { name: string; bytes: Uint8Array },
  request: ParsedImportRun,
  control: RunControl,
) => Promise<RunOutcome>;

/** How long a finished job (its report and rejected rows) is kept. */
const KEEP_FINISHED_MS = 30 * 60_000;
/** Only one import writes at a time. */
const MAX_RUNNING = 1;

interface Job {
  status: ImportJobStatus;
  controller: AbortController;
  fileName: string;
  rejected?: RejectedRows;
  pendingChanges: Change[];
  finishedAt?: number;
  settled: Promise<ImportJobStatus>;
}

const jobs = new Map<string, Job>();

function forgetOld(): void {
  const tooOld = Date.now() - KEEP_FINISHED_MS;
  for (const [id, job] of jobs) if (job.finishedAt !== undefined && job.finishedAt < tooOld) jobs.delete(id);
}

function find(jobId: string): Job {
  forgetOld();
  const job = jobs.get(jobId);
  if (!job) throw new DomainError('not_found', 'import.errors.jobNotFound', `Import job ${jobId} not found`, [], { id: jobId });
  return job;
}

/** Starts an import job on a file's bytes. */
export function startImportJob(
  ctx: HandlerContext,
  file: { name: string; bytes: Uint8Array },
  request: ParsedImportRun,
  options: Pick<RunControl, 'inProcess' | 'backup'> & { run?: ImportRunner } = {},
): ImportJobStatus {
  const { run: runner = runImport, ...control } = options;
  forgetOld();
  const running = [...jobs.values()].filter((job) => job.status.state === 'running').length;
  if (running >= MAX_RUNNING)
    throw new DomainError('conflict', 'import.errors.busy', 'Another import is running; wait for it to finish');
  const jobId = randomUUID();
  const job: Job = {
    status: { jobId, state: 'running', phase: 'reading', done: 0, total: 0, dryRun: request.dryRun },
    controller: new AbortController(),
    fileName: file.name,
    pendingChanges: [],
    settled: Promise.resolve({} as ImportJobStatus),
  };
  jobs.set(jobId, job);
  const run = async (): Promise<ImportJobStatus> => {
    const { status, controller } = job;
    try {
      await new Promise<void>((resume) => setImmediate(resume));
      const outcome = await runner(ctx, file, request, {
        ...control,
        signal: controller.signal,
        onProgress: (progress) => {
          if (status.state === 'running') Object.assign(status, progress);
        },
      });
      job.rejected = outcome.rejected;
      job.pendingChanges = outcome.changes;
      Object.assign(status, { state: 'done', result: outcome.result, phase: 'finishing' });
    } catch (error) {
      if (status.state === 'running') {
        if (controller.signal.aborted || isImportError(error, 'cancelled')) status.state = 'cancelled';
        else Object.assign(status, { state: 'failed', error: toAppError(error) });
      }
    }
    job.finishedAt = Date.now();
    return { ...status };
  };
  job.settled = run();
  return { ...job.status };
}

/**
 * Where a job stands. The first call after it wrote something puts its changes into the
 * current call's envelope (see above).
 */
export function importJobStatus(ctx: HandlerContext, jobId: string): ImportJobStatus {
  const job = find(jobId);
  reportChanges(ctx.db, job.pendingChanges.splice(0));
  return { ...job.status };
}

/**
 * Asks a running job to stop. It ends `cancelled` once what it wrote is rolled back (a worker
 * answers between two rows); until then its status still says `running`.
 */
export function cancelImportJob(jobId: string): ImportJobStatus {
  const job = find(jobId);
  if (job.status.state === 'running') job.controller.abort();
  return { ...job.status };
}

/** Waits for a job to end: the command line's and the tests' way to follow one. */
export function waitForImportJob(jobId: string): Promise<ImportJobStatus> {
  return find(jobId).settled;
}

/** A finished job's rejected rows and report, for their CSV. */
export function jobRejected(jobId: string): { fileName: string; rejected: RejectedRows; status: ImportJobStatus } {
  const job = find(jobId);
  if (job.status.state !== 'done' || !job.rejected)
    throw new DomainError('conflict', 'import.errors.jobNotFinished', `Import job ${jobId} has not finished`, [], { id: jobId });
  return { fileName: job.fileName, rejected: job.rejected, status: job.status };
}

/**
 * Stops every running job (the app or the preview closing): what a worker was writing is rolled
 * back. Resolves once they have ended, or after `waitMs` at the most.
 */
export async function stopImportJobs(waitMs = 10_000): Promise<void> {
  const running = [...jobs.values()].filter((job) => job.status.state === 'running');
  for (const job of running) job.controller.abort();
  if (running.length === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  await Promise.race([Promise.all(running.map((job) => job.settled)), limit]);
  clearTimeout(timer);
}
