import type { ExportStatus } from '../../shared/reports/requests';

/** Raised inside an export when its job was cancelled; the job ends as `cancelled`, nothing written. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled');
    this.name = 'ExportCancelled';
  }
}

/**
 * What long work reports to: which phase it is in, how far it got, and whether it should stop.
 * Writers call `tick` every row or so; it yields to the event loop now and then (so IPC and
 * the preview keep answering progress and cancel calls) and throws `ExportCancelled` once the
 * job is cancelled.
 */
export interface Progress {
  phase(phase: ExportStatus['phase'], total: number): void;
  /** Counts `n` more units done; may yield, may throw `ExportCancelled`. */
  tick(n?: number): Promise<void>;
  /** Throws `ExportCancelled` if the job was cancelled. */
  check(): void;
}

/** How many units of work pass between two yields to the event loop. */
const YIELD_EVERY = 250;

/**
 * A Progress that records into `state` and honours `signal`. Used by export jobs; tests and
 * the command line pass their own `onChange`.
 */
export function createProgress(
  signal: AbortSignal,
  onChange: (state: { phase: ExportStatus['phase']; done: number; total: number }) => void = () => {},
): Progress {
  let phase: ExportStatus['phase'] = 'reading';
  let done = 0;
  let total = 0;
  let sinceYield = 0;
  const check = () => {
    if (signal.aborted) throw new ExportCancelled();
  };
  return {
    phase(next, nextTotal) {
      check();
      phase = next;
      done = 0;
      total = nextTotal;
      onChange({ phase, done, total });
    },
    async tick(n = 1) {
      done += n;
      sinceYield += n;
      if (sinceYield >= YIELD_EVERY) {
        sinceYield = 0;
        onChange({ phase, done, total });
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      check();
    },
    check,
  };
}

/** A Progress that never stops and reports nowhere: for code paths that need none. */
export const noProgress: Progress = createProgress(new AbortController().signal);
