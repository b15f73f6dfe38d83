import { readFileSync, statSync } from 'node:fs';
import { DomainError } from '../../core/errors';

/**
 * Where the team server's password comes from. Never from the stored URL (it is stripped
 * before storing). The desktop registers Electron's safeStorage (main/teamPassword.ts); the
 * command line and the preview read `PGPASSWORD`, or the file named by
 * `ACCORDS_TEAM_PASSWORD_FILE`, which must be readable by its owner only (0600).
 */
export interface PasswordStore {
  read(): string | undefined;
  save(password: string): void;
  /** Forgets a saved password (the desktop left its team). */
  clear?(): void;
}

/** The environment's password: `PGPASSWORD`, or a 0600 file named by `ACCORDS_TEAM_PASSWORD_FILE`. */
export function environmentPassword(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = env.ACCORDS_TEAM_PASSWORD_FILE;
  if (file) return readPasswordFile(file);
  return env.PGPASSWORD || undefined;
}

/** Reads a password file, refused unless only its owner can read it. */
export function readPasswordFile(file: string): string {
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch {
    throw new DomainError('validation', 'errors.team.passwordFileMissing', `The password file ${file} cannot be read`, [], { file });
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new DomainError('validation', 'errors.team.passwordFileOpen', `The password file ${file} can be read by others; run chmod 600 ${file}`, [], { file });
  }
  return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
}

/** The store for the command line and the preview: the environment; nothing is saved. */
export const environmentStore: PasswordStore = {
  read: () => environmentPassword(),
  save: () => undefined,
};

/**
 * The preview's store: a password typed on the Team screen is kept in memory for as long as the
 * preview runs (never on disk), else the environment's.
 */
export function memoryPasswords(env: NodeJS.ProcessEnv = process.env): PasswordStore {
  let typed: string | undefined;
  return {
    read: () => typed ?? environmentPassword(env),
    save: (password) => {
      typed = password;
    },
    clear: () => {
      typed = undefined;
    },
  };
}

let current: PasswordStore = environmentStore;

/** Replaces the password store (the desktop registers safeStorage at start). */
export function setPasswordStore(store: PasswordStore): void {
  current = store;
}

export function passwordStore(): PasswordStore {
  return current;
}
