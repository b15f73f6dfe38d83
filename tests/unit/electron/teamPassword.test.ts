import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tempData';

const fake = await vi.hoisted(() => import('./fakeElectron').then((m) => m.createFakeElectron()));
vi.mock('electron', () => fake.module);

const { safeStoragePasswords, TEAM_PASSWORD_FILE } =
  await import('../../../electron/main/teamPassword');

const PASSWORD = 'Correct horse ☃ battery';

describe('the team password in the desktop app', () => {
  beforeEach(() => fake.reset());

  it('is kept encrypted by the system keychain in a file only its owner can read', () => {
    const dir = tempDir();
    const store = safeStoragePasswords(dir);
    expect(store.read()).toBeUndefined();
    expect(store.save(PASSWORD)).toBe('keychain');
    const file = join(dir, TEAM_PASSWORD_FILE);
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from(PASSWORD))).toBe(false);
    expect(bytes.includes(Buffer.from('battery'))).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(fake.safeStorage.encryptString).toHaveBeenCalledExactlyOnceWith(PASSWORD);
    // A new start of the app reads it back through the keychain.
    expect(safeStoragePasswords(dir).read()).toBe(PASSWORD);
  });

  it('is forgotten when the desktop leaves the team', () => {
    const dir = tempDir();
    const store = safeStoragePasswords(dir);
    store.save(PASSWORD);
    store.clear();
    expect(store.read()).toBeUndefined();
    expect(safeStoragePasswords(dir).read()).toBeUndefined();
    store.clear();
  });

  it('stays in memory only where Linux has no keychain (basic_text is no encryption)', () => {
    const dir = tempDir();
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'linux' });
    try {
      fake.safeStorage.getSelectedStorageBackend.mockImplementation(() => 'basic_text');
      const store = safeStoragePasswords(dir);
      expect(store.save(PASSWORD)).toBe('memory');
      expect(store.read()).toBe(PASSWORD);
      expect(fake.safeStorage.encryptString).not.toHaveBeenCalled();
      expect(() => statSync(join(dir, TEAM_PASSWORD_FILE))).toThrow();
      expect(safeStoragePasswords(dir).read()).toBeUndefined();
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('stays in memory when encryption is not available at all', () => {
    const dir = tempDir();
    fake.safeStorage.isEncryptionAvailable.mockImplementation(() => false);
    const store = safeStoragePasswords(dir);
    expect(store.save(PASSWORD)).toBe('memory');
    expect(store.read()).toBe(PASSWORD);
    expect(() => statSync(join(dir, TEAM_PASSWORD_FILE))).toThrow();
  });

  it('asks again rather than fail when the keychain cannot decrypt the file (another user, another machine)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, TEAM_PASSWORD_FILE), Buffer.from('bytes from elsewhere'));
    expect(safeStoragePasswords(dir).read()).toBeUndefined();
  });
});
