import { Worker, type ResourceLimits } from 'node:worker_threads';

/** A worker's code: its TypeScript source (from the sources) and its bundle's file name. */
export interface WorkerEntry {
  /** Relative to the calling module, e.g. `./xlsxWorker.ts`. */
  source: string;
  /** Built beside the bundle that starts it (main.cjs, cli.cjs, preview.cjs), e.g. `xlsxWorker.cjs`. */
  bundled: string;
}

/**
 * Starts a worker thread from the module whose `import.meta.url` is `here`. In a bundle its code
 * is the `.cjs` file built beside the bundle (build/scripts/electronBundles.ts, bundle-doors.ts).
 * From the sources (tsx, the tests) it is the TypeScript file: a two-line script registers tsx's
 * loader in the new thread first, then imports it (a `--import tsx` flag is not honoured for a
 * worker's entry on Node 20).
 */
export function startWorkerThread(
  here: string,
  entry: WorkerEntry,
  workerData: unknown,
  resourceLimits?: ResourceLimits,
): Worker {
  if (!here.endsWith('.ts'))
    return new Worker(new URL(`./${entry.bundled}`, here), { workerData, resourceLimits });
  const url = JSON.stringify(new URL(entry.source, here).href);
  const script = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${url}); });`;
  return new Worker(script, { eval: true, workerData, resourceLimits });
}
