import { describe, expect, it } from 'vitest';
import type { ExportStatus } from '../../../shared/reports/requests';
import { progressLines } from '../../../electron/cli/commands/reportProgress';

const status = (changes: Partial<ExportStatus>): ExportStatus => ({
  jobId: 'j',
  state: 'running',
  phase: 'reading',
  done: 0,
  total: 0,
  fileName: 'a.pdf',
  mime: 'application/pdf',
  ...changes,
});

describe('export progress lines', () => {
  it('prints one line per phase and per tenth of the work, nothing in between', () => {
    const next = progressLines();
    const lines = [
      status({}),
      status({}),
      status({ phase: 'writing', done: 0, total: 1000 }),
      status({ phase: 'writing', done: 50, total: 1000 }),
      status({ phase: 'writing', done: 250, total: 1000 }),
      status({ phase: 'writing', done: 260, total: 1000 }),
      status({ phase: 'writing', done: 750, total: 1000 }),
      status({ phase: 'finishing', done: 1000, total: 1000 }),
      status({ phase: 'finishing', done: 1000, total: 1000 }),
      status({ state: 'done', phase: 'finishing' }),
    ].map(next);
    expect(lines.filter((line) => line !== null)).toEqual([
      'reading…',
      'writing 0% (0/1000)',
      'writing 20% (250/1000)',
      'writing 70% (750/1000)',
      'finishing…',
    ]);
  });
});
