import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { TeamConnection, TeamJoin, TeamResolve } from '../../../../shared/schemas/team';

/** Query keys of the Team screen and the header's sync status. */
export const teamKeys = {
  all: ['team'] as const,
  status: () => [...teamKeys.all, 'status'] as const,
  conflicts: () => [...teamKeys.all, 'conflicts'] as const,
  members: () => [...teamKeys.all, 'members'] as const,
};

/** How often the header asks how sync stands (a local read: pending, last sync, offline). */
export const STATUS_EVERY_MS = 15_000;

export const teamQueries = {
  status: () =>
    queryOptions({
      queryKey: teamKeys.status(),
      queryFn: () => call('team:status', undefined),
      refetchInterval: STATUS_EVERY_MS,
    }),
  conflicts: () =>
    queryOptions({
      queryKey: teamKeys.conflicts(),
      queryFn: () => call('team:conflicts', undefined),
    }),
  members: () =>
    queryOptions({ queryKey: teamKeys.members(), queryFn: () => call('team:members', undefined) }),
};

/** Tries the server with what the form holds; the answer is shown, nothing is cached. */
export function useTestConnection() {
  return useMutation({
    mutationFn: (input: TeamConnection) => call('team:test-connection', input),
  });
}

/**
 * Joins a team. A download replaces this desktop's register with the team's, which no record
 * change describes one by one: every query is refetched, as after a restore.
 */
export function useJoinTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TeamJoin) => call('team:join', input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/**
 * A sync now. What it applied from the others reaches the screens through the change feed
 * (`useRemoteChanges` asks at once); the team's own figures are refreshed here.
 */
export function useSyncNow(afterSync?: () => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('team:sync', undefined),
    onSettled: () =>
      Promise.all([afterSync?.(), queryClient.invalidateQueries({ queryKey: teamKeys.all })]),
  });
}

/** Keeps one value of a conflicting field; the record itself refreshes from its change. */
export function useResolveConflict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TeamResolve) => call('team:resolve', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.all }),
  });
}

/** This desktop leaves the team and keeps its register as it is. */
export function useLeaveTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('team:leave', undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.all }),
  });
}
