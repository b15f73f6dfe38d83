import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconCloudCheck, IconCloudOff, IconCloudUp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { useRemoteChanges } from './remoteChanges';
import { formatSyncTime } from './syncTime';
import { teamQueries } from './teamQueries';

/**
 * The header's discreet word on team sync, shown only in a team: offline, changes waiting,
 * conflicts, or when it last synced. Opens the Team screen. Also keeps the screens fresh with
 * what the background syncs bring.
 */
export function TeamSyncStatus() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const status = useQuery(teamQueries.status());
  const joined = status.data?.joined === true;
  useRemoteChanges(joined);
  if (!status.data || !joined) return null;
  const { pending, conflicts, lastSync, connected } = status.data;

  const parts: string[] = [];
  if (!connected) parts.push(t('team.header.offline'));
  else if (lastSync)
    parts.push(t('team.header.synced', { when: formatSyncTime(lastSync, format.language) }));
  if (pending > 0) parts.push(t('team.header.pending', { count: pending }));
  if (conflicts > 0) parts.push(t('team.header.conflicts', { count: conflicts }));
  const Icon = !connected ? IconCloudOff : pending > 0 ? IconCloudUp : IconCloudCheck;

  return (
    <UnstyledButton
      onClick={() => void navigate('/team')}
      aria-label={`${t('team.header.label')}: ${parts.join(', ')}`}
      title={t('team.header.label')}
    >
      <Group gap={6} wrap="nowrap" role="status">
        <Icon
          size={18}
          stroke={1.6}
          aria-hidden="true"
          color={connected ? undefined : 'var(--mantine-color-orange-7)'}
        />
        <Text fz="sm" c={conflicts > 0 ? 'orange.8' : 'dimmed'} className="tabular">
          {parts.join(' · ')}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
