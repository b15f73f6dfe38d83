import type { AppError, ErrorCode, FieldIssue } from '../../../shared/ipc/result';

/** A call main refused or could not complete, carrying main's error envelope as is. */
export class ApiError extends Error {
  constructor(
    readonly channel: string,
    readonly error: AppError,
  ) {
    super(`${channel}: ${error.message}`);
    this.name = 'ApiError';
  }

  get code(): ErrorCode {
    return this.error.code;
  }

  /** The i18n key of the sentence the user reads. */
  get key(): string {
    return this.error.key;
  }

  /** The fields at fault, for `validation` and `rule` errors. */
  get issues(): FieldIssue[] {
    return this.error.details.issues ?? [];
  }

  get params(): Record<string, string | number> {
    return this.error.details.params ?? {};
  }
}

/** An ApiError for when main could not be reached or answered something that is no envelope. */
export function unreachable(channel: string, cause: unknown): ApiError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new ApiError(channel, {
    code: 'internal',
    key: 'app.unreachable',
    message: `No answer from main: ${message}`,
    details: {},
  });
}
