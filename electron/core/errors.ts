import type { ErrorCode, FieldIssue } from '../../shared/ipc/result';

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
    throw new DomainError('rule', first.key, `${message}: ${issues.map((i) => `${i.path} (${i.key})`).join(', ')}`, issues, first.params ?? {});
  }
}

/** The error for a record that does not exist (or no longer does). */
export function notFound(what: string, id: string): DomainError {
  return new DomainError('not_found', 'errors.notFound', `${what} ${id} not found`, [], { id });
}
