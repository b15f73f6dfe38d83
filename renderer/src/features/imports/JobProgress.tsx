import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobStatus } from '../../../../shared/schemas/imports';
import { useFormat } from '../../i18n/useFormat';

/**
 * A running import or dry run: its phase, rows done out of the total, and the way to stop it —
 * also while it writes (on a worker thread in main), when stopping undoes what was written.
 */
export function JobProgress({
  status,
  onCancel,
  stopping = false,
}: {
  status: ImportJobStatus;
  onCancel: () => void;
  /** Stop was asked; the job has not ended yet. */
  stopping?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const phase = t(`importScreen.commit.phases.${status.phase}`);
  const known = status.total > 0;
  return (
    <Stack gap="xs" maw="40rem">
      <Text fw={600} role="status" aria-live="polite">
        {status.dryRun ? t('importScreen.options.dryRunRunning') : t('importScreen.commit.running')}{' '}
        {phase}
      </Text>
      <Progress
        value={known ? (status.done / status.total) * 100 : 100}
        animated={!known}
        striped={!known}
        size="lg"
        aria-label={phase}
      />
      {known && (
        <Text fz="sm" c="dimmed" className="tabular">
          {t('importScreen.commit.progress', {
            done: format.number(status.done),
            total: format.number(status.total),
          })}
        </Text>
      )}
      {stopping ? (
        <Text fz="sm" role="status">
          {t('importScreen.commit.stopping')}
        </Text>
      ) : (
        status.phase === 'writing' &&
        !status.dryRun && (
          <Text fz="sm" c="dimmed">
            {t('importScreen.commit.stopHint')}
          </Text>
        )
      )}
      <Group>
        <Button
          color="red"
          variant="light"
          onClick={onCancel}
          loading={stopping}
          disabled={stopping}
        >
          {t('importScreen.commit.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
