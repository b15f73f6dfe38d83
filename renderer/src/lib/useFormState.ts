import { useCallback, useState } from 'react';
import type { FieldErrors, FormFailure } from './fieldErrors';

/**
 * A form's values and the issues shown at its fields. Changing a field clears its error;
 * errors are kept as issues (key + params) so they follow a language switch.
 */
export function useFormState<V extends object>(initial: () => V) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<FormFailure | null>(null);

  const setField = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field as string];
      return next;
    });
  }, []);

  const reset = useCallback((next: V) => {
    setValues(next);
    setErrors({});
    setFormError(null);
  }, []);

  return { values, setField, errors, setErrors, formError, setFormError, reset };
}
