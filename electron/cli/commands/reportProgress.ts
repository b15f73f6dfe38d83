import type { ExportStatus } from '../../../shared/reports/requests';

/**
 * Turns a job's successive statuses into the few lines a terminal or a log wants: one when a
 * phase starts, one per tenth of the work. Plain lines, no cursor tricks, so a log file
 * reads as well as a terminal.
 */
export function progressLines(): (status: ExportStatus) => string | null {
  let lastPhase: ExportStatus['phase'] | null = null;
  let lastTenth = -1;
  return (status) => {
    if (status.state !== 'running') return null;
    const tenth = status.total > 0 ? Math.floor((status.done / status.total) * 10) : -1;
    const percent = `${status.phase} ${tenth * 10}% (${status.done}/${status.total})`;
    if (status.phase !== lastPhase) {
      lastPhase = status.phase;
      lastTenth = tenth;
      return status.total > 0 && status.done < status.total ? percent : `${status.phase}…`;
    }
    if (tenth <= lastTenth) return null;
    lastTenth = tenth;
    return percent;
  };
}

/** How often a running export is looked at; a short export ends before it is ever printed. */
const POLL_MS = 500;

/** Waits for a job to end, telling `onLine` how it progresses. */
export async function followExport(
  jobs: {
    exportStatus(jobId: string): ExportStatus;
    waitForExport(jobId: string): Promise<ExportStatus>;
  },
  jobId: string,
  onLine: (line: string) => void,
): Promise<ExportStatus> {
  const { exportStatus, waitForExport } = jobs;
  const next = progressLines();
  const timer = setInterval(() => {
    try {
      const line = next(exportStatus(jobId));
      if (line) onLine(line);
    } catch {
      // The job ended between two looks: waitForExport has the answer.
    }
  }, POLL_MS);
  try {
    return await waitForExport(jobId);
  } finally {
    clearInterval(timer);
  }
}
