import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/exports/formats/index';
import { createExportJobs } from '../../../electron/exports/jobRegistry';
import {
  cancelExport,
  exportStatus,
  startExport,
  waitForExport,
} from '../../../electron/exports/jobs';
import type { Progress } from '../../../electron/core/progress';
import { buildReportAsync } from '../../../electron/reports/view';
import { generateData } from '../../../electron/sample/generate';
import {
  exportStartSchema,
  type ExportStartRequest,
  type ExportStatus,
} from '../../../shared/reports/requests';
import { suiteDatabase, tempDir } from '../helpers/tempData';

// Exports of a large list: the reading phase is counted, answers status calls and can be cancelled.

const TODAY = '2026-12-01';
const ACTIONS = 3_500;
const data = suiteDatabase();

function setUp() {
  const { db, ctx } = data();
  if ((db.prepare('SELECT count(*) FROM actions').pluck().get() as number) === 0) {
    generateData(db, {
      cities: 60,
      agreements: 150,
      actions: ACTIONS,
      contacts: 20,
      seed: 11,
      today: TODAY,
    });
  }
  return { db, ctx };
}

const actionsCsv = (file: string): ReturnType<typeof exportStartSchema.parse> =>
  exportStartSchema.parse({
    request: { report: 'actions' },
    format: 'csv',
    target: { kind: 'file', file },
    today: TODAY,
  } satisfies ExportStartRequest);

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('exporting a large actions list', () => {
  it('reports the reading phase with the row count, then writes every row', async () => {
    const { ctx } = setUp();
    const file = join(tempDir(), 'actions.csv');
    const { jobId } = startExport(ctx, actionsCsv(file));
    const seen: ExportStatus[] = [];
    for (
      let status = exportStatus(jobId);
      status.state === 'running';
      status = exportStatus(jobId)
    ) {
      seen.push(status);
      await turn();
    }
    expect((await waitForExport(jobId)).state).toBe('done');
    const reading = seen.filter((s) => s.phase === 'reading' && s.done > 0);
    expect(reading.length).toBeGreaterThan(1);
    for (const status of reading) expect(status.total).toBe(ACTIONS);
    // Reading answered between its chunks: the counts seen rise.
    expect(new Set(reading.map((s) => s.done)).size).toBeGreaterThan(1);
    // A header and one line per action at least.
    expect(readFileSync(file, 'utf8').trim().split('\n').length).toBeGreaterThan(ACTIONS);
  });

  it('cancelled during the reading (through exports:cancel): ends cancelled, no file', async () => {
    const { ctx } = setUp();
    const dir = tempDir();
    const { jobId } = startExport(ctx, actionsCsv(join(dir, 'actions.csv')));
    let status = exportStatus(jobId);
    while (status.state === 'running' && !(status.phase === 'reading' && status.done > 0)) {
      await turn();
      status = exportStatus(jobId);
    }
    expect(status).toMatchObject({ state: 'running', phase: 'reading', total: ACTIONS });
    expect(status.done).toBeLessThan(ACTIONS);
    expect(cancelExport(jobId).state).toBe('cancelled');
    expect((await waitForExport(jobId)).state).toBe('cancelled');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cancelled right after the first chunk: the read stops there and nothing is rendered', async () => {
    const { ctx } = setUp();
    const dir = tempDir();
    let jobId = '';
    let ticks = 0;
    let rendered = false;
    const jobs = createExportJobs({
      build: (c, view, progress) => {
        const cancelling: Progress = {
          ...progress,
          async tick(n) {
            await progress.tick(n);
            ticks += 1;
            if (ticks === 1) jobs.cancel(jobId);
          },
        };
        return buildReportAsync(c, view, cancelling);
      },
      render: (...args) => {
        rendered = true;
        return renderReport(...args);
      },
      now: () => Date.now(),
    });
    const file = join(dir, 'actions.csv');
    jobId = jobs.start(ctx, actionsCsv(file)).jobId;
    expect((await jobs.wait(jobId)).state).toBe('cancelled');
    expect(ticks).toBe(1);
    expect(rendered).toBe(false);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
