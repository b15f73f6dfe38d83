import type { TFunction } from 'i18next';
import { isPartialDate } from '../../../shared/domain/partialDate';
import type { FieldIssue } from '../../../shared/ipc/result';
import { ApiError } from '../api/ApiError';
import { formatPartialDate } from '../i18n/format';

/** The first issue found for each field of a form, by field name. */
export type FieldErrors = Partial<Record<string, FieldIssue>>;

/** How issues are keyed: by their first field (`budget`), or by their whole path (`budget.currency`). */
export type IssueKeying = 'field' | 'path';

/** An issue's path without the `changes.` an update's paths start with. */
export const barePath = (path: string) => path.replace(/^changes\./, '');

/**
 * Sorts issues (the form's own or main's) into the form's fields. An update's paths start
 * with `changes.`; a nested path belongs to its first field, and is kept whole with `path`
 * keying (for forms with rows, such as an action's indicators). What fits no field is `rest`.
 */
export function sortIssues(
  issues: readonly FieldIssue[],
  fields: readonly string[],
  keying: IssueKeying = 'field',
): { byField: FieldErrors; rest: FieldIssue[] } {
  const byField: FieldErrors = {};
  const rest: FieldIssue[] = [];
  for (const issue of issues) {
    const path = barePath(issue.path);
    const field = path.split('.')[0] ?? '';
    if (fields.includes(field)) byField[keying === 'path' ? path : field] ??= issue;
    else rest.push(issue);
  }
  return { byField, rest };
}

/**
 * The first error at `path`, or under it unless `exact` (errors keyed by path). The keys keep
 * the order the issues came in, so the first one found is the one checked first.
 */
export function errorAt(errors: FieldErrors, path: string, exact = false): FieldIssue | undefined {
  for (const [key, issue] of Object.entries(errors)) {
    if (key === path || (!exact && key.startsWith(`${path}.`))) return issue;
  }
  return undefined;
}

/** The issues main returned with a refusal, if it is one that names fields. */
export function issuesOf(error: unknown): FieldIssue[] {
  if (error instanceof ApiError && (error.code === 'validation' || error.code === 'rule')) {
    return error.issues;
  }
  return [];
}

/** An issue's sentence in the current language; partial dates among its params read naturally. */
export function translateIssue(t: TFunction, issue: FieldIssue, language: string): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    params[name] =
      typeof value === 'string' && /On$/.test(name) && isPartialDate(value)
        ? formatPartialDate(value, language)
        : value;
  }
  return t(issue.key, { ...params, defaultValue: t('errors.invalid') });
}

/** A refusal that is not (only) about the form's fields: shown above the form. */
export interface FormFailure {
  error: unknown;
  /** Issues main raised that match no field of the form. */
  rest: FieldIssue[];
}

/**
 * Spreads a failed save over the form: issues go to their fields; what is left (a storage
 * error, a missing record, an issue for no field) becomes the form's failure.
 */
export function spreadFailure(
  error: unknown,
  fields: readonly string[],
  keying: IssueKeying = 'field',
): { byField: FieldErrors; failure: FormFailure | null } {
  const { byField, rest } = sortIssues(issuesOf(error), fields, keying);
  const placed = Object.keys(byField).length > 0;
  return { byField, failure: placed && rest.length === 0 ? null : { error, rest } };
}

/**
 * Only the fields a form edits. A field the form does not show (added to the contract later,
 * edited elsewhere) is left out: main applies its default on create and keeps it on update.
 */
export function pickFields<T extends object, K extends keyof T>(
  input: T,
  fields: readonly K[],
): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) if (field in input) picked[field] = input[field];
  return picked;
}
