import { FormModal } from '../../components/FormModal';
import { useTranslation } from 'react-i18next';
import type { AgreementRow } from '../../../../shared/schemas/agreements';
import { AgreementForm } from './AgreementForm';
import type { AgreementFormTarget } from './agreementForm';

interface Props {
  target: AgreementFormTarget | null;
  onClose: () => void;
  onSaved: (agreement: AgreementRow) => void;
}

export function AgreementFormModal({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const title =
    target?.mode === 'edit'
      ? t('form.editTitle', { city: target.agreement.cityName })
      : t('form.createTitle');
  return (
    <FormModal opened={target !== null} onClose={onClose} title={title} size="44rem">
      {target && (
        // A new key per opening: the form starts from the record as it is now.
        <AgreementForm
          key={target.mode === 'edit' ? target.agreement.id + target.agreement.updatedAt : 'new'}
          target={target}
          onCancel={onClose}
          onSaved={onSaved}
        />
      )}
    </FormModal>
  );
}
