import type { AppError, ErrorCode, FieldIssue } from '../../shared/ipc/result';
import { isWrittenElsewhere } from './writtenElsewhere';

/**
 * A refusal the user can act on: a domain rule (`rule`), a missing record (`not_found`) or
 * a state that forbids the request (`conflict`). The handler wrapper turns it into the
 * error envelope; nothing has been written when it is thrown.
 */
export class DomainError extends Error {
  constructor(
    readonly code: Extract<ErrorCode, 'rule' | 'not_found' | 'conflict' | 'validation'>,
    readonly key: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Throws a `rule` error when any field issue was found. */
export function assertNoIssues(issues: FieldIssue[], message = 'Some fields break a rule'): void {
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new DomainError(
      'rule',
      first.key,
      `${message}: ${issues.map((i) => `${i.path} (${i.key})`).join(', ')}`,
      issues,
      first.params ?? {},
    );
  }
}

/** The error for a record that does not exist (or no longer does). */
export function notFound(what: string, id: string): DomainError {
  return new DomainError('not_found', 'errors.notFound', `${what} ${id} not found`, [], { id });
}

/**
 * The refusal of a write while an import is being saved by its worker thread (see
 * `core/writtenElsewhere.ts`), and of what would pull the file from under it (a restore).
 */
export function importWritingError(): DomainError {
  return new DomainError(
    'conflict',
    'errors.import.writing',
    'An import is being saved: try again once it has finished (or stop it)',
  );
}

/** Maps what a service threw to the envelope's error: domain refusals, storage failures, bugs. */
export function toAppError(error: unknown): AppError {
  if (error instanceof DomainError) {
    return {
      code: error.code,
      key: error.key,
      message: error.message,
      details: { issues: error.issues, params: error.params },
    };
  }
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  // The lock is the import's: say so, rather than "the database is busy".
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_BUSY') && isWrittenElsewhere())
    return toAppError(importWritingError());
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_')) {
    const key =
      sqliteCode === 'SQLITE_FULL'
        ? 'errors.storageFull'
        : sqliteCode.startsWith('SQLITE_READONLY')
          ? 'errors.storageReadOnly'
          : sqliteCode.startsWith('SQLITE_BUSY')
            ? 'errors.storageBusy'
            : 'errors.storage';
    return {
      code: 'storage',
      key,
      message: `${sqliteCode}: ${(error as Error).message}`,
      details: { params: { sqliteCode } },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', key: 'errors.internal', message, details: {} };
}
