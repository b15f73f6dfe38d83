import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../../electron/exports/formats/index';
import { READ_CHUNK } from '../../../electron/reports/readLists';
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

// Exports of a large list: its rows are read as the file is written, counted, and a cancel stops both.

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
  it('writes the rows as it reads them, counting them in the writing phase, then every row is in the file', async () => {
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
    const writing = seen.filter((s) => s.phase === 'writing' && s.done > 0);
    expect(writing.length).toBeGreaterThan(1);
    for (const status of writing) expect(status.total).toBe(ACTIONS);
    // The job answered between its pages: the counts seen rise.
    expect(new Set(writing.map((s) => s.done)).size).toBeGreaterThan(1);
    // A title, a header, one line per action and the block's closing line of empty fields.
    expect(readFileSync(file, 'utf8').trim().split('\r\n').length).toBe(ACTIONS + 3);
  });

  it('cancelled while writing (through exports:cancel): ends cancelled, no file', async () => {
    const { ctx } = setUp();
    const dir = tempDir();
    const { jobId } = startExport(ctx, actionsCsv(join(dir, 'actions.csv')));
    let status = exportStatus(jobId);
    while (status.state === 'running' && !(status.phase === 'writing' && status.done > 0)) {
      await turn();
      status = exportStatus(jobId);
    }
    expect(status).toMatchObject({ state: 'running', phase: 'writing', total: ACTIONS });
    expect(status.done).toBeLessThan(ACTIONS);
    expect(cancelExport(jobId).state).toBe('cancelled');
    expect((await waitForExport(jobId)).state).toBe('cancelled');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cancelled on the first page: the rest is never read and nothing is left behind', async () => {
    const { ctx } = setUp();
    const dir = tempDir();
    let jobId = '';
    let pagesRead = 0;
    const jobs = createExportJobs({
      build: async (c, view, progress) => {
        const report = await buildReportAsync(c, view, progress);
        const paged = report.paged!;
        const table = paged.tables[0]!;
        // Counts the pages the writer asks for.
        return {
          ...report,
          paged: {
            ...paged,
            tables: [
              {
                ...table,
                *pages() {
                  for (const page of table.pages()) {
                    pagesRead += 1;
                    yield page;
                  }
                },
              },
            ],
          },
        };
      },
      render: (report, format, options, progress, out) => {
        const cancelling: Progress = {
          ...progress,
          async tick(n) {
            await progress.tick(n);
            jobs.cancel(jobId);
          },
        };
        return writeReport(report, format, options, cancelling, out);
      },
      now: () => Date.now(),
    });
    const file = join(dir, 'actions.csv');
    jobId = jobs.start(ctx, actionsCsv(file)).jobId;
    expect((await jobs.wait(jobId)).state).toBe('cancelled');
    expect(ACTIONS).toBeGreaterThan(3 * READ_CHUNK);
    expect(pagesRead).toBe(1);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
