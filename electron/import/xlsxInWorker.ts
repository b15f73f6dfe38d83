import type { GridCell } from '../../shared/import/types';
import { DomainError } from '../core/errors';
import { startWorkerThread } from '../core/workerThread';
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
  const input: XlsxWorkerInput = { bytes, sheet, limits };
  const worker = startWorkerThread(
    import.meta.url,
    { source: './xlsxWorker.ts', bundled: 'xlsxWorker.cjs' },
    input,
  );
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
