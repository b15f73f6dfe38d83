import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Result } from '../../../shared/ipc/result';
import type { ChosenFile } from '../../../shared/schemas/fileHandles';
import type { ExportStatus } from '../../../shared/reports/requests';
import { tempDir } from '../helpers/tempData';

const fake = await vi.hoisted(() => import('./fakeElectron').then((m) => m.createFakeElectron()));
vi.mock('electron', () => fake.module);

const { registerIpc } = await import('../../../electron/main/ipc');
const { registerSaveDialog } = await import('../../../electron/main/saveDialog');
const { registerOpenDialog } = await import('../../../electron/main/openDialog');
const { createMainWindow } = await import('../../../electron/main/window');
const { FileGrants } = await import('../../../electron/files/grants');
const { AppSession } = await import('../../../electron/app/session');
const { loadSample } = await import('../../../electron/sample/load');
const { waitForExport } = await import('../../../electron/exports/jobs');

/**
 * The desktop's rule "main decides where files go", through the real IPC registration (the
 * `electron` module faked) on a real data folder: the page gets handles from main's dialogs,
 * never gives a path.
 */

const topFrame = { url: 'app://accords/index.html#/reports', parent: null };

function ourWindow() {
  createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs' });
  return fake.BrowserWindow.windows.at(-1)!;
}

type Sender = ReturnType<typeof ourWindow>['webContents'];

function setUp() {
  const dataDir = tempDir('accords-data-');
  const session = new AppSession(dataDir, { startBackup: false, kind: 'desktop' });
  onTestFinished(() => session.close());
  loadSample(session.ctx!.db);
  const grants = new FileGrants();
  registerIpc(fake.ipcMain as never, (channel, payload) => session.answer(channel, payload), {
    fileGrants: grants,
  });
  registerSaveDialog(fake.ipcMain as never, { grants });
  registerOpenDialog(fake.ipcMain as never, { grants });
  return { dataDir, session, window: ourWindow(), other: ourWindow() };
}

async function call(sender: Sender, channel: string, payload: unknown): Promise<Result<unknown>> {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`${channel} is not registered`);
  return (await handler({ sender, senderFrame: topFrame }, payload)) as Result<unknown>;
}

async function value<T>(sender: Sender, channel: string, payload: unknown): Promise<T> {
  const result = await call(sender, channel, payload);
  if (!result.ok) throw new Error(`Refused: ${result.error.key} ${result.error.message}`);
  return result.value as T;
}

/** The user picks `path` in the save dialog for `purpose`. */
async function saveAs(sender: Sender, purpose: 'export' | 'archive-export', path: string) {
  fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
  return value<ChosenFile>(sender, 'accords:save-dialog', {
    purpose,
    defaultName: 'accords.csv',
    title: 'Save',
    filter: { name: 'CSV', extensions: ['csv'] },
  });
}

/** The user picks `path` in the open dialog for `purpose`. */
async function pick(sender: Sender, purpose: 'archive-import' | 'backup-folder', path: string) {
  fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
  return value<ChosenFile>(sender, 'accords:open-dialog', { purpose, title: 'Open' });
}

const annual = (target: unknown) => ({
  request: { report: 'annual', year: 2026 },
  format: 'csv',
  target,
  lang: 'en',
  today: '2026-12-01',
});

