import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportStatus } from '../../../../shared/reports/requests';
import { useFormat } from '../../i18n/useFormat';
import { progressPercent } from './exportFlow';

interface Props {
  opened: boolean;
  status: ExportStatus | null;
  format: ExportFormat | null;
  onCancel: () => void;
  /** Closes the dialog; the export goes on and says when it is done. */
  onHide: () => void;
}

/** A long export: what it is doing, how far it is, and the way to stop it. */
export function ExportProgressModal({ opened, status, format, onCancel, onHide }: Props) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const percent = status ? progressPercent(status) : null;
  const label = format ? t(`reports.export.formats.${format}`) : '';
  const phase = status ? t(`reports.export.phase.${status.phase}`) : '';
  return (
    <Modal
      opened={opened}
      onClose={onHide}
      title={t('reports.export.progressTitle', { format: label })}
      centered
      closeButtonProps={{ 'aria-label': t('reports.export.hide') }}
    >
      <Stack gap="sm">
        <Text fw={600} role="status" aria-live="polite">
          {phase}
        </Text>
        <Progress
          value={percent ?? 100}
          animated={percent === null}
          striped={percent === null}
          aria-label={phase}
          size="lg"
        />
        {status && status.total > 0 && (
          <Text fz="sm" c="dimmed" className="tabular">
            {t('reports.export.progress', {
              done: number(status.done),
              total: number(status.total),
            })}
          </Text>
        )}
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onHide}>
            {t('reports.export.hide')}
          </Button>
          <Button color="red" variant="light" onClick={onCancel}>
            {t('reports.export.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
