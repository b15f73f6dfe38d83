import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifyError, notifySuccess } from '../../lib/notify';
import type { PaletteCommand } from '../search/paletteCommands';
import { pollRemoteChanges } from './remoteChanges';
import { teamQueries, useSyncNow } from './teamQueries';

/** Words that find the team's commands in either language, whatever the interface speaks. */
const KEYWORDS = ['team', 'équipe', 'sync', 'synchroniser', 'synchronisation', 'partage', 'share'];

/** The palette's team commands: open the Team screen; in a team, sync now. */
export function useTeamCommands(): PaletteCommand[] {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const status = useQuery(teamQueries.status());
  const sync = useSyncNow(pollRemoteChanges);
  const commands: PaletteCommand[] = [
    {
      id: 'team:open',
      label: t('team.command.open'),
      keywords: KEYWORDS,
      run: () => void navigate('/team'),
    },
  ];
  if (status.data?.joined) {
    commands.push({
      id: 'team:sync',
      label: t('team.command.sync'),
      keywords: KEYWORDS,
      run: () =>
        sync.mutate(undefined, {
          onSuccess: (result) =>
            notifySuccess(
              t('team.status.synced', { sent: result.pushed, received: result.applied }),
            ),
          onError: notifyError,
        }),
    });
  }
  return commands;
}
