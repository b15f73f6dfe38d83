import type { ActionDetail } from '../../../../shared/schemas/actions';
import { FormModal, type FormModalDoors } from '../../components/FormModal';
import { ActionForm } from './ActionForm';
import type { ActionFormTarget } from './actionForm';

/** The dialog of an action's form: a new action (under an agreement or not) or one to edit. */
export function ActionFormModal({
  onSaved,
  ...doors
}: FormModalDoors<ActionFormTarget, ActionDetail>) {
  return (
    <FormModal
      {...doors}
      createTitle="tracking.form.createTitle"
      editing={(edit) => ({
        record: edit.action,
        title: ['tracking.form.editTitle', { title: edit.action.title }],
      })}
      // A new action under another agreement starts afresh too.
      createKey={(create) => `new-${create.agreementId ?? ''}`}
      size="50rem"
    >
      {(open) => (
        <ActionForm target={open} onCancel={doors.onClose} onSaved={(saved) => onSaved?.(saved)} />
      )}
    </FormModal>
  );
}
