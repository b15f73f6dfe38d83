import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { useCheckDatabase } from './backupQueries';

/** Quick or full integrity check on demand, with its verdict. */
export function DatabaseCheck() {
  const { t } = useTranslation();
  const format = useFormat();
  const check = useCheckDatabase();
  const result = check.data;
  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="backups-check">
      <Stack gap="sm">
        <Title order={2} id="backups-check" fz="h3">
          {t('safety.backups.check.title')}
        </Title>
        <Text c="dimmed" fz="sm">
          {t('safety.backups.check.text')}
        </Text>
        <Group>
          {([false, true] as const).map((full) => (
            <Button
              key={String(full)}
              variant="default"
              loading={check.isPending && check.variables === full}
              disabled={check.isPending && check.variables !== full}
              onClick={() => check.mutate(full)}
            >
              {t(full ? 'safety.backups.check.full' : 'safety.backups.check.quick')}
            </Button>
          ))}
        </Group>
        <div role="status" aria-live="polite">
          {check.isPending && <Text fz="sm">{t('safety.backups.check.running')}</Text>}
          {!check.isPending && result && (
            <Alert
              color={result.ok ? 'teal' : 'red'}
              title={
                result.ok
                  ? t('safety.backups.check.ok')
                  : t('safety.backups.check.failed', { detail: result.detail })
              }
            >
              {t('safety.backups.check.duration', {
                level: t(`safety.backups.check.level_${result.level}`),
                ms: format.number(Math.round(result.ms)),
              })}
            </Alert>
          )}
          {!check.isPending && check.isError && (
            <Alert color="red">{errorMessage(check.error)}</Alert>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
