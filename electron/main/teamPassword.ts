import { safeStorage } from 'electron';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPasswordStore, type PasswordStore } from '../services/team/password';

/**
 * The desktop's keeper of the team server's password: encrypted with Electron's safeStorage
 * (the OS keychain, DPAPI or libsecret), written to `team-password.bin` in the data folder,
 * readable by its owner only. Never in clear on disk; nothing is saved where the OS offers no
 * encryption (the password is then asked again at the next start, or read from PGPASSWORD).
 */

export const PASSWORD_FILE = 'team-password.bin';

export function safeStoragePasswordStore(dataDir: string): PasswordStore {
  const file = join(dataDir, PASSWORD_FILE);
  return {
    read() {
      if (!existsSync(file) || !safeStorage.isEncryptionAvailable()) return process.env.PGPASSWORD || undefined;
      return safeStorage.decryptString(readFileSync(file));
    },
    save(password) {
      if (!safeStorage.isEncryptionAvailable()) return;
      writeFileSync(file, safeStorage.encryptString(password), { mode: 0o600 });
      chmodSync(file, 0o600);
    },
  };
}

/** Makes the team services read and keep the password through safeStorage. */
export function registerTeamPassword(dataDir: string): void {
  setPasswordStore(safeStoragePasswordStore(dataDir));
}
