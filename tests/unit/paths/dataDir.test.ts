import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATABASE_FILE,
  PRODUCT_NAME,
  databasePath,
  resolveDataDir,
  userDataDir,
} from '../../../electron/paths/dataDir';

const HOME = '/home/ada';

describe('userDataDir', () => {
  it('uses the productName of package.json, as Electron does for app.getPath("userData")', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
    ) as { productName: string };
    expect(PRODUCT_NAME).toBe(pkg.productName);
    expect(PRODUCT_NAME).toBe('Accords');
  });

  it('Windows: %APPDATA%\\Accords, else the roaming folder under the home', () => {
    const appData = 'C:\\Users\\ada\\AppData\\Roaming';
    expect(userDataDir('win32', { APPDATA: appData }, HOME)).toBe(join(appData, 'Accords'));
    expect(userDataDir('win32', {}, HOME)).toBe(join(HOME, 'AppData', 'Roaming', 'Accords'));
  });

  it('macOS: ~/Library/Application Support/Accords, whatever XDG says', () => {
    expect(userDataDir('darwin', { XDG_CONFIG_HOME: '/xdg' }, HOME)).toBe(
      '/home/ada/Library/Application Support/Accords',
    );
  });

  it('Linux: $XDG_CONFIG_HOME/Accords, else ~/.config/Accords', () => {
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/xdg/config' }, HOME)).toBe(
      '/xdg/config/Accords',
    );
    expect(userDataDir('linux', {}, HOME)).toBe('/home/ada/.config/Accords');
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '' }, HOME)).toBe('/home/ada/.config/Accords');
    expect(userDataDir('freebsd', {}, HOME)).toBe('/home/ada/.config/Accords');
  });
});

describe('resolveDataDir', () => {
  it('takes the flag over the environment, and the environment over the default', () => {
    expect(resolveDataDir('/flag', { ACCORDS_DATA_DIR: '/env' })).toBe('/flag');
    expect(resolveDataDir(undefined, { ACCORDS_DATA_DIR: '/env' })).toBe('/env');
    expect(resolveDataDir('', { ACCORDS_DATA_DIR: '/env' })).toBe('/env');
    const env = { XDG_CONFIG_HOME: '/xdg', APPDATA: '/appdata' };
    expect(resolveDataDir(undefined, env)).toBe(userDataDir(process.platform, env));
    expect(resolveDataDir(undefined, { ...env, ACCORDS_DATA_DIR: '' })).toBe(
      userDataDir(process.platform, env),
    );
  });

  it('puts the database file in the data folder', () => {
    expect(DATABASE_FILE).toBe('accords.sqlite3');
    expect(databasePath('/data')).toBe('/data/accords.sqlite3');
  });
});