describe('desktop: main decides where files go', () => {
  beforeEach(() => fake.reset());

  it('refuses a typed path for an export; writes the file chosen in the dialog, once', async () => {
    const { window } = setUp();
    const outside = tempDir('accords-elsewhere-');
    const typed = await call(
      window.webContents,
      'exports:start',
      annual({ kind: 'file', file: join(outside, 'x.csv'), overwrite: true }),
    );
    expect(typed).toMatchObject({ ok: false, error: { key: 'errors.files.pathNotChosen' } });

    const chosen = await saveAs(window.webContents, 'export', join(outside, 'annual.csv'));
    expect(chosen.path).toBe(join(outside, 'annual.csv'));
    const started = await value<ExportStatus>(
      window.webContents,
      'exports:start',
      annual({ kind: 'chosen', handle: chosen.handle }),
    );
    expect(await waitForExport(started.jobId)).toMatchObject({
      state: 'done',
      file: join(outside, 'annual.csv'),
    });
    expect(readFileSync(join(outside, 'annual.csv'), 'utf8')).toContain('Key figures');

    // Spent: the same handle cannot write again, even to the same file.
    const again = await call(
      window.webContents,
      'exports:start',
      annual({ kind: 'chosen', handle: chosen.handle }),
    );
    expect(again).toMatchObject({ ok: false, error: { key: 'errors.files.handleUnknown' } });
    expect(readdirSync(outside).sort()).toEqual(['annual.csv']);
  });

  it('refuses a handle from another window, an unknown one, and one chosen for another purpose', async () => {
    const { window, other } = setUp();
    const outside = tempDir('accords-elsewhere-');
    const chosen = await saveAs(window.webContents, 'export', join(outside, 'a.csv'));
    expect(
      await call(
        other.webContents,
        'exports:start',
        annual({ kind: 'chosen', handle: chosen.handle }),
      ),
    ).toMatchObject({
      ok: false,
      error: {
        key: 'errors.files.handleUnknown',
        message: expect.stringContaining('another window'),
      },
    });
    expect(
      await call(
        window.webContents,
        'exports:start',
        annual({ kind: 'chosen', handle: 'Z'.repeat(32) }),
      ),
    ).toMatchObject({
      ok: false,
      error: { key: 'errors.files.handleUnknown' },
    });
    const forArchive = await saveAs(window.webContents, 'archive-export', join(outside, 'b.csv'));
    expect(
      await call(
        window.webContents,
        'exports:start',
        annual({ kind: 'chosen', handle: forArchive.handle }),
      ),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('for archive-export, not export') },
    });
    expect(readdirSync(outside)).toEqual([]);
  });

  it('does not replace a file Accords never wrote, even when chosen in the dialog', async () => {
    const { window, dataDir } = setUp();
    const outside = tempDir('accords-elsewhere-');
    const foreign = join(outside, 'budget.csv');
    writeFileSync(foreign, 'the city budget');
    const chosen = await saveAs(window.webContents, 'export', foreign);
    expect(
      await call(
        window.webContents,
        'exports:start',
        annual({ kind: 'chosen', handle: chosen.handle }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'errors.files.notWrittenByAccords' },
    });
    expect(readFileSync(foreign, 'utf8')).toBe('the city budget');

    // Its own export, chosen again in the dialog: replaced.
    const ours = join(outside, 'annual.csv');
    const first = await value<ExportStatus>(
      window.webContents,
      'exports:start',
      annual({ kind: 'chosen', handle: (await saveAs(window.webContents, 'export', ours)).handle }),
    );
    await waitForExport(first.jobId);
    writeFileSync(ours, 'x', { flag: 'a' });
    // …unless someone changed it since: then it is no longer the file Accords wrote.
    const changed = await call(
      window.webContents,
      'exports:start',
      annual({ kind: 'chosen', handle: (await saveAs(window.webContents, 'export', ours)).handle }),
    );
    expect(changed).toMatchObject({
      ok: false,
      error: { key: 'errors.files.notWrittenByAccords' },
    });
    const fresh = join(outside, 'fresh.csv');
    await waitForExport(
      (
        await value<ExportStatus>(
          window.webContents,
          'exports:start',
          annual({
            kind: 'chosen',
            handle: (await saveAs(window.webContents, 'export', fresh)).handle,
          }),
        )
      ).jobId,
    );
    const replaced = await value<ExportStatus>(
      window.webContents,
      'exports:start',
      annual({
        kind: 'chosen',
        handle: (await saveAs(window.webContents, 'export', fresh)).handle,
      }),
    );
    expect(await waitForExport(replaced.jobId)).toMatchObject({ state: 'done', file: fresh });
    expect(existsSync(join(dataDir, 'written-files.json'))).toBe(true);
  });

  it('archives: export and import only through their own dialogs', async () => {
    const { window } = setUp();
    const usb = tempDir('accords-usb-');
    const file = join(usb, 'accords.tar.gz');
    expect(await call(window.webContents, 'archive:export', { file })).toMatchObject({
      ok: false,
      error: { key: 'errors.files.pathNotChosen' },
    });
    const saved = await saveAs(window.webContents, 'archive-export', file);
    expect(
      await value<{ file: string }>(window.webContents, 'archive:export', { handle: saved.handle }),
    ).toMatchObject({ file });

    expect(await call(window.webContents, 'archive:import', { file })).toMatchObject({
      ok: false,
      error: { key: 'errors.files.pathNotChosen' },
    });
    // A handle for writing an archive does not open one.
    const wrong = await saveAs(window.webContents, 'archive-export', file);
    expect(
      await call(window.webContents, 'archive:import', { handle: wrong.handle }),
    ).toMatchObject({
      ok: false,
      error: { key: 'errors.files.handleUnknown' },
    });
    const opened = await pick(window.webContents, 'archive-import', file);
    expect(fake.dialog.showOpenDialog.mock.calls.at(-1)![1]).toMatchObject({
      properties: ['openFile', 'dontAddToRecent'],
    });
    expect(
      await value<{ counts: Record<string, number> }>(window.webContents, 'archive:import', {
        handle: opened.handle,
      }),
    ).toMatchObject({
      counts: { agreements: 40 },
    });
  });

  it('the backup folder: only one chosen in the folder dialog', async () => {
    const { window } = setUp();
    const folder = join(tempDir('accords-backups-'), 'elsewhere');
    mkdirSync(folder);
    expect(await call(window.webContents, 'backups:settings', { dir: folder })).toMatchObject({
      ok: false,
      error: { key: 'errors.files.pathNotChosen' },
    });
    const chosen = await pick(window.webContents, 'backup-folder', folder);
    expect(fake.dialog.showOpenDialog.mock.calls.at(-1)![1]).toMatchObject({
      properties: expect.arrayContaining(['openDirectory']),
    });
    expect(
      await value<{ dir: string; custom: boolean }>(window.webContents, 'backups:settings', {
        dirHandle: chosen.handle,
      }),
    ).toMatchObject({
      dir: folder,
      custom: true,
    });
    // Back to the default needs no dialog.
    expect(
      await value<{ custom: boolean }>(window.webContents, 'backups:settings', { dir: null }),
    ).toMatchObject({ custom: false });
  });

  it('the open dialog refuses a purpose it does not serve, and answers null when cancelled', async () => {
    const { window } = setUp();
    expect(
      await call(window.webContents, 'accords:open-dialog', { purpose: 'export', title: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { key: 'errors.validation' },
    });
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(
      await call(window.webContents, 'accords:open-dialog', {
        purpose: 'archive-import',
        title: 'x',
      }),
    ).toEqual({ ok: true, value: null });
  });
});
