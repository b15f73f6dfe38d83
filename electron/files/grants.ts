import { randomBytes } from 'node:crypto';
import type { FilePurpose } from '../../shared/schemas/fileHandles';
import { DomainError } from '../core/errors';

/** How long a choice made in a dialog stays good: enough to read a confirmation, not a day. */
export const GRANT_TTL_MS = 10 * 60_000;
/** At most this many unspent choices are kept (a page asking in a loop cannot fill memory). */
const MAX_GRANTS = 64;

interface Grant {
  owner: string;
  purpose: FilePurpose;
  path: string;
  expires: number;
}

/**
 * The paths the user chose in main's native dialogs, each behind an opaque handle: random,
 * bound to the window (web contents) that asked and to one purpose, spent by its first use,
 * gone after GRANT_TTL_MS. The renderer only ever holds the handle, so the path an operation
 * writes to or reads from is one the user picked for that operation, never one a page made up.
 */
export class FileGrants {
  private readonly grants = new Map<string, Grant>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Remembers a path the user chose; answers the handle to give the renderer. */
  issue(owner: string, purpose: FilePurpose, path: string): string {
    this.forgetExpired();
    while (this.grants.size >= MAX_GRANTS) {
      const oldest = this.grants.keys().next().value as string;
      this.grants.delete(oldest);
    }
    const handle = randomBytes(24).toString('base64url');
    this.grants.set(handle, { owner, purpose, path, expires: this.now() + GRANT_TTL_MS });
    return handle;
  }

  /**
   * The path behind a handle, spent at once. Refused (and spent too, so a guessing page gets
   * one try per handle it stole) when it is unknown, expired, was given to another window or
   * for another purpose.
   */
  redeem(handle: string, owner: string, purpose: FilePurpose): string {
    const grant = this.grants.get(handle);
    if (!grant) throw refused('unknown or already used');
    this.grants.delete(handle);
    if (grant.expires <= this.now()) throw refused('expired');
    if (grant.owner !== owner) throw refused('given to another window');
    if (grant.purpose !== purpose) throw refused(`given for ${grant.purpose}, not ${purpose}`);
    return grant.path;
  }

  /** Unspent handles (for tests and diagnostics). */
  get size(): number {
    this.forgetExpired();
    return this.grants.size;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [handle, grant] of this.grants) if (grant.expires <= now) this.grants.delete(handle);
  }
}

function refused(why: string): DomainError {
  return new DomainError('rule', 'errors.files.handleUnknown', `File handle refused: ${why}`);
}
