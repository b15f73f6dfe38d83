import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '../../../../shared/schemas/actions';
import { pickFields } from '../../lib/fieldErrors';
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
 * The action form's state on the shared form path (`useFormState`), with errors kept by
 * whole path so each indicator row and each part of a budget shows its own. After a refusal
 * the first field at fault takes the focus.
 */
export function useActionForm(target: ActionFormTarget, onSaved: (action: ActionDetail) => void) {
  const { t } = useTranslation();
  const form = useFormState<ActionFormValues>(
    () =>
      target.mode === 'edit'
        ? actionValuesOf(target.action)
        : emptyActionValues(target.agreementId),
    ACTION_FIELDS,
    'path',
  );
  const save = useSaveAction();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = () => {
    const input = form.check(validateAction(form.values));
    if (!input) {
      focusFirstError();
      return;
    }
    const callbacks = {
      onSuccess: (saved: ActionDetail) => {
        notifySuccess(t('tracking.form.saved', { title: saved.title }));
        onSaved(saved);
      },
      onError: (failed: unknown) => {
        form.fail(failed);
        focusFirstError();
      },
    };
    if (target.mode === 'edit') {
      const changes = pickFields(input, ACTION_FIELDS);
      save.mutate({ update: { id: target.action.id, changes } }, callbacks);
    } else {
      save.mutate({ create: input }, callbacks);
    }
  };

  const fields: ActionFieldsProps = {
    values: form.values,
    set: form.setField,
    error: form.message,
  };
  return { fields, formRef, formError: form.formError, submit, saving: save.isPending };
}
