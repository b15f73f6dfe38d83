import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJobStatus, ImportRunRequest } from '../../../../shared/schemas/imports';
import { call } from '../../api/client';

/** How often a running import is asked where it stands. */
const POLL_MS = 250;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One import job at a time (a dry run or the real import): started in main, polled until it
 * ends, cancelable. `status` is its last known state; `error` a call that failed outright.
 * Leaving the screen stops the polling, not the job.
 */
export function useImportJob() {
  const [status, setStatus] = useState<ImportJobStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** Stop was asked and the job has not ended yet (a write being rolled back). */
  const [stopping, setStopping] = useState(false);
  const mounted = useRef(true);
  const current = useRef<string | null>(null);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(async (request: ImportRunRequest): Promise<ImportJobStatus | null> => {
    setError(null);
    setStopping(false);
    try {
      let next = await call('imports:run', request);
      current.current = next.jobId;
      setStatus(next);
      while (next.state === 'running' && mounted.current && current.current === next.jobId) {
        await wait(POLL_MS);
        next = await call('imports:status', { jobId: next.jobId });
        if (current.current === next.jobId) setStatus(next);
      }
      return next;
    } catch (cause) {
      if (mounted.current) setError(cause);
      return null;
    }
  }, []);

  const cancel = useCallback(() => {
    if (status?.state !== 'running') return;
    setStopping(true);
    call('imports:cancel', { jobId: status.jobId }).then(
      (next) => current.current === next.jobId && setStatus(next),
      setError,
    );
  }, [status]);

  const reset = useCallback(() => {
    current.current = null;
    setStatus(null);
    setError(null);
    setStopping(false);
  }, []);

  const running = status?.state === 'running';
  return { status, error, start, cancel, reset, running, stopping: running && stopping };
}
