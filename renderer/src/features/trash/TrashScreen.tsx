import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconRestore, IconTrash, IconTrashX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { TrashEntry } from '../../../../shared/schemas/history';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { hideUndoNotice } from '../../lib/undoNotice';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { trashKeys } from './trashKeys';

/** Deleted records, newest first: restore one, purge one, or empty the trash. */
export function TrashScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('tracking.trash.title'));
  const list = useQuery({
    queryKey: trashKeys.list(),
    queryFn: () => call('trash:list', { limit: 1000, offset: 0 }),
  });
  // What each of these writes comes back as changes, which refresh the trash and every
  // screen the records return to or leave (app/changeSync.ts).
  const restore = useMutation({ mutationFn: (id: string) => call('trash:restore', { id }) });
  const purge = useMutation({ mutationFn: (id: string) => call('trash:purge', { id }) });
  const empty = useMutation({ mutationFn: () => call('trash:empty', undefined) });

  const entries = list.data?.rows ?? [];
  const total = list.data?.total;

  const confirm = (title: string, text: string, label: string, onConfirm: () => void) =>
    modals.openConfirmModal({
      title,
      children: <Text fz="sm">{text}</Text>,
      labels: { confirm: label, cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.close') },
      onConfirm,
    });

  const onRestore = (entry: TrashEntry) =>
    restore.mutate(entry.id, {
      onSuccess: (result) => {
        // An "Undo" notice still showing for these records has nothing left to undo.
        for (const record of result.restored) hideUndoNotice(record.id);
        notifySuccess(
          t('tracking.trash.restored', { names: result.restored.map((r) => r.label).join(', ') }),
        );
      },
      onError: notifyError,
    });

  const onPurge = (entry: TrashEntry) =>
    confirm(
      t('tracking.trash.purgeTitle', { name: entry.label }),
      t('tracking.trash.purgeText'),
      t('tracking.trash.purge'),
      () =>
        purge.mutate(entry.id, {
          onSuccess: () => notifySuccess(t('tracking.trash.purged', { name: entry.label })),
          onError: notifyError,
        }),
    );

  const onEmpty = () =>
    confirm(
      t('tracking.trash.emptyTitle'),
      t('tracking.trash.emptyText'),
      t('tracking.trash.emptyTrash'),
      () =>
        empty.mutate(undefined, {
          onSuccess: ({ purged }) => notifySuccess(t('tracking.trash.emptied', { count: purged })),
          onError: notifyError,
        }),
    );

  const dependents = (entry: TrashEntry) =>
    Object.entries(entry.dependents)
      .filter(([, count]) => count > 0)
      .map(
        ([kind, count]) =>
          `${format.number(count)} ${t(`tracking.trash.dependents.${kind}`, { defaultValue: kind })}`,
      )
      .join(', ');

  let body;
  if (list.isPending) body = <Loader m="md" aria-label={t('app.loading')} />;
  else if (list.isError)
    body = (
      <Alert color="red" role="alert" m="md">
        {errorMessage(list.error)}
      </Alert>
    );
  else if (entries.length === 0)
    body = (
      <Center p="xl">
        <Text c="dimmed">{t('tracking.trash.empty')}</Text>
      </Center>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t('tracking.trash.tableLabel')} highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tracking.trash.columns.type')}</Table.Th>
              <Table.Th>{t('tracking.trash.columns.name')}</Table.Th>
              <Table.Th>{t('tracking.trash.columns.with')}</Table.Th>
              <Table.Th>{t('tracking.trash.columns.deletedAt')}</Table.Th>
              <Table.Th>{t('tracking.trash.columns.deletedBy')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{t(`tracking.history.entity.${entry.entityType}`)}</Table.Td>
                <Table.Td fw={600}>{entry.label}</Table.Td>
                <Table.Td c="dimmed">{dependents(entry)}</Table.Td>
                <Table.Td className="tabular">{format.timestamp(entry.deletedAt)}</Table.Td>
                <Table.Td>{entry.deletedBy || t('tracking.history.anonymous')}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconRestore size={14} aria-hidden="true" />}
                      aria-label={t('tracking.trash.restoreLabel', { name: entry.label })}
                      onClick={() => onRestore(entry)}
                    >
                      {t('tracking.trash.restore')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrashX size={14} aria-hidden="true" />}
                      aria-label={t('tracking.trash.purgeLabel', { name: entry.label })}
                      onClick={() => onPurge(entry)}
                    >
                      {t('tracking.trash.purge')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Group gap="md" align="baseline">
          <Title order={1}>{t('tracking.trash.title')}</Title>
          <Text c="dimmed" fz="sm" role="status" aria-live="polite">
            {total === undefined ? '' : t('tracking.trash.count', { count: total })}
          </Text>
        </Group>
        <Button
          color="red"
          variant="outline"
          leftSection={<IconTrash size={16} aria-hidden="true" />}
          disabled={entries.length === 0}
          loading={empty.isPending}
          onClick={onEmpty}
        >
          {t('tracking.trash.emptyTrash')}
        </Button>
      </Group>
      <Paper withBorder radius="sm">
        {body}
      </Paper>
    </Stack>
  );
}
