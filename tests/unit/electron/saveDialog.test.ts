import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tempData';

const fake = await vi.hoisted(() => import('./fakeElectron').then((m) => m.createFakeElectron()));
vi.mock('electron', () => fake.module);

const { registerSaveDialog } = await import('../../../electron/main/saveDialog');
const { createMainWindow } = await import('../../../electron/main/window');
const { SAVE_DIALOG_CHANNEL } = await import('../../../electron/preload/channels');

const { FileGrants } = await import('../../../electron/files/grants');
const { ownerOf } = await import('../../../electron/main/ipc');

const options = {
  purpose: 'export',
  defaultName: 'accords-annual-2026.pdf',
  title: 'Export the annual report',
  filter: { name: 'PDF', extensions: ['pdf'] },
};
const topFrame = { url: 'app://accords/index.html#/reports', parent: null };

function ourWindow() {
  createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs' });
  return fake.BrowserWindow.windows.at(-1)!;
}

/** Calls the channel as the given sender would. */
function ask(
  sender: unknown,
  payload: unknown,
  frame: { url: string; parent: unknown } | null = topFrame,
) {
  const handler = fake.ipcMain.handlers.get(SAVE_DIALOG_CHANNEL);
  if (!handler) throw new Error('the save dialog channel is not registered');
  return handler({ sender, senderFrame: frame }, payload);
}

let grants = new FileGrants();

/** What the dialog answered: a handle for the path, which redeems to it once for that window. */
function chosen(answer: unknown, sender: { id: number }, path: string): void {
  const value = (answer as { ok: true; value: { handle: string; path: string } }).value;
  expect(value.path).toBe(path);
  expect(grants.redeem(value.handle, ownerOf(sender as never), 'export')).toBe(path);
}

describe('the save dialog over IPC', () => {
  beforeEach(() => {
    fake.reset();
    fake.app.paths.set('downloads', '/home/me/Downloads');
    grants = new FileGrants();
    registerSaveDialog(fake.ipcMain as never, { grants });
  });

  it('shows the native dialog over the calling window, in Downloads, and answers a handle for the chosen path', async () => {
    const window = ourWindow();
    fake.dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: '/home/me/Reports/annual.pdf',
    });
    chosen(
      await ask(window.webContents, options),
      window.webContents,
      '/home/me/Reports/annual.pdf',
    );
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(window, {
      title: 'Export the annual report',
      defaultPath: join('/home/me/Downloads', 'accords-annual-2026.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('answers null when the user cancels', async () => {
    const window = ourWindow();
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await ask(window.webContents, options)).toEqual({ ok: true, value: null });
  });

  it('opens in Documents where there is no Downloads folder', async () => {
    const window = ourWindow();
    fake.app.getPath.mockImplementation((name: string) => {
      if (name === 'downloads') throw new Error('Failed to get downloads path');
      return `/home/me/${name}`;
    });
    await ask(window.webContents, options);
    expect(fake.dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      defaultPath: join('/home/me/documents', options.defaultName),
    });
    fake.app.getPath.mockImplementation(
      (name: string) => fake.app.paths.get(name) ?? `/fake/${name}`,
    );
  });

  it('adds the extension a dialog let the user leave out, unless that file exists', async () => {
    const window = ourWindow();
    const dir = tempDir();
    fake.dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(dir, 'annual'),
    });
    chosen(await ask(window.webContents, options), window.webContents, join(dir, 'annual.pdf'));
    writeFileSync(join(dir, 'annual.pdf'), 'x');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(dir, 'annual'),
    });
    chosen(await ask(window.webContents, options), window.webContents, join(dir, 'annual'));
  });

  it.each([
    ['a web contents we did not create', () => new fake.WebContents(), topFrame],
    [
      'a sub-frame of our window',
      () => ourWindow().webContents,
      { url: 'app://accords/index.html', parent: topFrame },
    ],
    [
      'another origin',
      () => ourWindow().webContents,
      { url: 'https://evil.example/', parent: null },
    ],
    ['a gone frame', () => ourWindow().webContents, null],
  ])('refuses %s without showing anything', async (_label, sender, frame) => {
    expect(await ask(sender(), options, frame)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'errors.forbidden' },
    });
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['no options', undefined],
    ['a path instead of a name', { ...options, defaultName: '/etc/passwd' }],
    ['a name climbing out', { ...options, defaultName: '..' }],
    ['a Windows path', { ...options, defaultName: 'C:\\Users\\me\\x.pdf' }],
    ['an empty title', { ...options, title: ' ' }],
    ['no extension', { ...options, filter: { name: 'PDF', extensions: [] } }],
    ['an extension with a dot', { ...options, filter: { name: 'PDF', extensions: ['.pdf'] } }],
    ['an extra field', { ...options, defaultPath: '/tmp' }],
    ['no purpose', { ...options, purpose: undefined }],
    ['a purpose a save dialog does not serve', { ...options, purpose: 'backup-folder' }],
  ])('refuses %s as a validation error without showing anything', async (_label, payload) => {
    const window = ourWindow();
    expect(await ask(window.webContents, payload)).toMatchObject({
      ok: false,
      error: { code: 'validation', key: 'errors.validation' },
    });
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('can be removed', () => {
    fake.ipcMain.removeHandler(SAVE_DIALOG_CHANNEL);
    const remove = registerSaveDialog(fake.ipcMain as never, { grants });
    expect(fake.ipcMain.handlers.has(SAVE_DIALOG_CHANNEL)).toBe(true);
    remove();
    expect(fake.ipcMain.handlers.has(SAVE_DIALOG_CHANNEL)).toBe(false);
  });
});
