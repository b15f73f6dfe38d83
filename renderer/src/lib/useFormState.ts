import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/ipc/result';
import { useFormat } from '../i18n/useFormat';
import {
  errorAt,
  sortIssues,
  spreadFailure,
  translateIssue,
  type FieldErrors,
  type FormFailure,
  type IssueKeying,
} from './fieldErrors';

/** Errors left once those at `path` and under it are cleared (the same object when none were). */
function without(errors: FieldErrors, path: string): FieldErrors {
  const gone = Object.keys(errors).filter((key) => key === path || key.startsWith(`${path}.`));
  if (gone.length === 0) return errors;
  const next = { ...errors };
  for (const key of gone) delete next[key];
  return next;
}

/** A form's verdict on its values: what to send, or the issues found. */
export type Checked<Input> = { ok: true; input: Input } | { ok: false; issues: FieldIssue[] };

/**
 * A form's values and the issues shown at its fields. Changing a field clears its error;
 * errors are kept as issues (key + params) so they follow a language switch. `fields` are the
 * form's fields as main's issue paths name them: an issue for another goes above the form.
 */
export function useFormState<V extends object>(
  initial: () => V,
  fields: readonly string[],
  keying: IssueKeying = 'field',
) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<FormFailure | null>(null);

  /**
   * Sets a field and clears the errors it answers: its own by default, or those at `clears`
   * when main names the field otherwise (a form's `contactIds` answer `participants`) or
   * when one row of it changed (`indicators.2.name`).
   */
  const setField = useCallback(<K extends keyof V>(field: K, value: V[K], clears?: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => without(current, clears ?? (field as string)));
  }, []);

  const reset = useCallback((next: V) => {
    setValues(next);
    setErrors({});
    setFormError(null);
  }, []);

  /** What to send, or null when the form's own check refused (then shown at the fields). */
  const check = <Input>(checked: Checked<Input>): Input | null => {
    setFormError(null);
    if (checked.ok) return checked.input;
    const { byField, rest } = sortIssues(checked.issues, fields, keying);
    setErrors(byField);
    if (rest.length > 0) setFormError({ error: null, rest });
    return null;
  };

  /** Main refused the save: its issues go to their fields, the rest above the form. */
  const fail = (error: unknown) => {
    const spread = spreadFailure(error, fields, keying);
    setErrors(spread.byField);
    setFormError(spread.failure);
  };

  /** The sentence of the error at a field (or path), in the reader's language. */
  const message = (path: string, exact = false) => {
    const issue = errorAt(errors, path, exact);
    return issue ? translateIssue(t, issue, language) : undefined;
  };

  return {
    values,
    setField,
    errors,
    setErrors,
    formError,
    setFormError,
    reset,
    check,
    fail,
    message,
  };
}
