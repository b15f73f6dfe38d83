import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  exportStartSchema,
  type ExportStartRequest,
  type ParsedReportView,
} from '../../../shared/reports/requests';
import type { ReportDocument } from '../../../shared/reports/document';
import {
  createExportJobs,
  KEEP_FINISHED_MS,
  MAX_RUNNING_JOBS,
  type ExportDeps,
} from '../../../electron/exports/jobRegistry';
import { exportStatus } from '../../../electron/exports/jobs';
import { ExportCancelled, type Progress } from '../../../electron/core/progress';
import { writeFileAtomically } from '../../../electron/exports/target';
import type { HandlerContext } from '../../../electron/core/context';
import { DomainError } from '../../../electron/core/errors';
import { tempDir } from '../helpers/tempData';

// The jobs never touch the database themselves: the fake builder below ignores it.
const ctx = { db: {}, dataDir: '/nowhere', version: '0.0.0-test' } as unknown as HandlerContext;

function document(fileStem: string): ReportDocument {
  return {
    kind: 'annual',
    lang: 'en',
    title: 'Annual report',
    subtitle: '2026',
    ownCity: 'Paris',
    generatedAt: '2026-12-01T00:00:00.000Z',
    today: '2026-12-01',
    fileStem,
    emptyMessage: null,
    sections: [],
    events: [],
  };
}

