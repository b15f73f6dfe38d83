import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tempData';

/** Electron's safeStorage, mocked: "encrypts" by reversing and tagging, so clear text is visible if it leaks. */
const safe = vi.hoisted(() => ({
  available: true,
  isEncryptionAvailable() {
    return this.available;
  },
  encryptString: (text: string) => Buffer.from(`enc:${[...text].reverse().join('')}`),
  decryptString: (bytes: Buffer) => [...bytes.toString().slice(4)].reverse().join(''),
}));
vi.mock('electron', () => ({ safeStorage: safe }));

const { safeStoragePasswordStore, PASSWORD_FILE } = await import('../../../electron/main/teamPassword');
const { environmentPassword, readPasswordFile } = await import('../../../electron/services/team/password');
const { passwordInUrl, withoutPassword } = await import('../../../electron/services/team/server/connect');

describe('the team password on the desktop (safeStorage)', () => {
  it('is kept encrypted, readable by its owner only, and read back', () => {
    const dir = tempDir();
    const store = safeStoragePasswordStore(dir);
    store.save('s3cret-pass');
    const file = join(dir, PASSWORD_FILE);
    expect(readFileSync(file).toString()).not.toContain('s3cret-pass');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(store.read()).toBe('s3cret-pass');
  });

  it('is not written at all where the OS offers no encryption', () => {
    const dir = tempDir();
    safe.available = false;
    try {
      safeStoragePasswordStore(dir).save('s3cret-pass');
      expect(() => statSync(join(dir, PASSWORD_FILE))).toThrow();
    } finally {
      safe.available = true;
    }
  });
});

describe('the team password on the command line', () => {
  it('comes from PGPASSWORD, or a file only its owner can read', () => {
    expect(environmentPassword({ PGPASSWORD: 'from-env' })).toBe('from-env');
    const file = join(tempDir(), 'pw');
    writeFileSync(file, 'from-file\n', { mode: 0o600 });
    expect(environmentPassword({ ACCORDS_TEAM_PASSWORD_FILE: file, PGPASSWORD: 'from-env' })).toBe('from-file');
    chmodSync(file, 0o644);
    expect(() => readPasswordFile(file)).toThrow(/chmod 600/);
  });

  it('is stripped from the connection string before it is stored', () => {
    const url = 'postgres://anne:p%40ss@db.city.example:5432/accords?sslmode=verify-full';
    expect(withoutPassword(url)).toBe('postgres://anne@db.city.example:5432/accords?sslmode=verify-full');
    expect(passwordInUrl(url)).toBe('p@ss');
    expect(withoutPassword('postgres://db.city.example/accords')).toBe('postgres://db.city.example/accords');
  });
});
