import Database from 'better-sqlite3';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import type * as OpenModule from '../../../electron/db/open';

const fake = await vi.hoisted(() => import('./fakeElectron').then((m) => m.createFakeElectron()));
vi.mock('electron', () => fake.module);
// Real database, with closeDatabase observed.
vi.mock('../../../electron/db/open', async (importOriginal) => {
  const real = await importOriginal<typeof OpenModule>();
  return { ...real, closeDatabase: vi.fn(real.closeDatabase) };
});
// Small handlers: this file tests the glue, not the services.
vi.mock('../../../electron/ipc/handlers', async () => {
  const { getSetting, setSetting, SETTING_LANGUAGE } =
    await import('../../../electron/services/settings/settings');
  const state = (ctx: { db: Database.Database }) => ({
    language: getSetting(ctx.db, SETTING_LANGUAGE),
  });
  return {
    handlers: {
      'app:state': state,
      'settings:update': (ctx: { db: Database.Database }, update: { language?: string }) => {
        if (update.language) setSetting(ctx.db, SETTING_LANGUAGE, update.language);
        return state(ctx);
      },
    },
  };
});

const { startAccords } = await import('../../../electron/main/main');
const { closeDatabase, openDatabase } = await import('../../../electron/db/open');
const { setSetting, SETTING_LANGUAGE } = await import('../../../electron/services/settings/settings');

const base = mkdtempSync(join(tmpdir(), 'accords-main-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let dataDir: string;
let case_ = 0;

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const menuLabels = () =>
  (fake.Menu.current?.template as MenuItemConstructorOptions[] | undefined)?.map(
    (item) => item.label,
  );
const top = { url: 'app://accords/index.html', parent: null };

async function startReady() {
  startAccords();
  fake.fireReady();
  await settle();
  return fake.BrowserWindow.windows[0];
}

describe('main entry', () => {
  beforeEach(() => {
    fake.reset();
    dataDir = join(base, `case-${++case_}`);
    process.env.ACCORDS_DATA_DIR = dataDir;
  });
  afterEach(() => {
    delete process.env.ACCORDS_DATA_DIR;
    fake.app.emit('before-quit');
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(false);
    startAccords();
    fake.fireReady();
    await settle();
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(fake.app.listenerCount('second-instance')).toBe(0);
    expect(fake.BrowserWindow.windows).toHaveLength(0);
    expect(existsSync(join(dataDir, 'accords.sqlite3'))).toBe(false);
  });

  it('registers the app scheme before ready, with the data folder as userData', () => {
    startAccords();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.BrowserWindow.windows).toHaveLength(0);
    expect(fake.protocol.handle).not.toHaveBeenCalled();
  });

  it('on ready opens the database, answers IPC, serves app:, sets the menu and opens the window', async () => {
    const window = await startReady();
    expect(existsSync(join(dataDir, 'accords.sqlite3'))).toBe(true);
    // The contract's channels and the save and open dialogs'.
    expect(fake.ipcMain.handlers.size).toBe(CHANNELS.length + 2);
    expect(fake.ipcMain.handlers.has('accords:save-dialog')).toBe(true);
    expect(fake.ipcMain.handlers.has('accords:open-dialog')).toBe(true);
    expect(fake.protocol.handlers.has('app')).toBe(true);
    expect(menuLabels()).toEqual(['File', 'Edit', 'View', 'Go', 'Language', 'Help']);
    expect(window?.options.webPreferences?.preload).toBe(
      join('/fake/app', 'dist', 'electron', 'preload.cjs'),
    );
    expect(window?.loadURL).toHaveBeenCalledWith('app://accords/index.html');
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('focuses the first window when a second instance starts', async () => {
    const window = (await startReady())!;
    window.minimized = true;
    fake.app.emit('second-instance', {}, ['accords'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('relabels the menu when the window saves another language, and sends menu commands to it', async () => {
    const window = (await startReady())!;
    const result = await fake.ipcMain.handlers.get('settings:update')!(
      { sender: window.webContents, senderFrame: top },
      { language: 'fr' },
    );
    // Through the Electron door, the envelope carries what the write changed.
    expect(result).toEqual({
      ok: true,
      value: { language: 'fr' },
      changes: [{ entity: 'setting', id: 'ui.language', op: 'create' }],
    });
    expect(menuLabels()?.[0]).toBe('Fichier');

    const go = (fake.Menu.current?.template as MenuItemConstructorOptions[])[3]!;
    ((go.submenu as MenuItemConstructorOptions[])[1]!.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledWith('accords:menu', 'navigate:/cities');
  });

  it('starts with the saved language in the menu', async () => {
    const db = openDatabase(join(dataDir, 'accords.sqlite3'));
    setSetting(db, SETTING_LANGUAGE, 'fr');
    db.close();
    await startReady();
    expect(menuLabels()?.[0]).toBe('Fichier');
  });

  it('closes the database cleanly when the last window closes, then quits', async () => {
    await startReady();
    expect(existsSync(join(dataDir, 'accords.sqlite3-wal'))).toBe(true);
    fake.app.emit('window-all-closed');
    expect(closeDatabase).toHaveBeenCalledTimes(1);
    const db = vi.mocked(closeDatabase).mock.calls[0]![0];
    expect(db.open).toBe(false);
    expect(existsSync(join(dataDir, 'accords.sqlite3-wal'))).toBe(false);
    expect(fake.app.quit).toHaveBeenCalled();
    fake.app.emit('before-quit');
    expect(closeDatabase).toHaveBeenCalledTimes(1);
  });

  it('closes the database on before-quit too', async () => {
    await startReady();
    fake.app.emit('before-quit');
    expect(closeDatabase).toHaveBeenCalledTimes(1);
    expect(vi.mocked(closeDatabase).mock.calls[0]![0].open).toBe(false);
  });

  it('opens on the recovery screen, never a crash, when the database is from a newer Accords', async () => {
    const file = join(dataDir, 'accords.sqlite3');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma('user_version = 9990');
    raw.close();
    const before = readFileSync(file);

    const window = (await startReady())!;
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(fake.app.exit).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.windows).toHaveLength(1);
    const status = (await fake.ipcMain.handlers.get('app:status')!(
      { sender: window.webContents, senderFrame: top },
      undefined,
    )) as { ok: true; value: { mode: string; recovery: { problem: string } } };
    expect(status.ok).toBe(true);
    expect(status.value.mode).toBe('recovery');
    expect(status.value.recovery.problem).toBe('newer-schema');
    // Data channels refuse politely until the user recovers; the file is untouched.
    const list = (await fake.ipcMain.handlers.get('agreements:list')!(
      { sender: window.webContents, senderFrame: top },
      {},
    )) as { ok: false; error: { key: string } };
    expect(list.ok).toBe(false);
    expect(list.error.key).toBe('errors.recoveryNeeded');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('uses Electron’s userData folder when no data folder is given', async () => {
    delete process.env.ACCORDS_DATA_DIR;
    fake.app.paths.set('userData', dataDir);
    await startReady();
    expect(fake.app.setPath).not.toHaveBeenCalled();
    expect(existsSync(join(dataDir, 'accords.sqlite3'))).toBe(true);
  });
});
