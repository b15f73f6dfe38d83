import { queryOptions, useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { ThemeInput, ThemeUpdate } from '../../../../shared/schemas/themes';

/** Query keys of the theme taxonomy. */
export const themeKeys = {
  all: ['themes'] as const,
  list: () => [...themeKeys.all, 'list'] as const,
};

export const themeQueries = {
  list: () =>
    queryOptions({ queryKey: themeKeys.list(), queryFn: () => call('themes:list', undefined) }),
};

// What these writes touch refreshes every screen that shows it: app/changeSync.ts.

export function useCreateTheme() {
  return useMutation({ mutationFn: (input: ThemeInput) => call('themes:create', input) });
}

export function useUpdateTheme() {
  return useMutation({ mutationFn: (update: ThemeUpdate) => call('themes:update', update) });
}

export function useDeleteTheme() {
  return useMutation({ mutationFn: (id: string) => call('themes:delete', { id }) });
}
