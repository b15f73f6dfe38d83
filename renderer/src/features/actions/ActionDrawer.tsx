import { Alert, Button, Drawer, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '../../../../shared/schemas/actions';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
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
            const notice = notifications.show({
              color: 'teal',
              autoClose: 8000,
              message: (
                <Stack gap={6} align="flex-start">
                  <Text fz="sm">{t('tracking.detail.deleted', { title: target.title })}</Text>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => {
                      notifications.hide(notice);
                      undo.mutate(target.id, {
                        onSuccess: () =>
                          notifySuccess(t('tracking.detail.restored', { title: target.title })),
                        onError: notifyError,
                      });
                    }}
                  >
                    {t('tracking.detail.undo')}
                  </Button>
                </Stack>
              ),
            });
          },
          onError: notifyError,
        }),
    });

  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="40rem"
      title={action ? action.title : t('tracking.detail.loadingTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 650 } }}
    >
      {detail.isPending && id !== null && <Loader aria-label={t('app.loading')} m="md" />}
      {detail.isError && (
        <Alert color="red" role="alert">
          {errorMessage(detail.error)}
        </Alert>
      )}
      {action && (
        <Stack gap="md">
          <Group gap="sm">
            <Button
              leftSection={<IconPencil size={16} aria-hidden="true" />}
              onClick={() => onEdit(action)}
            >
              {t('common.edit')}
            </Button>
            <Button
              variant="outline"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden="true" />}
              loading={remove.isPending}
              onClick={() => confirmDelete(action)}
            >
              {t('common.delete')}
            </Button>
          </Group>
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
    </Drawer>
  );
}
