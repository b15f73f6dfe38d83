import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type {
  ExportDownload,
  ExportStartRequest,
  ExportStatus,
} from '../../../shared/reports/requests';
import {
  cancelExport,
  startExport,
  takeDownload,
  waitForExport,
} from '../../../electron/exports/jobs';
import { dispatch, settle } from '../../../electron/ipc/dispatch';
import { handlers } from '../../../electron/ipc/handlers';
import { tempDatabase, tempDir } from '../helpers/tempData';
import { exportStartSchema } from '../../../shared/reports/requests';

// The real report builder and format writers on the Paris example, through the process's jobs.

const pdfText = (file: string) =>
  execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, ' ');

function start(ctx: Parameters<typeof startExport>[0], request: ExportStartRequest): ExportStatus {
  return startExport(ctx, exportStartSchema.parse({ today: '2026-12-01', ...request }));
}

describe('export jobs on the Paris example', () => {
  it('writes the annual report in every format, each a real file of its kind; no empty calendar', async () => {
    const { ctx } = tempDatabase({ sample: true });
    const dir = tempDir();
    const files: Record<string, string> = {};
    // The example's actions of 2026 are undated: the calendar is refused, with its reason.
    const calendar = await waitForExport(
      start(ctx, {
        request: { report: 'annual', year: 2026 },
        format: 'ics',
        target: { kind: 'file', file: join(dir, 'annual.ics') },
      }).jobId,
    );
    expect(calendar).toMatchObject({
      state: 'failed',
      error: { code: 'rule', key: 'errors.reports.noCalendarEvents' },
    });
    expect(readdirSync(dir)).toEqual([]);
    for (const format of ['pdf', 'xlsx', 'csv', 'docx', 'json'] as const) {
      const file = join(dir, `annual.${format}`);
      const { jobId } = start(ctx, {
        request: { report: 'annual', year: 2026 },
        format,
        target: { kind: 'file', file },
      });
      const final = await waitForExport(jobId);
      expect(final, format).toMatchObject({
        state: 'done',
        file,
        fileName: `accords-annual-2026.${format}`,
      });
      expect(readFileSync(file).length).toBe(final.bytes);
      files[format] = file;
    }
    expect(readdirSync(dir).sort()).toEqual([
      'annual.csv',
      'annual.docx',
      'annual.json',
      'annual.pdf',
      'annual.xlsx',
    ]);
    expect(pdfText(files.pdf!)).toContain('2026');
    expect(readFileSync(files.csv!, 'utf8')).toMatch(/^\ufeffKey figures,/);
    expect(JSON.parse(readFileSync(files.json!, 'utf8'))).toMatchObject({ kind: 'annual' });
    for (const zipped of [files.xlsx!, files.docx!]) {
      const zip = await JSZip.loadAsync(readFileSync(zipped));
      expect(Object.keys(zip.files)).toContain('[Content_Types].xml');
    }
  });

  it('anniversaries of 2026 as a download: Rome’s seventieth, handed over once', async () => {
    const { ctx } = tempDatabase({ sample: true });
    const { jobId } = start(ctx, {
      request: { report: 'anniversaries', year: 2026 },
      format: 'ics',
      target: { kind: 'download' },
    });
    expect((await waitForExport(jobId)).state).toBe('done');
    const download = takeDownload(jobId);
    expect(download).toMatchObject({
      fileName: 'accords-anniversaries-2026.ics',
      mime: 'text/calendar; charset=utf-8',
    });
    const text = Buffer.from(download.base64, 'base64').toString('utf8');
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('Rome');
    expect(() => takeDownload(jobId)).toThrow(/not found/);
  });

  it('a French CSV of the register uses semicolons and French words', async () => {
    const { ctx } = tempDatabase({ sample: true });
    const file = join(tempDir(), 'register.csv');
    const { jobId } = start(ctx, {
      request: { report: 'agreements', filter: { country: 'IT' } },
      format: 'csv',
      lang: 'fr',
      target: { kind: 'file', file },
    });
    expect((await waitForExport(jobId)).state).toBe('done');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/Rome;Italie;Jumelage;1956/);
  });

  it('cancelled at once: nothing written, no temporary file', async () => {
    const { ctx } = tempDatabase({ sample: true });
    const dir = tempDir();
    const { jobId } = start(ctx, {
      request: { report: 'annual', year: 2026 },
      format: 'pdf',
      target: { kind: 'file', file: join(dir, 'a.pdf') },
    });
    expect(cancelExport(jobId).state).toBe('cancelled');
    expect((await waitForExport(jobId)).state).toBe('cancelled');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('through the dispatcher: start, status until done, download; refusals as envelopes', async () => {
    const { ctx } = tempDatabase({ sample: true });
    const call = (channel: string, payload: unknown) =>
      settle(dispatch(ctx, handlers, channel, payload));
    const started = await call('exports:start', {
      request: {
        report: 'partner',
        cityId: ctx.db
          .prepare("SELECT id FROM cities WHERE name = 'Prague'")
          .pluck()
          .get() as string,
      },
      format: 'docx',
      target: { kind: 'download' },
    });
    expect(started).toMatchObject({
      ok: true,
      value: { state: 'running', mime: expect.stringContaining('wordprocessingml') },
    });
    const { jobId } = (started as { value: ExportStatus }).value;
    await waitForExport(jobId);
    expect(await call('exports:status', { jobId })).toMatchObject({
      ok: true,
      value: { state: 'done' },
    });
    const download = (await call('exports:download', { jobId })) as {
      ok: true;
      value: ExportDownload;
    };
    const zip = await JSZip.loadAsync(Buffer.from(download.value.base64, 'base64'));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Prague');

    const missing = join(tempDir(), 'gone', 'x.pdf');
    expect(
      await call('exports:start', {
        request: { report: 'annual' },
        format: 'pdf',
        target: { kind: 'file', file: missing },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'rule', key: 'errors.reports.folderMissing' },
    });
    expect(
      await call('exports:start', {
        request: { report: 'annual' },
        format: 'pdf',
        target: { kind: 'file', file: 'relative.pdf' },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        details: { issues: [{ path: 'target.file', key: 'errors.reports.pathNotAbsolute' }] },
      },
    });
    expect(await call('exports:status', { jobId })).toMatchObject({
      ok: false,
      error: { code: 'not_found', key: 'errors.reports.jobNotFound' },
    });
  });
});
