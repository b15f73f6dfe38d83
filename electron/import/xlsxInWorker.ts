import { Worker } from 'node:worker_threads';
import type { GridCell } from '../../shared/import/types';
import { DomainError } from '../core/errors';
import { importError } from './errors';
import type { ImportLimits } from './limits';
import { checkAborted, type ReadControl, type ReadProgress } from './progress';
import type { XlsxSheet } from './xlsx';
import type { XlsxWorkerInput } from './xlsxWorker';

type WorkerMessage =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'rows'; rows: GridCell[][] }
  | { type: 'done'; sheets: string[]; sheet: string; date1904: boolean }
  | {
      type: 'error';
      error: {
        code?: DomainError['code'];
        key?: string;
        message: string;
        params?: Record<string, string | number>;
      };
    };

/**
 * How the worker starts. In the bundled app its code is `xlsxWorker.cjs`, built beside
 * main.cjs. From the sources (tsx, the tests) it is the TypeScript file: a two-line script
 * registers tsx's loader in the new thread first, then imports it (a `--import tsx` flag is
 * not honoured for a worker's entry on Node 20).
 */
function startWorker(workerData: XlsxWorkerInput): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./xlsxWorker.cjs', here), { workerData });
  const entry = JSON.stringify(new URL('./xlsxWorker.ts', here).href);
  const script = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(script, { eval: true, workerData });
}

/**
 * Reads an XLSX workbook on a worker thread, so the main thread keeps answering while exceljs
 * parses: progress comes back as the worker reports it, the rows in chunks, and aborting the
 * signal stops the worker at once (it is terminated) with the `cancelled` refusal.
 */
export function readXlsxInWorker(
  bytes: Uint8Array,
  sheet: string | undefined,
  limits: ImportLimits,
  control: ReadControl = {},
): Promise<XlsxSheet> {
  checkAborted(control.signal);
  const worker = startWorker({ bytes, sheet, limits });
  const rows: GridCell[][] = [];
  return new Promise<XlsxSheet>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      control.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () =>
      finish(() => reject(importError('cancelled', 'The import was cancelled')));
    control.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          control.onProgress?.(message.progress);
          break;
        case 'rows':
          for (const row of message.rows) rows.push(row);
          break;
        case 'done':
          finish(() =>
            resolve({
              rows,
              sheets: message.sheets,
              sheet: message.sheet,
              date1904: message.date1904,
            }),
          );
          break;
        case 'error': {
          const { code, key, message: text, params } = message.error;
          const error =
            code && key
              ? new DomainError(code as 'rule', key, text, [], params ?? {})
              : new Error(text);
          finish(() => reject(error));
          break;
        }
      }
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`The workbook reader stopped (exit code ${code})`))),
    );
  });
}
