import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '../../../../shared/schemas/imports';
import { call } from '../../api/client';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage, notifySuccess } from '../../lib/notify';

/** What the confirmation needs to name the import. */
export type UndoTarget = Pick<ImportBatch, 'id' | 'fileName' | 'createdAt'>;

interface Props {
  /** The import to undo; null keeps the dialog closed. */
  batch: UndoTarget | null;
  onClose: () => void;
  onUndone?: () => void;
}

/**
 * Asks before undoing an import as a whole. A refusal (a record the import touched was edited
 * since) stays in the dialog, in main's words, so the user reads what blocks it.
 */
export function UndoBatchModal({ batch, onClose, onUndone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const undo = useMutation({
    mutationFn: (batchId: string) => call('imports:undo', { batchId }),
  });
  const close = () => {
    if (undo.isPending) return;
    undo.reset();
    onClose();
  };
  const confirm = () => {
    if (!batch) return;
    undo.mutate(batch.id, {
      onSuccess: () => {
        notifySuccess(t('importScreen.batches.undoneNotice', { file: batch.fileName }));
        undo.reset();
        onClose();
        onUndone?.();
      },
    });
  };
  return (
    <Modal
      opened={batch !== null}
      onClose={close}
      title={t('importScreen.batches.confirmTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {batch && (
        <Stack gap="md">
          <Text style={{ overflowWrap: 'anywhere' }}>
            {t('importScreen.batches.confirmText', {
              file: batch.fileName,
              date: format.timestamp(batch.createdAt),
            })}
          </Text>
          <Alert
            color="teal"
            variant="light"
            icon={<IconShieldCheck size={18} aria-hidden="true" />}
          >
            {t('importScreen.commit.undoBackupNote')}
          </Alert>
          {undo.error != null && (
            <Alert color="red" role="alert" title={t('importScreen.batches.refused')}>
              {errorMessage(undo.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={undo.isPending}>
              {t('importScreen.batches.keep')}
            </Button>
            {/* Shade 9: white on Mantine's orange is 3:1, below what WCAG AA asks of text. */}
            <Button color="red.9" loading={undo.isPending} onClick={confirm}>
              {t('importScreen.batches.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
