/**
 * The worker thread that reads an XLSX workbook (see `xlsxInWorker.ts`): exceljs parses a
 * sheet in one long synchronous stretch — seconds for 100,000 rows — which must not happen on
 * the thread that answers the window. Messages out: progress, the rows in chunks, then done
 * or the refusal. Message in: 'cancel'.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../core/errors';
import type { ImportLimits } from './limits';
import { readXlsx } from './xlsx';

/** Rows per message: each chunk is deserialized on the main thread in a short turn. */
const ROWS_PER_MESSAGE = 5_000;

export interface XlsxWorkerInput {
  bytes: Uint8Array;
  sheet: string | undefined;
  limits: ImportLimits;
}

async function main(): Promise<void> {
  const port = parentPort!;
  const { bytes, sheet, limits } = workerData as XlsxWorkerInput;
  const controller = new AbortController();
  port.on('message', (message) => {
    if (message === 'cancel') controller.abort();
  });
  try {
    const result = await readXlsx(bytes, sheet, limits, {
      signal: controller.signal,
      onProgress: (progress) => port.postMessage({ type: 'progress', progress }),
    });
    for (let start = 0; start < result.rows.length; start += ROWS_PER_MESSAGE)
      port.postMessage({ type: 'rows', rows: result.rows.slice(start, start + ROWS_PER_MESSAGE) });
    port.postMessage({
      type: 'done',
      sheets: result.sheets,
      sheet: result.sheet,
      date1904: result.date1904,
    });
  } catch (error) {
    const refusal =
      error instanceof DomainError
        ? { code: error.code, key: error.key, message: error.message, params: error.params }
        : { message: error instanceof Error ? error.message : String(error) };
    port.postMessage({ type: 'error', error: refusal });
  } finally {
    port.close();
  }
}

void main();
