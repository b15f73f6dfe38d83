import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvent } from './fakeElectron';

const fake = await vi.hoisted(() => import('./fakeElectron').then((m) => m.createFakeElectron()));
vi.mock('electron', () => fake.module);

const { createMainWindow, focusWindow, isOwnWebContents } =
  await import('../../../electron/main/window');

function open() {
  createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs' });
  const window = fake.BrowserWindow.windows.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

describe('main window', () => {
  beforeEach(() => fake.reset());

  it('runs an isolated, sandboxed renderer without Node, with the bundled preload', () => {
    const prefs = open().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/dist/electron/preload.cjs',
    });
  });

  it('loads the app origin, titled Accords, with a minimum size, and shows only when painted', () => {
    const window = open();
    expect(window.loadURL).toHaveBeenCalledWith('app://accords/index.html');
    expect(window.options).toMatchObject({ title: 'Accords', show: false });
    expect(window.options.minWidth).toBeGreaterThanOrEqual(800);
    expect(window.options.minHeight).toBeGreaterThanOrEqual(500);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('denies window.open and hands only https links to the system browser', () => {
    const handler = open().webContents.windowOpenHandler;
    expect(handler).toBeTypeOf('function');
    for (const url of [
      'https://example.org/page',
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://accords/x',
    ]) {
      expect(handler!({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.org/page');
  });

  it('blocks navigation away from app://accords and lets in-app navigation through', () => {
    const contents = open().webContents;
    const blocked = [
      'https://evil.example/',
      'http://localhost:3000/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://user@accords/index.html',
    ];
    for (const url of blocked) {
      const event = fakeEvent();
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented, url).toBe(true);
    }
    const inApp = fakeEvent();
    contents.emit('will-navigate', inApp, 'app://accords/index.html#/cities');
    expect(inApp.defaultPrevented).toBe(false);

    const redirect = fakeEvent();
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.defaultPrevented).toBe(true);

    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    const window = open();
    const { requestHandler, checkHandler } = window.webContents.session;
    expect(requestHandler).toBeTypeOf('function');
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      requestHandler!(window.webContents, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(checkHandler!(window.webContents, permission)).toBe(false);
    }
  });

  it('knows its own web contents from any other', () => {
    const window = open();
    expect(isOwnWebContents(window.webContents as never)).toBe(true);
    expect(isOwnWebContents(new fake.WebContents() as never)).toBe(false);
    expect(isOwnWebContents(null)).toBe(false);
  });

  it('brings a minimized window back on focus', () => {
    const window = open();
    window.minimized = true;
    focusWindow(window as never);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    window.destroyed = true;
    window.focus.mockClear();
    focusWindow(window as never);
    expect(window.focus).not.toHaveBeenCalled();
  });
});
