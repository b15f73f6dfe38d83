import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '../../../../shared/schemas/actions';
import { FormModal, recordKey } from '../../components/FormModal';
import { ActionForm } from './ActionForm';
import type { ActionFormTarget } from './actionForm';

interface Props {
  target: ActionFormTarget | null;
  onClose: () => void;
  onSaved: (action: ActionDetail) => void;
}

export function ActionFormModal({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      target={target}
      onClose={onClose}
      title={(open) =>
        open.mode === 'edit'
          ? t('tracking.form.editTitle', { title: open.action.title })
          : t('tracking.form.createTitle')
      }
      // A new action under another agreement starts afresh too.
      formKey={(open) =>
        open.mode === 'edit' ? recordKey(open.action) : `new-${open.agreementId ?? ''}`
      }
      size="50rem"
    >
      {(open) => <ActionForm target={open} onCancel={onClose} onSaved={onSaved} />}
    </FormModal>
  );
}
