import { FormModal } from '../../components/FormModal';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '../../../../shared/schemas/actions';
import { ActionForm } from './ActionForm';
import type { ActionFormTarget } from './actionForm';

interface Props {
  target: ActionFormTarget | null;
  onClose: () => void;
  onSaved: (action: ActionDetail) => void;
}

export function ActionFormModal({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const title =
    target?.mode === 'edit'
      ? t('tracking.form.editTitle', { title: target.action.title })
      : t('tracking.form.createTitle');
  return (
    <FormModal opened={target !== null} onClose={onClose} title={title} size="50rem">
      {target && (
        <ActionForm
          key={
            target.mode === 'edit'
              ? target.action.id + target.action.updatedAt
              : `new-${target.agreementId ?? ''}`
          }
          target={target}
          onCancel={onClose}
          onSaved={onSaved}
        />
      )}
    </FormModal>
  );
}
