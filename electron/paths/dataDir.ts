import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name Electron derives its per-user folder from. */
export const PRODUCT_NAME = 'Accords';
/** The database file inside the data folder. */
export const DATABASE_FILE = 'accords.sqlite3';

/**
 * Electron's `userData` folder for Accords on each OS, computed without Electron so the CLI
 * and the preview find the desktop app's database: %APPDATA%\Accords on Windows,
 * ~/Library/Application Support/Accords on macOS, $XDG_CONFIG_HOME/Accords (or ~/.config) on Linux.
 */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}

/** Where the data lives: `--data-dir`, else ACCORDS_DATA_DIR, else the desktop app's folder. */
export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.ACCORDS_DATA_DIR || userDataDir(process.platform, env);
}

/** The database file of a data folder. */
export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}
