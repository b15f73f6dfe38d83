import { Alert, Button, Code, DataList, Group, Paper, Stack, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../../shared/schemas/team';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { pollRemoteChanges } from './remoteChanges';
import { useSyncNow } from './teamQueries';

/** Where this desktop stands in its team: the server, the last sync, what waits to be sent. */
export function SyncPanel({ status }: { status: TeamStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sync = useSyncNow(pollRemoteChanges);

  const syncNow = () =>
    sync.mutate(undefined, {
      onSuccess: (result) =>
        notifySuccess(t('team.status.synced', { sent: result.pushed, received: result.applied })),
    });

  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="team-sync">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="team-sync" fz="h3">
            {t('team.status.title')}
          </Title>
          <Button
            leftSection={<IconRefresh size={16} aria-hidden="true" />}
            loading={sync.isPending}
            loaderProps={{ 'aria-label': t('team.status.syncing') }}
            onClick={syncNow}
          >
            {t('team.status.syncNow')}
          </Button>
        </Group>
        {!status.connected && (
          <Alert color="orange" role="status" title={t('team.status.offline')}>
            {status.lastError
              ? t(status.lastError.key, {
                  ...status.lastError.params,
                  defaultValue: status.lastError.message,
                })
              : null}
          </Alert>
        )}
        {sync.isError && (
          <Alert color="red" role="alert">
            {errorMessage(sync.error)}
          </Alert>
        )}
        <DataList size="sm" labelWidth="16rem">
          <DataList.Item>
            <DataList.ItemLabel>{t('team.status.server')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Code style={{ wordBreak: 'break-all' }}>{status.server}</Code>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('team.status.you')}</DataList.ItemLabel>
            <DataList.ItemValue>{status.memberName}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('team.status.lastSync')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {status.lastSync ? (
                <time dateTime={status.lastSync}>{format.timestamp(status.lastSync)}</time>
              ) : (
                t('team.status.never')
              )}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('team.status.pending')}</DataList.ItemLabel>
            <DataList.ItemValue className="tabular">
              {format.number(status.pending)}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Stack>
    </Paper>
  );
}
