/**
 * A stand-in for the `electron` module (the binary cannot run here): just enough of app,
 * BrowserWindow, webContents, session, ipc, protocol, menu, dialog and shell for the main
 * process and preload to run under Node. Use: `const fake = await vi.hoisted(() =>
 * import('./fakeElectron').then((m) => m.createFakeElectron()))` and
 * `vi.mock('electron', () => fake.module)`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type InvokeHandler = (event: unknown, payload: unknown) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response> | Response;

/** An `Electron.Event`-like object whose preventDefault can be observed. */
export function fakeEvent(): { preventDefault: () => void; defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export function createFakeElectron() {
  class FakeSession {
    requestHandler: PermissionRequestHandler | null = null;
    checkHandler: PermissionCheckHandler | null = null;
    setPermissionRequestHandler(handler: PermissionRequestHandler | null) {
      this.requestHandler = handler;
    }
    setPermissionCheckHandler(handler: PermissionCheckHandler | null) {
      this.checkHandler = handler;
    }
  }
  const defaultSession = new FakeSession();

  let nextId = 1;
  class FakeWebContents extends EventEmitter {
    readonly id = nextId++;
    session = defaultSession;
    windowOpenHandler: WindowOpenHandler | null = null;
    send = vi.fn();
    setWindowOpenHandler(handler: WindowOpenHandler) {
      this.windowOpenHandler = handler;
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static windows: FakeBrowserWindow[] = [];
    static focused: FakeBrowserWindow | null = null;
    static getAllWindows() {
      return FakeBrowserWindow.windows.filter((w) => !w.destroyed);
    }
    static getFocusedWindow() {
      return FakeBrowserWindow.focused;
    }
    static fromWebContents(contents: unknown) {
      return FakeBrowserWindow.windows.find((w) => w.webContents === contents) ?? null;
    }
    readonly webContents = new FakeWebContents();
    destroyed = false;
    minimized = false;
    visible = false;
    loadURL = vi.fn(async (_url: string) => {});
    show = vi.fn(() => {
      this.visible = true;
    });
    focus = vi.fn();
    restore = vi.fn(() => {
      this.minimized = false;
    });
    constructor(
      readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> },
    ) {
      super();
      FakeBrowserWindow.windows.push(this);
    }
    isMinimized() {
      return this.minimized;
    }
    isDestroyed() {
      return this.destroyed;
    }
  }

  let resolveReady: () => void = () => {};
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    paths: new Map<string, string>([['userData', '/fake/userData']]),
    ready: new Promise<void>((resolve) => (resolveReady = resolve)),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    setAboutPanelOptions: vi.fn(),
    whenReady: vi.fn(() => app.ready),
    getPath: vi.fn((name: string) => app.paths.get(name) ?? `/fake/${name}`),
    setPath: vi.fn((name: string, value: string) => void app.paths.set(name, value)),
    getAppPath: vi.fn(() => '/fake/app'),
    getVersion: vi.fn(() => '0.1.0'),
    getLocale: vi.fn(() => 'en-US'),
  });

  const ipcMain = {
    handlers: new Map<string, InvokeHandler>(),
    handle: vi.fn((channel: string, handler: InvokeHandler) => {
      if (ipcMain.handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcMain.handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => void ipcMain.handlers.delete(channel)),
  };

  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: vi.fn(async (_channel: string, _payload: unknown): Promise<unknown> => ({
      ok: true,
      value: null,
    })),
  });

  const contextBridge = {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld: vi.fn(
      (key: string, api: unknown) => void contextBridge.exposed.set(key, api),
    ),
  };

  const protocol = {
    handlers: new Map<string, ProtocolHandler>(),
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn(
      (scheme: string, handler: ProtocolHandler) => void protocol.handlers.set(scheme, handler),
    ),
  };

  const Menu = {
    current: null as null | { template: unknown[] },
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => {
      Menu.current = menu;
    }),
  };

  const dialog = {
    showErrorBox: vi.fn(),
    // (window?, options) → { canceled, filePath }; cancelled unless a test says otherwise.
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    // (window?, options) → { canceled, filePaths }; cancelled unless a test says otherwise.
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
      canceled: true,
      filePaths: [] as string[],
    })),
  };
  const shell = { openExternal: vi.fn(async (_url: string) => {}) };

  // A stand-in for the OS keychain: the bytes are not the text (reversed, behind a marker).
  const safeStorage = {
    isEncryptionAvailable: vi.fn(() => true),
    getSelectedStorageBackend: vi.fn((): string => 'gnome_libsecret'),
    encryptString: vi.fn((text: string) =>
      Buffer.concat([Buffer.from('KEYCHAIN:'), Buffer.from(text, 'utf8').reverse()]),
    ),
    decryptString: vi.fn((bytes: Buffer) => {
      if (!bytes.subarray(0, 9).equals(Buffer.from('KEYCHAIN:'))) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(bytes.subarray(9)).reverse().toString('utf8');
    }),
  };

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    ipcRenderer,
    contextBridge,
    protocol,
    Menu,
    dialog,
    shell,
    safeStorage,
    session: { defaultSession },
  };

  return {
    module,
    app,
    BrowserWindow: FakeBrowserWindow,
    WebContents: FakeWebContents,
    defaultSession,
    ipcMain,
    ipcRenderer,
    contextBridge,
    protocol,
    Menu,
    dialog,
    shell,
    safeStorage,
    /** Fires `ready` (what `app.whenReady()` waits for). */
    fireReady: () => resolveReady(),
    /** Back to a fresh, not-yet-ready app with no windows, handlers or calls. */
    reset() {
      vi.clearAllMocks();
      app.removeAllListeners();
      app.isPackaged = false;
      app.paths = new Map([['userData', '/fake/userData']]);
      app.ready = new Promise<void>((resolve) => (resolveReady = resolve));
      app.requestSingleInstanceLock.mockImplementation(() => true);
      FakeBrowserWindow.windows = [];
      FakeBrowserWindow.focused = null;
      ipcMain.handlers.clear();
      ipcRenderer.removeAllListeners();
      contextBridge.exposed.clear();
      protocol.handlers.clear();
      Menu.current = null;
      defaultSession.requestHandler = null;
      defaultSession.checkHandler = null;
      safeStorage.isEncryptionAvailable.mockImplementation(() => true);
      safeStorage.getSelectedStorageBackend.mockImplementation(() => 'gnome_libsecret');
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
