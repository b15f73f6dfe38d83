import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { ThemeInput, ThemeUpdate } from '../../../../shared/schemas/themes';
import { agreementKeys } from '../agreements/agreementQueries';
import { cityKeys } from '../cities/cityQueries';

/** Query keys of the theme taxonomy. */
export const themeKeys = {
  all: ['themes'] as const,
  list: () => [...themeKeys.all, 'list'] as const,
};

export const themeQueries = {
  list: () =>
    queryOptions({ queryKey: themeKeys.list(), queryFn: () => call('themes:list', undefined) }),
};

/** Theme labels show on agreements and fact sheets too. */
function useInvalidateAfterThemeChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: themeKeys.all }),
      queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
      queryClient.invalidateQueries({ queryKey: cityKeys.all }),
    ]);
}

export function useCreateTheme() {
  const invalidate = useInvalidateAfterThemeChange();
  return useMutation({
    mutationFn: (input: ThemeInput) => call('themes:create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateTheme() {
  const invalidate = useInvalidateAfterThemeChange();
  return useMutation({
    mutationFn: (update: ThemeUpdate) => call('themes:update', update),
    onSuccess: invalidate,
  });
}

export function useDeleteTheme() {
  const invalidate = useInvalidateAfterThemeChange();
  return useMutation({
    mutationFn: (id: string) => call('themes:delete', { id }),
    onSuccess: invalidate,
  });
}
