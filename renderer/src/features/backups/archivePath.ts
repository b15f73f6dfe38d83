import type { TFunction } from 'i18next';
import { ApiError } from '../../api/ApiError';
import { errorMessage } from '../../lib/notify';
import { issuesOf, translateIssue } from '../../lib/fieldErrors';

/**
 * Where to suggest writing the archive: next to the data folder (not inside it, where the
 * next export would pick it up), named by the local date: `<parent>/accords-export-YYYY-MM-DD.tar.gz`.
 */
export function suggestedArchivePath(dataDir: string, now: Date): string {
  const trimmed = dataDir.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  const separator = cut >= 0 ? trimmed.charAt(cut) : '/';
  const parent = cut > 0 ? trimmed.slice(0, cut) : cut === 0 ? '' : trimmed;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${parent}${separator}accords-export-${day}.tar.gz`;
}

/**
 * The sentence to show under the archive path field when main refused the path or the file
 * (not absolute, already there, missing, not a valid archive); null for any other failure.
 */
export function archiveFieldError(t: TFunction, language: string, error: unknown): string | null {
  const issue = issuesOf(error)[0];
  if (issue) return translateIssue(t, issue, language);
  if (error instanceof ApiError && error.key.startsWith('errors.safety.archive'))
    return errorMessage(error);
  return null;
}
