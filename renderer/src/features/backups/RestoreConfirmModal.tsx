import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/schemas/backups';
import { formatBackupDate } from './formatSize';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';

interface Props {
  backup: BackupInfo | null;
  contents: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before replacing the register, saying that the current state is backed up first. */
export function RestoreConfirmModal({
  backup,
  contents,
  pending,
  error,
  onConfirm,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Modal
      opened={backup !== null}
      onClose={onClose}
      title={t('safety.backups.confirmTitle')}
      centered
    >
      {backup && (
        <Stack gap="md">
          <Text>
            {t('safety.backups.confirmText', {
              date: formatBackupDate(backup.createdAt, format.language),
              contents,
            })}
          </Text>
          <Alert
            color="teal"
            variant="light"
            icon={<IconShieldCheck size={18} aria-hidden="true" />}
          >
            {t('safety.backups.confirmSafety')}
          </Alert>
          {pending && (
            <Text role="status" c="dimmed" fz="sm">
              {t('safety.recovery.restoring')}
            </Text>
          )}
          {error != null && (
            <Alert color="red" role="alert">
              {errorMessage(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={pending} onClick={onConfirm}>
              {t('safety.backups.confirmButton')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
