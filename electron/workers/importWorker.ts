/**
 * The worker thread that runs one import (see `importInWorker.ts`): its own connection to the
 * data folder's database, then `runImport` exactly as on the main thread — read, check, plan,
 * backup, and the write in one transaction — so the thread that answers the window never holds
 * the write. Messages out: progress (throttled), then the outcome or the refusal. In: 'cancel',
 * answered between chunks while reading and checking; while writing (one synchronous
 * transaction, no message can arrive) the shared `stop` flag is read after every row instead,
 * and the transaction is rolled back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportGrid } from '../../shared/import/types';
import type { ImportJobStatus, ParsedImportRun } from '../../shared/schemas/imports';
import { DomainError } from '../core/errors';
import { openDatabase } from '../db/open';
import { backupTakerFor } from '../safety/schedule';
import { runImport, type RunOutcome } from '../services/imports/run';

export interface ImportWorkerInput {
  databaseFile: string;
  dataDir: string;
  file: { name: string; bytes: Uint8Array };
  request: ParsedImportRun;
  /** Take the automatic backup before writing. */
  backup: boolean;
  /** The file already read (the command line reads it once to find its mapping). */
  grid?: ImportGrid;
  /** Shared with the main thread: its first cell turns 1 when the import is to stop. */
  stop: Int32Array;
  /**
   * Tests only: once this many rows are written (or, `at: 'backup'`, once the plan is made,
   * before the backup), fail on purpose (a throw, or the thread's end), or wait — inside the
   * open transaction while writing — until `gate[0]` turns non-zero; or hold ever more memory
   * (`allocate`) until the worker reaches its heap limit.
   */
  fault?: {
    at?: 'backup' | 'writing';
    afterRows: number;
    how: 'throw' | 'exit' | 'pause' | 'allocate';
    gate?: Int32Array;
  };
}

export type ImportWorkerProgress = Pick<ImportJobStatus, 'phase' | 'done' | 'total'>;

/** A refusal or a failure, as it crosses to the main thread (an Error's class does not). */
export interface ImportWorkerError {
  code?: DomainError['code'];
  key?: string;
  message: string;
  params?: Record<string, string | number>;
  /** SQLite's code (SQLITE_FULL…), so the main thread answers the same sentence. */
  sqliteCode?: string;
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportWorkerProgress }
  | { type: 'done'; outcome: RunOutcome }
  | { type: 'error'; error: ImportWorkerError };

/** At most one progress message per this many ms (a 100,000-row write calls back per row). */
const PROGRESS_EVERY_MS = 100;

function describeError(error: unknown): ImportWorkerError {
  if (error instanceof DomainError)
    return { code: error.code, key: error.key, message: error.message, params: error.params };
  const code = (error as { code?: unknown } | null)?.code;
  return {
    message: error instanceof Error ? error.message : String(error),
    ...(typeof code === 'string' && code.startsWith('SQLITE_') ? { sqliteCode: code } : {}),
  };
}

function injectFault(
  fault: NonNullable<ImportWorkerInput['fault']>,
  progress: ImportWorkerProgress,
): void {
  if (fault.how === 'exit') process.exit(70);
  if (fault.how === 'throw') throw new Error(`Fault injected after ${progress.done} rows`);
  if (fault.how === 'allocate') {
    const held: number[][] = [];
    for (;;) held.push(Array.from({ length: 100_000 }, (_, i) => i + held.length));
  }
  // Paused once; the progress of the row it paused at is posted first, so the test sees it.
  if (fault.gate && Atomics.load(fault.gate, 0) === 0) {
    parentPort!.postMessage({ type: 'progress', progress } satisfies ImportWorkerMessage);
    Atomics.wait(fault.gate, 0, 0);
  }
}

async function main(): Promise<void> {
  const port = parentPort!;
  const input = workerData as ImportWorkerInput;
  const controller = new AbortController();
  const stopAsked = () => {
    if (Atomics.load(input.stop, 0) === 1) controller.abort();
  };
  port.on('message', (message) => {
    if (message === 'cancel') controller.abort();
  });
  let last = 0;
  let lastPhase = '';
  const onProgress = (progress: ImportWorkerProgress) => {
    const { fault } = input;
    if (fault && progress.phase === (fault.at ?? 'writing') && progress.done >= fault.afterRows)
      injectFault(fault, progress);
    stopAsked();
    const now = Date.now();
    if (
      progress.phase === lastPhase &&
      progress.done < progress.total &&
      now - last < PROGRESS_EVERY_MS
    )
      return;
    last = now;
    lastPhase = progress.phase;
    port.postMessage({ type: 'progress', progress } satisfies ImportWorkerMessage);
  };

  let message: ImportWorkerMessage;
  try {
    const db = openDatabase(input.databaseFile);
    try {
      const outcome = await runImport(
        { db, dataDir: input.dataDir, takeBackup: backupTakerFor({ db, dataDir: input.dataDir }) },
        input.file,
        input.request,
        {
          inProcess: true,
          backup: input.backup,
          signal: controller.signal,
          onProgress,
          ...(input.grid ? { grid: input.grid } : {}),
        },
      );
      message = { type: 'done', outcome };
    } finally {
      // Closed before the answer leaves: once the main thread hears it, nothing holds the file.
      db.close();
    }
  } catch (error) {
    message = { type: 'error', error: describeError(error) };
  }
  port.postMessage(message);
  port.close();
}

void main();
