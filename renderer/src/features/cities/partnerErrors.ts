import i18next, { type TFunction } from 'i18next';
import type { FieldIssue } from '../../../../shared/ipc/result';
import { ApiError } from '../../api/ApiError';
import { translateIssue } from '../../lib/fieldErrors';
import { errorMessage } from '../../lib/notify';

/**
 * The tracking refusals (e-mail, website, theme in use…) have their sentences in the
 * partners section; the foundation's own keys are found where they always were.
 */
function keyFor(key: string, params?: Record<string, unknown>): string {
  if (i18next.exists(key, params)) return key;
  const own = `partners.${key}`;
  return i18next.exists(own, params) ? own : key;
}

/** An issue's sentence at its field, in the current language. */
export function issueText(t: TFunction, issue: FieldIssue, language: string): string {
  return translateIssue(t, { ...issue, key: keyFor(issue.key, issue.params) }, language);
}

/** The sentence a user reads for a failed call. */
export function failureText(error: unknown): string {
  if (error instanceof ApiError) {
    const key = keyFor(error.key, error.params);
    if (key !== error.key) return i18next.t(key, { ...error.params });
  }
  return errorMessage(error);
}
