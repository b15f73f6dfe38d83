import { BrowserWindow, shell, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl, isExternalHttps } from './origin';

/** The web contents of windows this process created: the only senders IPC answers. */
const ownContents = new WeakSet<WebContents>();

/** True when `contents` belongs to a window made by `createMainWindow`. */
export function isOwnWebContents(contents: WebContents | null | undefined): boolean {
  return contents != null && ownContents.has(contents);
}

export interface MainWindowOptions {
  /** Absolute path of the bundled, CommonJS preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** Where to load; the app's own entry unless a test says otherwise. */
  url?: string;
}

/**
 * The Accords window: an isolated, sandboxed renderer without Node, which can neither open
 * windows, leave the app's origin nor be granted a permission. Shown once painted.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Accords',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  ownContents.add(window.webContents);
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.url ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('Accords: the window could not load the app:', error);
  });
  return window;
}

/**
 * Locks a renderer in: `window.open` is refused (an https link opens in the system browser
 * instead), navigation and redirects may not leave `app://accords`, `<webview>` cannot be
 * attached, and every permission request or check is refused.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  contents.session.setPermissionCheckHandler(() => false);
}

/** Hands an https address to the system browser; anything else (file:, javascript:, http:) is dropped. */
export function openExternally(url: string): boolean {
  if (!isExternalHttps(url)) return false;
  shell.openExternal(url).catch((error: unknown) => {
    console.error('Accords: the system browser could not open a link:', error);
  });
  return true;
}

/** Brings a window to the front, restoring it if minimized (the second-instance case). */
export function focusWindow(window: BrowserWindow | null | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
