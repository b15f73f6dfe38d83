import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '../../../../shared/schemas/actions';
import { useFormat } from '../../i18n/useFormat';
import {
  errorAt,
  pickFields,
  sortIssues,
  spreadFailure,
  translateIssue,
} from '../../lib/fieldErrors';
import { notifySuccess } from '../../lib/notify';
import { useFormState } from '../../lib/useFormState';
import {
  ACTION_FIELDS,
  actionValuesOf,
  emptyActionValues,
  validateAction,
  type ActionFieldsProps,
  type ActionFormTarget,
  type ActionFormValues,
} from './actionForm';
import { useSaveAction } from './useActionMutations';

/**
 * The action form's state on the shared form path (`useFormState`, `sortIssues`,
 * `spreadFailure`), with errors kept by whole path so each indicator row and each part of a
 * budget shows its own. After a refusal the first field at fault takes the focus.
 */
export function useActionForm(target: ActionFormTarget, onSaved: (action: ActionDetail) => void) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const form = useFormState<ActionFormValues>(() =>
    target.mode === 'edit' ? actionValuesOf(target.action) : emptyActionValues(target.agreementId),
  );
  const save = useSaveAction();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const error = (path: string, exact = false) => {
    const issue = errorAt(form.errors, path, exact);
    return issue ? translateIssue(t, issue, language) : undefined;
  };

  const submit = () => {
    form.setFormError(null);
    const checked = validateAction(form.values);
    if (!checked.ok) {
      const { byField, rest } = sortIssues(checked.issues, ACTION_FIELDS, 'path');
      form.setErrors(byField);
      focusFirstError();
      if (rest.length > 0) form.setFormError({ error: null, rest });
      return;
    }
    const callbacks = {
      onSuccess: (saved: ActionDetail) => {
        notifySuccess(t('tracking.form.saved', { title: saved.title }));
        onSaved(saved);
      },
      onError: (failed: unknown) => {
        const { byField, failure } = spreadFailure(failed, ACTION_FIELDS, 'path');
        form.setErrors(byField);
        focusFirstError();
        form.setFormError(failure);
      },
    };
    if (target.mode === 'edit') {
      save.mutate(
        { update: { id: target.action.id, changes: pickFields(checked.input, ACTION_FIELDS) } },
        callbacks,
      );
    } else {
      save.mutate({ create: checked.input }, callbacks);
    }
  };

  const fields: ActionFieldsProps = { values: form.values, set: form.setField, error };
  return { fields, formRef, formError: form.formError, submit, saving: save.isPending };
}
