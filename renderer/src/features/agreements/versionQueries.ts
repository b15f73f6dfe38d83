import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { VersionInput, VersionUpdate } from '../../../../shared/schemas/versions';
import { cityKeys } from '../cities/cityQueries';
import { dashboardKeys } from '../dashboard/dashboardQueries';
import { agreementKeys } from './agreementQueries';

/** Under the agreement's own key: invalidating an agreement refreshes its versions too. */
export const versionKeys = {
  list: (agreementId: string) => [...agreementKeys.detail(agreementId), 'versions'] as const,
};

export const versionQueries = {
  list: (agreementId: string) =>
    queryOptions({
      queryKey: versionKeys.list(agreementId),
      queryFn: () => call('agreements:versions', { agreementId }),
    }),
};

/** Versions show in the drawer, on the partner page and in the home screen's changes. */
function useInvalidateAfterVersionChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
      queryClient.invalidateQueries({ queryKey: cityKeys.all }),
      queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
    ]);
}

export function useCreateVersion() {
  const invalidate = useInvalidateAfterVersionChange();
  return useMutation({
    mutationFn: (input: VersionInput) => call('agreements:version-create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateVersion() {
  const invalidate = useInvalidateAfterVersionChange();
  return useMutation({
    mutationFn: (update: VersionUpdate) => call('agreements:version-update', update),
    onSuccess: invalidate,
  });
}

export function useDeleteVersion() {
  const invalidate = useInvalidateAfterVersionChange();
  return useMutation({
    mutationFn: (id: string) => call('agreements:version-delete', { id }),
    onSuccess: invalidate,
  });
}
