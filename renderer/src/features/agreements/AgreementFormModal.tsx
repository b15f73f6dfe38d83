import { useTranslation } from 'react-i18next';
import type { AgreementRow } from '../../../../shared/schemas/agreements';
import { FormModal, recordKey } from '../../components/FormModal';
import { AgreementForm } from './AgreementForm';
import type { AgreementFormTarget } from './agreementForm';

interface Props {
  target: AgreementFormTarget | null;
  onClose: () => void;
  onSaved: (agreement: AgreementRow) => void;
}

export function AgreementFormModal({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      target={target}
      onClose={onClose}
      title={(open) =>
        open.mode === 'edit'
          ? t('form.editTitle', { city: open.agreement.cityName })
          : t('form.createTitle')
      }
      formKey={(open) => recordKey(open.mode === 'edit' ? open.agreement : null)}
      size="44rem"
    >
      {(open) => <AgreementForm target={open} onCancel={onClose} onSaved={onSaved} />}
    </FormModal>
  );
}
