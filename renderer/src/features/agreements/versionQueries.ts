import { queryOptions, useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { VersionInput, VersionUpdate } from '../../../../shared/schemas/versions';
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

// What these writes touch refreshes every screen that shows it: app/changeSync.ts.

export function useCreateVersion() {
  return useMutation({
    mutationFn: (input: VersionInput) => call('agreements:version-create', input),
  });
}

export function useUpdateVersion() {
  return useMutation({
    mutationFn: (update: VersionUpdate) => call('agreements:version-update', update),
  });
}

export function useDeleteVersion() {
  return useMutation({
    mutationFn: (id: string) => call('agreements:version-delete', { id }),
  });
}