/** A promise the test resolves when it wants to. */
function gate() {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * A renderer that writes `rows` rows, stops half-way until `halfway.open()` (announcing
 * `reached`), and returns the bytes `ROW` × rows.
 */
function pausingRenderer(rows: number) {
  const reached = gate();
  const halfway = gate();
  const render: ExportDeps['render'] = async (_report, _format, _options, progress: Progress) => {
    progress.phase('writing', rows);
    for (let i = 0; i < rows; i++) {
      if (i === rows / 2) {
        reached.open();
        await halfway.promise;
      }
      await progress.tick();
    }
    return Buffer.from('ROW\n'.repeat(rows));
  };
  return { render, reached: reached.promise, release: halfway.open };
}

function jobsWith(overrides: Partial<ExportDeps> = {}) {
  let clock = 1_000_000;
  const build = vi.fn((_ctx: HandlerContext, view: ParsedReportView) => ({
    document: document(`accords-${view.request.report}-built`),
    data: {},
  }));
  const jobs = createExportJobs({
    build,
    render: async () => Buffer.from('hello'),
    now: () => clock,
    ...overrides,
  });
  return { jobs, build, advance: (ms: number) => (clock += ms) };
}

const annual = (target: ExportStartRequest['target'], extra: Partial<ExportStartRequest> = {}) =>
  exportStartSchema.parse({
    request: { report: 'annual', year: 2026 },
    format: 'csv',
    target,
    today: '2026-12-01',
    ...extra,
  });

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('export jobs', () => {
  it('answers at once with a running status, then writes the file and reports done', async () => {
    const dir = tempDir();
    const file = join(dir, 'annual.csv');
    const { jobs, build } = jobsWith();
    const started = jobs.start(ctx, annual({ kind: 'file', file }));
    expect(started).toMatchObject({
      state: 'running',
      phase: 'reading',
      done: 0,
      total: 0,
      fileName: 'accords-annual-2026.csv',
      mime: 'text/csv; charset=utf-8',
    });
    expect(started.jobId).toMatch(/^[0-9a-f-]{36}$/);
    // Nothing has run yet: the build waits for the next turn of the event loop.
    expect(build).not.toHaveBeenCalled();
    expect(existsSync(file)).toBe(false);

    const final = await jobs.wait(started.jobId);
    expect(final).toMatchObject({
      state: 'done',
      phase: 'finishing',
      bytes: 5,
      file,
      fileName: 'accords-annual-built.csv',
    });
    expect(readFileSync(file, 'utf8')).toBe('hello');
    expect(readdirSync(dir)).toEqual(['annual.csv']);
    expect(build).toHaveBeenCalledExactlyOnceWith(
      ctx,
      { request: { report: 'annual', year: 2026 }, lang: 'en', today: '2026-12-01' },
      expect.objectContaining({ tick: expect.any(Function), phase: expect.any(Function) }),
    );
    expect(jobs.status(started.jobId)).toEqual(final);
  });

  it('passes the CSV separator: the language’s by default, the request’s when given', async () => {
    const render = vi.fn<ExportDeps['render']>(async () => Buffer.from(''));
    const { jobs } = jobsWith({ render });
    await jobs.wait(jobs.start(ctx, annual({ kind: 'download' }, { lang: 'fr' })).jobId);
    await jobs.wait(
      jobs.start(ctx, annual({ kind: 'download' }, { lang: 'fr', csvSeparator: ',' })).jobId,
    );
    await jobs.wait(jobs.start(ctx, annual({ kind: 'download' })).jobId);
    expect(render.mock.calls.map((call) => call[2].csvSeparator)).toEqual([';', ',', ',']);
  });

  it('reports progress while rendering', async () => {
    const { render, reached, release } = pausingRenderer(1000);
    const { jobs } = jobsWith({ render });
    const { jobId } = jobs.start(ctx, annual({ kind: 'download' }));
    await reached;
    // Progress reports every 250 rows: half-way, 500 are counted.
    expect(jobs.status(jobId)).toMatchObject({
      state: 'running',
      phase: 'writing',
      done: 500,
      total: 1000,
    });
    release();
    expect(await jobs.wait(jobId)).toMatchObject({ state: 'done', bytes: 4000 });
  });

  it('cancelled mid-way: cancelled status, no file and no temporary file left', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.csv');
    const { render, reached, release } = pausingRenderer(1000);
    const { jobs } = jobsWith({ render });
    const { jobId } = jobs.start(ctx, annual({ kind: 'file', file }));
    await reached;
    expect(jobs.cancel(jobId)).toMatchObject({ state: 'cancelled' });
    release();
    const final = await jobs.wait(jobId);
    expect(final.state).toBe('cancelled');
    expect(final.error).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
    // Cancelling again, or asking, is harmless.
    expect(jobs.cancel(jobId).state).toBe('cancelled');
    expect(jobs.status(jobId).state).toBe('cancelled');
  });

  it('cancelled between rendering and writing: nothing written', async () => {
    const dir = tempDir();
    const file = join(dir, 'late.csv');
    let cancel: () => void = () => {};
    const render: ExportDeps['render'] = async () => {
      // Runs before the job resumes after the renderer.
      queueMicrotask(() => cancel());
      return Buffer.from('late');
    };
    const { jobs } = jobsWith({ render });
    const { jobId } = jobs.start(ctx, annual({ kind: 'file', file }));
    cancel = () => jobs.cancel(jobId);
    expect((await jobs.wait(jobId)).state).toBe('cancelled');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cancelled while the file is being written: the temporary file is removed', async () => {
    const dir = tempDir();
    const file = join(dir, 'late.csv');
    const controller = new AbortController();
    controller.abort();
    await expect(
      writeFileAtomically(file, Buffer.from('late'), {
        overwrite: false,
        ledgerDir: null,
        signal: controller.signal,
      }),
    ).rejects.toBeInstanceOf(ExportCancelled);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cancelling a finished job leaves it done and its file in place', async () => {
    const dir = tempDir();
    const file = join(dir, 'done.csv');
    const { jobs } = jobsWith();
    const { jobId } = jobs.start(ctx, annual({ kind: 'file', file }));
    await jobs.wait(jobId);
    expect(jobs.cancel(jobId)).toMatchObject({ state: 'done', file });
    expect(readFileSync(file, 'utf8')).toBe('hello');
  });

  it('refuses an existing file without overwrite; with overwrite replaces only a file Accords wrote', async () => {
    const dir = tempDir();
    const data = { ...ctx, dataDir: tempDir() } as HandlerContext;
    const file = join(dir, 'report.csv');
    writeFileSync(file, 'old');
    const { jobs, build } = jobsWith();
    const error = refusal(() => jobs.start(data, annual({ kind: 'file', file })));
    expect(error).toMatchObject({
      code: 'conflict',
      key: 'errors.reports.fileExists',
      params: { file },
    });
    // The user's own file is not replaced, overwrite or not.
    expect(
      refusal(() => jobs.start(data, annual({ kind: 'file', file, overwrite: true }))),
    ).toMatchObject({
      code: 'conflict',
      key: 'errors.files.notWrittenByAccords',
      params: { file },
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(build).not.toHaveBeenCalled();
    expect(readFileSync(file, 'utf8')).toBe('old');

    // A file Accords wrote is replaced when asked.
    const ours = join(dir, 'ours.csv');
    expect(
      await jobs.wait(jobs.start(data, annual({ kind: 'file', file: ours })).jobId),
    ).toMatchObject({ state: 'done' });
    writeFileSync(ours, 'edited by hand', { flag: 'a' });
    expect(
      refusal(() => jobs.start(data, annual({ kind: 'file', file: ours, overwrite: true }))),
    ).toMatchObject({
      key: 'errors.files.notWrittenByAccords',
    });
    const again = join(dir, 'again.csv');
    expect(
      await jobs.wait(jobs.start(data, annual({ kind: 'file', file: again })).jobId),
    ).toMatchObject({ state: 'done' });
    const { jobId } = jobs.start(data, annual({ kind: 'file', file: again, overwrite: true }));
    expect(await jobs.wait(jobId)).toMatchObject({ state: 'done', bytes: 5 });
    expect(readFileSync(again, 'utf8')).toBe('hello');

    // The command line's --force (the user typed the path) replaces any file.
    const forced = jobs.start(data, annual({ kind: 'file', file, overwrite: true }), {
      replaceAnyFile: true,
    });
    expect(await jobs.wait(forced.jobId)).toMatchObject({ state: 'done' });
    expect(readFileSync(file, 'utf8')).toBe('hello');
    expect(readdirSync(dir).sort()).toEqual(['again.csv', 'ours.csv', 'report.csv']);
  });

  it('refuses a missing folder and a path that is a folder', () => {
    const dir = tempDir();
    const { jobs } = jobsWith();
    const missing = join(dir, 'no-such-folder');
    expect(
      refusal(() => jobs.start(ctx, annual({ kind: 'file', file: join(missing, 'r.csv') }))),
    ).toMatchObject({
      code: 'rule',
      key: 'errors.reports.folderMissing',
      params: { folder: missing },
    });
    mkdirSync(join(dir, 'taken'));
    expect(
      refusal(() =>
        jobs.start(ctx, annual({ kind: 'file', file: join(dir, 'taken'), overwrite: true })),
      ),
    ).toMatchObject({
      key: 'errors.reports.pathIsFolder',
    });
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('a file that appears while rendering is not replaced without overwrite', async () => {
    const dir = tempDir();
    const file = join(dir, 'race.csv');
    const render: ExportDeps['render'] = async () => {
      writeFileSync(file, 'someone else');
      return Buffer.from('ours');
    };
    const { jobs } = jobsWith({ render });
    const final = await jobs.wait(jobs.start(ctx, annual({ kind: 'file', file })).jobId);
    expect(final).toMatchObject({
      state: 'failed',
      error: { code: 'conflict', key: 'errors.reports.fileExists' },
    });
    expect(readFileSync(file, 'utf8')).toBe('someone else');
    expect(readdirSync(dir)).toEqual(['race.csv']);
  });

  it('hands a download over once, then forgets the job', async () => {
    const { jobs } = jobsWith();
    const { jobId } = jobs.start(ctx, annual({ kind: 'download' }, { format: 'json' }));
    expect(refusal(() => jobs.takeDownload(jobId))).toMatchObject({
      code: 'conflict',
      key: 'errors.reports.jobNotFinished',
    });
    await jobs.wait(jobId);
    expect(jobs.takeDownload(jobId)).toEqual({
      fileName: 'accords-annual-built.json',
      mime: 'application/json; charset=utf-8',
      base64: Buffer.from('hello').toString('base64'),
    });
    expect(refusal(() => jobs.takeDownload(jobId))).toMatchObject({
      code: 'not_found',
      key: 'errors.reports.jobNotFound',
    });
    expect(refusal(() => jobs.status(jobId)).key).toBe('errors.reports.jobNotFound');
  });

  it('has no download for a file job or a cancelled one', async () => {
    const dir = tempDir();
    const { jobs } = jobsWith();
    const fileJob = jobs.start(ctx, annual({ kind: 'file', file: join(dir, 'a.csv') }));
    await jobs.wait(fileJob.jobId);
    expect(refusal(() => jobs.takeDownload(fileJob.jobId)).message).toContain('it was written to');
    const cancelled = jobs.start(ctx, annual({ kind: 'download' }));
    jobs.cancel(cancelled.jobId);
    await jobs.wait(cancelled.jobId);
    expect(refusal(() => jobs.takeDownload(cancelled.jobId)).key).toBe(
      'errors.reports.jobNotFound',
    );
  });

  it('a failing renderer ends the job as failed with the error envelope', async () => {
    const dir = tempDir();
    const file = join(dir, 'broken.csv');
    const { jobs } = jobsWith({
      render: async () => {
        throw new Error('the writer broke');
      },
    });
    const final = await jobs.wait(jobs.start(ctx, annual({ kind: 'file', file })).jobId);
    expect(final).toMatchObject({
      state: 'failed',
      error: { code: 'internal', key: 'errors.internal', message: 'the writer broke' },
    });
    expect(readdirSync(dir)).toEqual([]);

    const refused = createExportJobs({
      build: () => {
        throw new DomainError('rule', 'errors.reports.formatNotAvailable', 'No map as CSV', [], {
          format: 'csv',
        });
      },
      render: async () => Buffer.from(''),
      now: () => 0,
    });
    const failed = await refused.wait(refused.start(ctx, annual({ kind: 'download' })).jobId);
    expect(failed.error).toEqual({
      code: 'rule',
      key: 'errors.reports.formatNotAvailable',
      message: 'No map as CSV',
      details: { issues: [], params: { format: 'csv' } },
    });
  });

  it('an unknown job is not found, on every call', () => {
    const { jobs } = jobsWith();
    const id = '0195a3c2-7f00-7000-8000-000000000001';
    for (const call of [jobs.status, jobs.cancel, jobs.takeDownload]) {
      expect(refusal(() => call(id))).toMatchObject({
        code: 'not_found',
        key: 'errors.reports.jobNotFound',
      });
    }
    // The process's own registry too.
    expect(() => exportStatus(id)).toThrow(DomainError);
  });

  it(`runs at most ${MAX_RUNNING_JOBS} jobs at once`, async () => {
    const renderers = Array.from({ length: MAX_RUNNING_JOBS }, () => pausingRenderer(2));
    let next = 0;
    const { jobs } = jobsWith({ render: (...args) => renderers[next++]!.render(...args) });
    const ids = renderers.map(() => jobs.start(ctx, annual({ kind: 'download' })).jobId);
    expect(refusal(() => jobs.start(ctx, annual({ kind: 'download' })))).toMatchObject({
      code: 'conflict',
      key: 'errors.reports.tooManyJobs',
    });
    renderers.forEach((r) => r.release());
    await Promise.all(ids.map((id) => jobs.wait(id)));
    expect(jobs.start(ctx, annual({ kind: 'download' })).state).toBe('running');
  });

  it('forgets finished jobs after ten minutes, never running ones', async () => {
    const { render, reached, release } = pausingRenderer(2);
    let calls = 0;
    const { jobs, advance } = jobsWith({
      render: async (...args) => (calls++ === 0 ? Buffer.from('x') : render(...args)),
    });
    const finished = jobs.start(ctx, annual({ kind: 'download' })).jobId;
    await jobs.wait(finished);
    const running = jobs.start(ctx, annual({ kind: 'download' })).jobId;
    await reached;
    advance(KEEP_FINISHED_MS - 1);
    expect(jobs.status(finished).state).toBe('done');
    advance(2);
    expect(refusal(() => jobs.status(finished)).key).toBe('errors.reports.jobNotFound');
    expect(jobs.status(running).state).toBe('running');
    release();
    expect((await jobs.wait(running)).state).toBe('done');
  });

  it('names the file from the request until the document says better', () => {
    const name = (request: unknown, format = 'pdf') =>
      jobsWith().jobs.start(
        ctx,
        exportStartSchema.parse({
          request,
          format,
          target: { kind: 'download' },
          today: '2026-12-01',
        }),
      ).fileName;
    expect(name({ report: 'annual' })).toBe('accords-annual-2026.pdf');
    expect(name({ report: 'annual', from: '2020', to: '2021-06' }, 'xlsx')).toBe(
      'accords-annual-2020_2021-06.xlsx',
    );
    expect(name({ report: 'anniversaries', year: 2031 }, 'ics')).toBe(
      'accords-anniversaries-2031.ics',
    );
    expect(name({ report: 'timeline', fromYear: 1950, toYear: 2000 }, 'docx')).toBe(
      'accords-timeline-1950-2000.docx',
    );
    expect(name({ report: 'dormant' }, 'csv')).toBe('accords-dormant-3y.csv');
  });
});
