import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice, TeamConflict } from '../../../../shared/schemas/team';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { fieldLabel, valueText } from '../history/HistoryPanel';
import { teamQueries, useResolveConflict } from './teamQueries';

/**
 * Both values of each field that two desktops changed since they last met, side by side, with
 * who changed theirs and when; the user keeps one per conflict. Until then the record holds
 * the later change (marked), and nothing is lost.
 */
export function ConflictList() {
  const { t } = useTranslation();
  const conflicts = useQuery(teamQueries.conflicts());
  const count = conflicts.data?.length ?? 0;
  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="team-conflicts">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="team-conflicts" fz="h3">
            {t('team.conflicts.title')}
          </Title>
          {conflicts.data && (
            <Text c={count > 0 ? 'orange.8' : 'dimmed'} fz="sm" role="status">
              {t('team.conflicts.count', { count })}
            </Text>
          )}
        </Group>
        {conflicts.isError && (
          <Alert color="red" role="alert">
            {errorMessage(conflicts.error)}
          </Alert>
        )}
        {conflicts.data && count === 0 && (
          <Text c="dimmed" fz="sm">
            {t('team.conflicts.none')}
          </Text>
        )}
        {conflicts.data && count > 0 && (
          <>
            <Text fz="sm">{t('team.conflicts.intro')}</Text>
            <Table aria-labelledby="team-conflicts" verticalSpacing="sm" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="22%">{t('team.conflicts.record')}</Table.Th>
                  <Table.Th w="14%">{t('team.conflicts.field')}</Table.Th>
                  <Table.Th>{t('team.conflicts.mine')}</Table.Th>
                  <Table.Th>{t('team.conflicts.theirs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {conflicts.data.map((conflict) => (
                  <ConflictRow key={conflict.id} conflict={conflict} />
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function ConflictRow({ conflict }: { conflict: TeamConflict }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const resolve = useResolveConflict();
  const field =
    conflict.field === '_deleted'
      ? t('tracking.history.action.delete')
      : fieldLabel(t, (key) => i18n.exists(key), conflict.field);
  const choose = (choice: ConflictChoice) =>
    resolve.mutate(
      { id: conflict.id, choice },
      { onSuccess: () => notifySuccess(t('team.conflicts.resolved')), onError: notifyError },
    );
  const value = (raw: unknown) =>
    raw === null || raw === undefined || raw === ''
      ? t('team.conflicts.empty')
      : valueText(t, format, raw);
  const kept = (choice: ConflictChoice) =>
    conflict.kept === choice ? (
      <Badge variant="light" color="gray" tt="none" radius="sm" size="sm">
        {t('team.conflicts.keptNow')}
      </Badge>
    ) : null;
  const rowLabel = `${conflict.label} · ${field}`;

  return (
    <Table.Tr>
      <Table.Td>
        <Text fz="xs" c="dimmed">
          {t(`tracking.history.entity.${conflict.entity}`, { defaultValue: conflict.entity })}
        </Text>
        <Text fz="sm" fw={600}>
          {conflict.label}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text fz="sm">{field}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={6} align="flex-start">
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {value(conflict.mine)}
          </Text>
          {kept('mine')}
          <Button
            size="compact-sm"
            variant="default"
            disabled={resolve.isPending}
            aria-label={`${t('team.conflicts.keepMine')} — ${rowLabel}`}
            onClick={() => choose('mine')}
          >
            {t('team.conflicts.keepMine')}
          </Button>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={6} align="flex-start">
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {value(conflict.theirs)}
          </Text>
          <Text fz="xs" c="dimmed">
            {t('team.conflicts.who', {
              name: conflict.theirsBy,
              when: format.timestamp(conflict.theirsAt ?? conflict.detectedAt),
            })}
          </Text>
          {kept('theirs')}
          <Button
            size="compact-sm"
            variant="default"
            disabled={resolve.isPending}
            aria-label={`${t('team.conflicts.takeTheirs')} — ${rowLabel}`}
            onClick={() => choose('theirs')}
          >
            {t('team.conflicts.takeTheirs')}
          </Button>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
