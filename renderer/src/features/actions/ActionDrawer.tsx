import { RecordActions, RecordDrawer } from '../../components/RecordDrawer';
import { Stack, Tabs, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '../../../../shared/schemas/actions';
import { notifyError, notifySuccess } from '../../lib/notify';
import { showUndoNotice } from '../../lib/undoNotice';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { HistoryPanel } from '../history/HistoryPanel';
import { actionQueries } from './actionQueries';
import { ActionFacts } from './ActionFacts';
import { useDeleteAction, useUndoDelete } from './useActionMutations';

interface Props {
  id: string | null;
  onClose: () => void;
  onEdit: (action: ActionDetail) => void;
}

/** One action in full, its documents and its history; edit and delete from here. */
export function ActionDrawer({ id, onClose, onEdit }: Props) {
  const { t } = useTranslation();
  const detail = useQuery({ ...actionQueries.detail(id ?? ''), enabled: id !== null });
  const remove = useDeleteAction();
  const undo = useUndoDelete();
  const action = detail.data;

  const confirmDelete = (target: ActionDetail) =>
    modals.openConfirmModal({
      title: t('tracking.detail.deleteTitle', { title: target.title }),
      children: <Text fz="sm">{t('tracking.detail.deleteText')}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.close') },
      onConfirm: () =>
        remove.mutate(target.id, {
          onSuccess: () => {
            onClose();
            showUndoNotice({
              entityId: target.id,
              message: t('tracking.detail.deleted', { title: target.title }),
              undoLabel: t('tracking.detail.undo'),
              onUndo: () =>
                undo.mutate(target.id, {
                  onSuccess: () =>
                    notifySuccess(t('tracking.detail.restored', { title: target.title })),
                  onError: notifyError,
                }),
            });
          },
          onError: notifyError,
        }),
    });

  return (
    <RecordDrawer
      opened={id !== null}
      onClose={onClose}
      size="40rem"
      title={action ? action.title : t('tracking.detail.loadingTitle')}
      query={detail}
    >
      {action && (
        <Stack gap="md">
          <RecordActions
            onEdit={() => onEdit(action)}
            onDelete={() => confirmDelete(action)}
            deleting={remove.isPending}
          />
          <Tabs defaultValue="facts" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="facts">{t('tracking.detail.tabs.facts')}</Tabs.Tab>
              <Tabs.Tab value="documents">{t('tracking.detail.tabs.documents')}</Tabs.Tab>
              <Tabs.Tab value="history">{t('tracking.detail.tabs.history')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="facts" pt="md">
              <ActionFacts action={action} />
            </Tabs.Panel>
            <Tabs.Panel value="documents" pt="md">
              <DocumentsPanel ownerType="action" ownerId={action.id} />
            </Tabs.Panel>
            <Tabs.Panel value="history" pt="md">
              <HistoryPanel entityType="action" entityId={action.id} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </RecordDrawer>
  );
}
