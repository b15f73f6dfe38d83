import type { Worker } from 'node:worker_threads';
import type { ParsedImportRun } from '../../shared/schemas/imports';
import type { HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import { forgetClock } from '../core/hlc';
import { startWorkerThread } from '../core/workerThread';
import { markWrittenElsewhere } from '../core/writtenElsewhere';
import { importError } from '../import/errors';
import { checkAborted } from '../import/progress';
import type { RunControl, RunOutcome } from '../services/imports/run';
import type { ImportWorkerError, ImportWorkerInput, ImportWorkerMessage } from './importWorker';

/**
 * Runs an import on a worker thread (importWorker.ts) with its own connection to the same
 * database file, so the main thread keeps answering the window — lists, searches, the job's
 * progress and its Stop button — for the whole import, the write included. Same contract as
 * `runImport`: the outcome, or the refusal; a cancel during the write rolls the whole
 * transaction back, and the promise settles only once the worker has closed its connection.
 *
 * While the worker lives, this thread's writes to the file are refused at once
 * (`core/writtenElsewhere.ts`: "an import is being saved") instead of waiting for its lock.
 * After it wrote, what this thread caches about the file is refreshed: the team clock the
 * worker's outbox marks advanced. Statements and the change feed need nothing: the statements
 * read the file as it now is, and the change events come back in the outcome (jobs.ts hands
 * them to the screens).
 */

export interface WorkerRunControl extends RunControl {
  /** Tests only: the worker once started (to end it abruptly), and a fault to inject into it. */
  onWorker?: (worker: Worker) => void;
  fault?: ImportWorkerInput['fault'];
  /** Tests only: the worker's heap limit instead of the one the file's size gives. */
  heapLimitMb?: number;
}

/** How long a worker asked to stop may take to roll back before it is ended outright. */
const STOP_GRACE_MS = 10_000;

function rebuildError(error: ImportWorkerError): Error {
  if (error.code && error.key)
    return new DomainError(error.code, error.key, error.message, [], error.params ?? {});
  return Object.assign(
    new Error(error.message),
    error.sqliteCode ? { code: error.sqliteCode } : {},
  );
}

const MB = 1024 * 1024;

/**
 * The most the import's worker may hold (V8's old generation, MB). A text file's rows cost some
 * 35 MB of heap per MB of file at their peak (measured: 250,000 rows, 29 MB, imported within
 * 1,280 MB; refused at 512), so the limit follows the file and V8 collects before it grows into
 * what it would otherwise keep (100,000 rows: 0.81 GB peak RSS instead of 1.13 GB). A workbook
 * is compressed: its size says little of its rows, so it gets the ceiling. Past the limit the
 * worker alone ends (`ERR_WORKER_OUT_OF_MEMORY`) and the import is refused with a clear
 * message, where an unlimited worker would take the whole process down.
 */
export function importHeapLimitMb(bytes: Uint8Array): number {
  const ceiling = 2_048;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip) return ceiling;
  return Math.min(ceiling, Math.max(768, Math.ceil(256 + (40 * bytes.length) / MB)));
}

/** The refusal of an import whose worker reached its memory limit. */
function outOfMemory(): DomainError {
  return new DomainError(
    'conflict',
    'errors.import.outOfMemory',
    'The file needs more memory than an import may take; nothing was imported',
  );
}

/** The refusal of a worker that ended without answering (killed, out of memory, a crash). */
function writerStopped(exitCode: number): DomainError {
  return new DomainError(
    'conflict',
    'errors.import.writerStopped',
    `The import stopped before it finished (worker exit code ${exitCode}); nothing was saved`,
    [],
    { exitCode },
  );
}

export function runImportInWorker(
  target: Pick<HandlerContext, 'db' | 'dataDir'>,
  file: { name: string; bytes: Uint8Array },
  request: ParsedImportRun,
  control: WorkerRunControl = {},
): Promise<RunOutcome> {
  checkAborted(control.signal);
  const { db } = target;
  const { signal } = control;
  const stop = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const input: ImportWorkerInput = {
    databaseFile: db.name,
    dataDir: target.dataDir,
    file: { name: file.name, bytes: file.bytes },
    request,
    backup: control.backup !== false,
    stop,
    ...(control.grid ? { grid: control.grid } : {}),
    ...(control.fault ? { fault: control.fault } : {}),
  };
  const release = markWrittenElsewhere(db);
  let worker: Worker;
  try {
    worker = startWorkerThread(
      import.meta.url,
      { source: './importWorker.ts', bundled: 'importWorker.cjs' },
      input,
      { maxOldGenerationSizeMb: control.heapLimitMb ?? importHeapLimitMb(file.bytes) },
    );
  } catch (error) {
    release();
    throw error;
  }
  control.onWorker?.(worker);

  return new Promise<RunOutcome>((resolve, reject) => {
    let settled = false;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      clearTimeout(grace);
      release();
      // Whatever the worker wrote is committed or rolled back by now; main reads the file afresh.
      forgetClock(db);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => {
      Atomics.store(stop, 0, 1);
      worker.postMessage('cancel');
      grace = setTimeout(() => void worker.terminate(), STOP_GRACE_MS);
      grace.unref?.();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: ImportWorkerMessage) => {
      switch (message.type) {
        case 'progress':
          control.onProgress?.(message.progress);
          break;
        case 'done':
          finish(() => resolve(message.outcome));
          break;
        case 'error':
          finish(() => reject(rebuildError(message.error)));
          break;
      }
    });
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          signal?.aborted
            ? cancelled()
            : error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? outOfMemory()
              : error,
        ),
      ),
    );
    worker.on('exit', (code) =>
      finish(() => reject(signal?.aborted ? cancelled() : writerStopped(code))),
    );
  });
}

function cancelled(): DomainError {
  return importError('cancelled', 'The import was cancelled');
}
