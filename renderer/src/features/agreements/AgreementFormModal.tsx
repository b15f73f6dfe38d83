import type { AgreementRow } from '../../../../shared/schemas/agreements';
import { FormModal, type FormModalDoors } from '../../components/FormModal';
import { AgreementForm } from './AgreementForm';
import type { AgreementFormTarget } from './agreementForm';

/** The dialog of an agreement's form: a new agreement or one to edit. */
export function AgreementFormModal({
  onSaved,
  ...doors
}: FormModalDoors<AgreementFormTarget, AgreementRow>) {
  return (
    <FormModal
      {...doors}
      createTitle="form.createTitle"
      editing={(edit) => ({
        record: edit.agreement,
        title: ['form.editTitle', { city: edit.agreement.cityName }],
      })}
      size="44rem"
    >
      {(open) => (
        <AgreementForm
          target={open}
          onCancel={doors.onClose}
          onSaved={(saved) => onSaved?.(saved)}
        />
      )}
    </FormModal>
  );
}
