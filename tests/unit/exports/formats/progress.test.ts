import { describe, expect, it } from 'vitest';
import { createProgress, ExportCancelled } from '../../../../electron/core/progress';
import type { ExportFormat } from '../../../../shared/reports/requests';
import { bigDocument, richDocument } from './fixtures';
import { render } from './helpers';

type State = { phase: string; done: number; total: number };

describe('renderReport progress and cancellation', () => {
  it.each(['csv', 'xlsx', 'pdf', 'docx'] as const)(
    '%s reports "writing" row by row, then "finishing"',
    async (format) => {
      const states: State[] = [];
      const progress = createProgress(new AbortController().signal, (state) =>
        states.push({ ...state }),
      );
      await render(bigDocument(600), format, ',', progress);
      const writing = states.filter((s) => s.phase === 'writing');
      expect(writing[0]).toEqual({ phase: 'writing', done: 0, total: 600 });
      expect(Math.max(...writing.map((s) => s.done))).toBeGreaterThanOrEqual(500);
      expect(states.at(-1)).toMatchObject({ phase: 'finishing' });
    },
  );

  it.each(['csv', 'xlsx', 'pdf', 'docx'] as const satisfies readonly ExportFormat[])(
    '%s stops with ExportCancelled when the job is cancelled mid-way',
    async (format) => {
      const controller = new AbortController();
      let furthest = 0;
      const progress = createProgress(controller.signal, (state) => {
        if (state.phase !== 'writing') return;
        furthest = Math.max(furthest, state.done);
        if (state.done >= 500) controller.abort();
      });
      await expect(render(bigDocument(3000), format, ',', progress)).rejects.toBeInstanceOf(
        ExportCancelled,
      );
      expect(furthest).toBeGreaterThanOrEqual(500);
      expect(furthest).toBeLessThan(3000);
    },
  );

  it('ics and json, which have no rows to count, still refuse a cancelled job', async () => {
    const controller = new AbortController();
    controller.abort();
    for (const format of ['ics', 'json'] as const) {
      await expect(
        render(richDocument('en'), format, ',', createProgress(controller.signal)),
      ).rejects.toBeInstanceOf(ExportCancelled);
    }
  });
});
