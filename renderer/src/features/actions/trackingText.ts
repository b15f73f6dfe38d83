import type { TFunction } from 'i18next';
import i18next from 'i18next';
import type { FieldIssue } from '../../../../shared/ipc/result';
import { ApiError } from '../../api/ApiError';
import { translateIssue } from '../../lib/fieldErrors';
import { errorMessage } from '../../lib/notify';

/**
 * The tracking rules' error keys (`errors.fullDate`, …) are worded in the tracking section
 * (`tracking.errors.*`) until the shared `errors` section carries them.
 */
function trackingKey(key: string): string | null {
  const local = `tracking.${key}`;
  return !i18next.exists(key) && key.startsWith('errors.') && i18next.exists(local) ? local : null;
}

/** An issue's sentence in the current language, wherever its wording lives. */
export function issueText(t: TFunction, issue: FieldIssue, language: string): string {
  const local = trackingKey(issue.key);
  return translateIssue(t, local ? { ...issue, key: local } : issue, language);
}

/** The sentence a user reads for a failed call, tracking errors included. */
export function trackingErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const local = trackingKey(error.key);
    if (local) return i18next.t(local, { ...error.params });
  }
  return errorMessage(error);
}
