import { importError } from './errors';

/** Where a read stands: the phase, and rows (or bytes) done out of a total when known. */
export interface ReadProgress {
  phase: 'decoding' | 'unzipping' | 'parsing' | 'cells';
  done: number;
  total: number;
}

/** What a long read is given: a cancel signal, a progress callback, how often to yield. */
export interface ReadControl {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

/** Throws the import's `cancelled` refusal once the signal is aborted. */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw importError('cancelled', 'The import was cancelled');
}

/** Gives the event loop a turn (IPC, the preview's answers, a Cancel click) between chunks. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
