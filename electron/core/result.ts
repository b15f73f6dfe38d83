import type { ZodError } from 'zod';
import type { Change } from '../../shared/ipc/changes';
import { fieldIssuesFromZod, summarizeIssues } from '../../shared/ipc/issues';
import type { AppError, Result } from '../../shared/ipc/result';
import { toAppError } from './errors';

/**
 * The one builder of result envelopes, for every door (the dispatcher, the data-folder session,
 * Electron IPC, the save dialog, the preview's HTTP).
 */

/** A successful answer; `changes` only when the call wrote something. */
export function success<T>(value: T, changes: readonly Change[] = []): Result<T> {
  return changes.length > 0 ? { ok: true, value, changes: [...changes] } : { ok: true, value };
}

/** A refusal with its i18n key and an English message for logs. */
export function failure(
  code: AppError['code'],
  key: string,
  message: string,
  details: AppError['details'] = {},
): Result<never> {
  return { ok: false, error: { code, key, message, details } };
}

/** What a service threw, as an error envelope. */
export function failureFrom(error: unknown): Result<never> {
  return { ok: false, error: toAppError(error) };
}

/** A payload that does not match its schema: the fields at fault, `what` naming the request. */
export function invalidPayload(what: string, error: ZodError): Result<never> {
  const issues = fieldIssuesFromZod(error);
  return failure('validation', 'errors.validation', `Invalid ${what}: ${summarizeIssues(issues)}`, {
    issues,
  });
}
