import { useCallback, useState } from 'react';
import type { FieldErrors, FormFailure } from './fieldErrors';

/** Errors left once those at `path` and under it are cleared (the same object when none were). */
function without(errors: FieldErrors, path: string): FieldErrors {
  const gone = Object.keys(errors).filter((key) => key === path || key.startsWith(`${path}.`));
  if (gone.length === 0) return errors;
  const next = { ...errors };
  for (const key of gone) delete next[key];
  return next;
}

/**
 * A form's values and the issues shown at its fields. Changing a field clears its error;
 * errors are kept as issues (key + params) so they follow a language switch.
 */
export function useFormState<V extends object>(initial: () => V) {
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

  return { values, setField, errors, setErrors, formError, setFormError, reset };
}
