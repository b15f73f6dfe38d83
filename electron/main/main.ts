import type Database from 'better-sqlite3';
import { app, BrowserWindow, dialog, ipcMain, protocol } from 'electron';
import { join } from 'node:path';
import { AppSession, periodicBackupMs } from '../app/session';
import type { SyncScheduler } from '../app/syncScheduler';
import { startTeamSync } from '../app/teamSync';
import { databasePath } from '../paths/dataDir';
import { MENU_CHANNEL } from '../preload/channels';
import { getSetting, SETTING_LANGUAGE } from '../services/settings/settings';
import { setPasswordStore } from '../services/team/password';
import { stopImportJobs } from '../services/imports/jobs';
import { registerIpc } from './ipc';
import { installMenu, menuLanguage } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { registerOpenDialog } from './openDialog';
import { registerSaveDialog } from './saveDialog';
import { FileGrants } from '../files/grants';
import { safeStoragePasswords } from './teamPassword';
import { createMainWindow, focusWindow } from './window';
import type { Language } from '../../shared/domain/enums';

/**
 * The Electron entry (bundled to dist/electron/main.cjs). One instance per data folder: a
 * second launch focuses the first window and quits. The database is opened once, on ready,
 * and closed when the last window closes or the app quits.
 */
export function startAccords(): void {
  // Chromium keeps its own state (and the single-instance lock) in userData: with a data folder
  // given, all of it lives there, so a fresh folder is a fresh app and test runs stay apart.
  const dataDirFromEnv = process.env.ACCORDS_DATA_DIR;
  if (dataDirFromEnv) app.setPath('userData', dataDirFromEnv);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerAppScheme(protocol);

  let session: AppSession | null = null;
  let teamSync: SyncScheduler | null = null;
  let mainWindow: BrowserWindow | null = null;

  const closeDb = () => {
    // A sync cut short here is resumed at the next start (nothing is applied twice).
    void teamSync?.stop();
    teamSync = null;
    // An import being written is told to stop; the process ending rolls back what is left of it.
    void stopImportJobs();
    if (!session) return;
    try {
      session.close();
    } catch (error) {
      console.error('Accords: the database did not close cleanly:', error);
    }
    session = null;
  };

  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => {
    closeDb();
    app.quit();
  });
  app.on('before-quit', closeDb);

  const onReady = () => {
    const dataDir = dataDirFromEnv || app.getPath('userData');
    const file = databasePath(dataDir);
    try {
      // Checks, backs up and opens the folder; a damaged database is moved aside and the window
      // shows the recovery screen instead (the session answers its channels).
      session = new AppSession(dataDir, {
        version: app.getVersion(),
        kind: 'desktop',
        periodicBackupMs: periodicBackupMs(dataDir),
        onPeriodicError: (error) => console.error('Accords: periodic backup failed:', error),
      });
    } catch (error) {
      fail('Accords cannot open its database', `${messageOf(error)}\n\n${file}`);
      return;
    }
    const current = session;
    const appPath = app.getAppPath();
    // The team password, encrypted by the system's keychain; then sync in the background.
    setPasswordStore(safeStoragePasswords(dataDir));
    teamSync = startTeamSync({
      context: () => current.ctx,
      onError: (error) => console.error('Accords: team sync failed:', error),
    });

    const send = (command: string) => {
      const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
      if (target && !target.isDestroyed()) target.webContents.send(MENU_CHANNEL, command);
    };
    const refreshMenu = (language?: Language) => {
      installMenu({
        platform: process.platform,
        dev: !app.isPackaged,
        language: language ?? menuLanguage(current.ctx ? savedLanguage(current.ctx.db) : null, app.getLocale()),
        send,
        onLanguage: refreshMenu,
      });
    };

    // One store of dialog choices: the dialogs issue handles, the contract's door spends them.
    const fileGrants = new FileGrants();
    registerIpc(ipcMain, (channel, payload) => current.answer(channel, payload), {
      fileGrants,
      afterDispatch: (channel, result) => {
        if (channel === 'settings:update' && result.ok) refreshMenu();
      },
    });
    registerSaveDialog(ipcMain, { grants: fileGrants });
    registerOpenDialog(ipcMain, { grants: fileGrants });
    registerAppProtocol(protocol, join(appPath, 'dist', 'renderer'));
    app.setAboutPanelOptions({ applicationName: 'Accords', applicationVersion: app.getVersion() });
    refreshMenu();

    const openWindow = () => {
      const window = createMainWindow({
        preloadPath: join(appPath, 'dist', 'electron', 'preload.cjs'),
      });
      window.on('closed', () => {
        if (mainWindow === window) mainWindow = null;
      });
      return window;
    };
    mainWindow = openWindow();
    app.on('activate', () => {
      if (session && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
    });
  };

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => fail('Accords could not start', messageOf(error)));
}

/** The saved interface language, read without going through IPC. */
function savedLanguage(db: Database.Database): string | null {
  try {
    return getSetting(db, SETTING_LANGUAGE);
  } catch {
    return null;
  }
}

/** Says why in a native dialog (never a silent crash), then quits with a failure code. */
function fail(title: string, message: string): void {
  console.error(`${title}: ${message}`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

startAccords();
