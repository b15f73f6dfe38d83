import {
  Alert,
  Badge,
  Box,
  Button,
  Code,
  Container,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconRestore, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RecoveryState } from '../../../../shared/schemas/backups';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { backupContents } from '../backups/backupContents';
import { useRestoreBackup, useStartEmpty } from '../backups/backupQueries';
import { notifyRestored } from '../backups/restoreOutcome';
import { ArchiveImportForm } from '../backups/ArchiveImportForm';
import { suggestedArchivePath } from '../backups/archivePath';
import { BackupTable } from '../backups/BackupTable';
import { formatBackupDate, formatSize } from '../backups/formatSize';
import { RecoveryLanguageSwitch } from './RecoveryLanguageSwitch';

/**
 * The whole window while the register awaits recovery: what happened in plain words, that
 * nothing was deleted, the newest verified backup to restore, the others, and (when no
 * database is in place) starting again with an empty register.
 */
export function RecoveryScreen({ recovery }: { recovery: RecoveryState }) {
  const { t } = useTranslation();
  const restore = useRestoreBackup('recovery:restore', (result) =>
    notifyRestored(t, t('safety.recovery.restored'), result),
  );
  const startEmpty = useStartEmpty();
  useDocumentTitle(t('safety.recovery.documentTitle'));
  const busy = restore.isPending || startEmpty.isPending;
  const others = recovery.backups.filter((b) => b.file !== recovery.suggested?.file);
  const failure = restore.error ?? startEmpty.error;

  const restoreBackup = (backup: BackupInfo) => {
    startEmpty.reset();
    restore.mutate(backup.file);
  };

  return (
    <Box mih="100dvh" bg="gray.0">
      <Group
        component="header"
        justify="space-between"
        px="md"
        h={52}
        bg="white"
        wrap="nowrap"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Text component="span" fw={700} fz="lg" c="indigo.8">
          {t('app.name')}
        </Text>
        <RecoveryLanguageSwitch />
      </Group>
      <Container size="52rem" py="xl" component="main">
        <Stack gap="lg">
          <Title order={1}>{t('safety.recovery.title')}</Title>
          <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="recovery-what">
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <IconAlertTriangle
                size={28}
                color="var(--mantine-color-orange-6)"
                aria-hidden="true"
              />
              <Stack gap="xs">
                <Title order={2} id="recovery-what" fz="h3">
                  {t(`safety.recovery.problems.${recovery.problem}.title`)}
                </Title>
                <Text>{t(`safety.recovery.problems.${recovery.problem}.text`)}</Text>
                <Text fw={600}>{t('safety.recovery.nothingDeleted')}</Text>
                {recovery.movedTo ? (
                  <PathLine label={t('safety.recovery.movedTo')} path={recovery.movedTo} />
                ) : (
                  recovery.problem !== 'missing' && (
                    <PathLine
                      label={t('safety.recovery.leftInPlace')}
                      path={recovery.databaseFile}
                    />
                  )
                )}
                <PathLine label={t('safety.recovery.dataDir')} path={recovery.dataDir} />
                <Text component="details" fz="xs" c="dimmed">
                  <summary>{t('safety.recovery.technical')}</summary>
                  {recovery.detail}
                </Text>
              </Stack>
            </Group>
          </Paper>

          {failure && <Alert color="red" role="alert" title={errorMessage(failure)} />}
          {restore.isPending && (
            <Alert color="blue" role="status" icon={<Loader size="sm" aria-hidden="true" />}>
              {t('safety.recovery.restoring')}
            </Alert>
          )}

          {recovery.suggested ? (
            <SuggestedBackup
              backup={recovery.suggested}
              busy={busy}
              restoring={restore.isPending && restore.variables === recovery.suggested.file}
              onRestore={restoreBackup}
            />
          ) : (
            <Alert color="gray" role="note">
              {recovery.backups.length === 0
                ? t('safety.recovery.noBackups')
                : t('safety.recovery.noVerified')}
            </Alert>
          )}

          {others.length > 0 && (
            <Paper
              withBorder
              p="lg"
              radius="sm"
              component="section"
              aria-labelledby="recovery-others"
            >
              <Title order={2} id="recovery-others" fz="h4" mb="sm">
                {t('safety.recovery.otherBackups')}
              </Title>
              <BackupTable
                backups={others}
                label={t('safety.recovery.otherBackupsLabel')}
                onRestore={restoreBackup}
                restoring={busy ? (restore.variables ?? '') : null}
              />
            </Paper>
          )}

          {/* A new computer: the register can come from an archive of the old one. */}
          <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="archive-import">
            <ArchiveImportForm
              order={2}
              example={suggestedArchivePath(recovery.dataDir, new Date())}
            />
          </Paper>

          {recovery.canStartEmpty && (
            <Paper withBorder p="lg" radius="sm" component="section">
              <Stack gap="sm" align="flex-start">
                <Text c="dimmed">{t('safety.recovery.startEmptyText')}</Text>
                <Button
                  variant="default"
                  loading={startEmpty.isPending}
                  disabled={busy && !startEmpty.isPending}
                  onClick={() => {
                    restore.reset();
                    startEmpty.mutate();
                  }}
                >
                  {t('safety.recovery.startEmpty')}
                </Button>
              </Stack>
            </Paper>
          )}
        </Stack>
      </Container>
    </Box>
  );
}

function PathLine({ label, path }: { label: string; path: string }) {
  return (
    <Text fz="sm">
      {label} <Code style={{ wordBreak: 'break-all' }}>{path}</Code>
    </Text>
  );
}

interface SuggestedProps {
  backup: BackupInfo;
  busy: boolean;
  restoring: boolean;
  onRestore: (backup: BackupInfo) => void;
}

/** The backup offered first, with what it holds and one primary button. */
function SuggestedBackup({ backup, busy, restoring, onRestore }: SuggestedProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper
      withBorder
      p="lg"
      radius="sm"
      component="section"
      aria-labelledby="recovery-suggested"
      style={{ borderColor: 'var(--mantine-color-teal-5)', borderWidth: 2 }}
    >
      <Stack gap="sm">
        <Group gap="xs">
          <IconShieldCheck size={22} color="var(--mantine-color-teal-7)" aria-hidden="true" />
          <Title order={2} id="recovery-suggested" fz="h4">
            {t('safety.recovery.suggestedTitle')}
          </Title>
        </Group>
        <Text>{t('safety.recovery.suggestedText')}</Text>
        <Group gap="sm">
          <Text fw={700} fz="lg">
            {formatBackupDate(backup.createdAt, format.language)}
          </Text>
          <Badge variant="light" color="gray">
            {t(`safety.reasons.${backup.reason}`)}
          </Badge>
          <Text c="dimmed" fz="sm">
            {formatSize(backup.size, format.language)}
          </Text>
        </Group>
        <Text>{backupContents(t, backup)}</Text>
        <Group>
          <Button
            size="md"
            leftSection={<IconRestore size={18} aria-hidden="true" />}
            loading={restoring}
            disabled={busy && !restoring}
            onClick={() => onRestore(backup)}
          >
            {t('safety.recovery.restoreThis')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
