import {
  Alert,
  Button,
  Center,
  Code,
  Container,
  DataList,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/schemas/backups';
import { useAppState } from '../../app/appQueries';
import { formatBackupDate } from './formatSize';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { backupContents } from './backupContents';
import { safetyQueries, useCreateBackup, useRestoreBackup } from './backupQueries';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupTable } from './BackupTable';
import { DatabaseCheck } from './DatabaseCheck';
import { MoveComputerSection } from './MoveComputerSection';
import { RestoreConfirmModal } from './RestoreConfirmModal';
import { notifyRestored } from './restoreOutcome';

/** The backups of the register: make one, restore one, check the database, and the settings. */
export function BackupsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useQuery(safetyQueries.overview());
  const app = useAppState();
  const create = useCreateBackup();
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const restore = useRestoreBackup('backups:restore', (result, file) => {
    setChosen(null);
    const backup = overview.data?.backups.find((b) => b.file === file);
    const date = backup ? formatBackupDate(backup.createdAt, format.language) : '';
    notifyRestored(t, t('safety.backups.restored', { date }), result);
  });
  useDocumentTitle(t('safety.backups.title'));

  const backUpNow = () =>
    create.mutate(undefined, {
      onSuccess: (info) => notifySuccess(t('safety.backups.created', { name: info.name })),
      onError: notifyError,
    });

  const confirmRestore = () => {
    if (chosen) restore.mutate(chosen.file);
  };

  return (
    <Container size="64rem" px={0} mx={0}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={1}>{t('safety.backups.title')}</Title>
            <Text c="dimmed" maw="44rem">
              {t('safety.backups.intro')}
            </Text>
          </Stack>
          <Button
            leftSection={<IconDatabaseExport size={18} aria-hidden="true" />}
            loading={create.isPending}
            loaderProps={{ 'aria-label': t('safety.backups.backingUp') }}
            onClick={backUpNow}
          >
            {t('safety.backups.backupNow')}
          </Button>
        </Group>

        {overview.isPending && (
          <Center p="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        )}
        {overview.isError && (
          <Alert color="red" role="alert" title={t('safety.backups.loadError')}>
            {errorMessage(overview.error)}
            <Group mt="sm">
              <Button size="xs" variant="default" onClick={() => void overview.refetch()}>
                {t('common.retry')}
              </Button>
            </Group>
          </Alert>
        )}

        {overview.data && (
          <>
            <Paper withBorder p="lg" radius="sm">
              <DataList size="sm" labelWidth="12rem">
                {app.data && (
                  <DataList.Item>
                    <DataList.ItemLabel>{t('safety.backups.dataDir')}</DataList.ItemLabel>
                    <DataList.ItemValue>
                      <Code style={{ wordBreak: 'break-all' }}>{app.data.dataDir}</Code>
                    </DataList.ItemValue>
                  </DataList.Item>
                )}
                <DataList.Item>
                  <DataList.ItemLabel>{t('safety.backups.backupDir')}</DataList.ItemLabel>
                  <DataList.ItemValue>
                    <Code style={{ wordBreak: 'break-all' }}>{overview.data.dir}</Code>
                  </DataList.ItemValue>
                </DataList.Item>
              </DataList>
            </Paper>

            <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="backups-list">
              <Group justify="space-between" mb="sm">
                <Title order={2} id="backups-list" fz="h3">
                  {t('safety.backups.listTitle')}
                </Title>
                <Text c="dimmed" fz="sm" role="status">
                  {t('safety.backups.count', { count: overview.data.backups.length })}
                </Text>
              </Group>
              {overview.data.backups.length === 0 ? (
                <Stack gap={4} py="md" align="center">
                  <Text fw={500}>{t('safety.backups.empty')}</Text>
                  <Text c="dimmed" fz="sm">
                    {t('safety.backups.emptyHint')}
                  </Text>
                </Stack>
              ) : (
                <BackupTable
                  backups={overview.data.backups}
                  label={t('safety.backups.tableLabel')}
                  onRestore={(backup) => {
                    restore.reset();
                    setChosen(backup);
                  }}
                />
              )}
            </Paper>

            <DatabaseCheck />
            {app.data && <MoveComputerSection dataDir={app.data.dataDir} />}
            <BackupSettingsForm overview={overview.data} />
          </>
        )}
      </Stack>
      <RestoreConfirmModal
        backup={chosen}
        contents={chosen ? backupContents(t, chosen) : ''}
        pending={restore.isPending}
        error={restore.error}
        onConfirm={confirmRestore}
        onClose={() => !restore.isPending && setChosen(null)}
      />
    </Container>
  );
}
