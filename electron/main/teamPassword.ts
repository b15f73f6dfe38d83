import { safeStorage } from 'electron';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PasswordStore } from '../services/team/password';

/** Where the desktop app keeps the team password, encrypted, in the data folder. */
export const TEAM_PASSWORD_FILE = 'team-password.enc';

/** Where a team password is kept: `keychain` encrypted by the system, `memory` until the app quits. */
export type PasswordKeeping = 'keychain' | 'memory';

/** The team password of one data folder, never in clear on disk (the façade's `PasswordStore`). */
export interface TeamPasswordStore extends PasswordStore {
  /** The saved password, or undefined when none is (or the system can no longer decrypt it). */
  read(): string | undefined;
  save(password: string): PasswordKeeping;
  clear(): void;
}

/**
 * The desktop app's store: Electron's safeStorage encrypts with the system's keychain (DPAPI on
 * Windows, the Keychain on macOS, libsecret or kwallet on Linux) and the bytes go to a 0600 file
 * in the data folder. Where Linux has no keychain, safeStorage falls back to a key written in
 * Chromium itself (`basic_text`), which is no protection: then the password stays in memory and
 * the Team screen asks for it again at the next start.
 */
export function safeStoragePasswords(dataDir: string): TeamPasswordStore {
  const file = join(dataDir, TEAM_PASSWORD_FILE);
  let inMemory: string | undefined;
  return {
    read() {
      if (inMemory !== undefined) return inMemory;
      // Nothing kept here: IT may give it to every desktop through the environment.
      if (!existsSync(file) || !keychainUsable()) return process.env.PGPASSWORD || undefined;
      try {
        return safeStorage.decryptString(readFileSync(file));
      } catch {
        // Another user's or another machine's keychain: the password must be typed again.
        return undefined;
      }
    },
    save(password) {
      if (!keychainUsable()) {
        inMemory = password;
        rmSync(file, { force: true });
        return 'memory';
      }
      inMemory = undefined;
      writeFileSync(file, safeStorage.encryptString(password), { mode: 0o600 });
      // An existing file keeps its mode through writeFileSync: make sure.
      chmodSync(file, 0o600);
      return 'keychain';
    },
    clear() {
      inMemory = undefined;
      rmSync(file, { force: true });
    },
  };
}

/** True when safeStorage encrypts with a real system keychain. */
function keychainUsable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}
