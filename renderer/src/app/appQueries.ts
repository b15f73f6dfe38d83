import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import type { SettingsUpdate } from '../../../shared/schemas/app';

/** Query keys of the app's own state (first run, own city, language, counts). */
export const appKeys = {
  all: ['app'] as const,
  state: () => [...appKeys.all, 'state'] as const,
};

export const appQueries = {
  state: () =>
    queryOptions({ queryKey: appKeys.state(), queryFn: () => call('app:state', undefined) }),
};

export function useAppState() {
  return useQuery(appQueries.state());
}

/** Saves settings; main answers with the new app state, which replaces the cached one. */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: SettingsUpdate) => call('settings:update', update),
    onSuccess: (state) => queryClient.setQueryData(appKeys.state(), state),
  });
}
