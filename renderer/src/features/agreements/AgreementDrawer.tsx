import { RecordActions, RecordDrawer } from '../../components/RecordDrawer';
import { Button, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AgreementDetail } from '../../../../shared/schemas/agreements';
import { useFormat } from '../../i18n/useFormat';
import { notifyError, notifySuccess } from '../../lib/notify';
import { agreementQueries } from './agreementQueries';
import { AgreementFacts } from './AgreementFacts';
import { ActionList } from './ActionList';
import { AgreementVersions } from './AgreementVersions';
import { useDeleteAgreement } from './useAgreementMutations';
import type { ActionFormTarget } from '../actions/actionForm';
import { ActionFormModal } from '../actions/ActionFormModal';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { HistoryPanel } from '../history/HistoryPanel';

interface Props {
  id: string | null;
  onClose: () => void;
  onEdit: (agreement: AgreementDetail) => void;
}

/** One agreement in full, with the project actions under it; edit and delete from here. */
export function AgreementDrawer({ id, onClose, onEdit }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const detail = useQuery({ ...agreementQueries.detail(id ?? ''), enabled: id !== null });
  const remove = useDeleteAgreement();
  const agreement = detail.data;
  const navigate = useNavigate();
  const [actionForm, setActionForm] = useState<ActionFormTarget | null>(null);

  const confirmDelete = (target: AgreementDetail) =>
    modals.openConfirmModal({
      title: t('detail.deleteTitle', { city: target.cityName }),
      children: (
        <Text fz="sm">
          {t('detail.deleteText', {
            city: target.cityName,
            signed: format.partialDate(target.signedOn),
            count: target.actions.length,
          })}
        </Text>
      ),
      labels: { confirm: t('detail.deleteConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.close') },
      onConfirm: () =>
        remove.mutate(target.id, {
          onSuccess: () => {
            onClose();
            notifySuccess(t('detail.deleted', { city: target.cityName }));
          },
          onError: notifyError,
        }),
    });

  const title = agreement
    ? t('detail.title', { city: agreement.cityName, country: format.country(agreement.country) })
    : t('detail.loadingTitle');

  return (
    <RecordDrawer opened={id !== null} onClose={onClose} size="36rem" title={title} query={detail}>
      {agreement && (
        <Stack gap="lg">
          <RecordActions
            onEdit={() => onEdit(agreement)}
            onDelete={() => confirmDelete(agreement)}
            deleting={remove.isPending}
          >
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setActionForm({ mode: 'create', agreementId: agreement.id })}
            >
              {t('tracking.list.new')}
            </Button>
          </RecordActions>
          <AgreementFacts agreement={agreement} />
          <AgreementVersions agreementId={agreement.id} />
          <ActionList actions={agreement.actions} />
          <DocumentsPanel ownerType="agreement" ownerId={agreement.id} />
          <HistoryPanel entityType="agreement" entityId={agreement.id} />
        </Stack>
      )}
      <ActionFormModal
        target={actionForm}
        onClose={() => setActionForm(null)}
        onSaved={(saved) => {
          setActionForm(null);
          void navigate(`/actions?open=${saved.id}`);
        }}
      />
    </RecordDrawer>
  );
}
