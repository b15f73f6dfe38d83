import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { AgreementInput } from '../../../../shared/schemas/agreements';

// What these writes touch (a deletion takes the agreement's actions along) refreshes every
// screen that shows it, and drops a deleted agreement's own entry: app/changeSync.ts.

export function useCreateAgreement() {
  return useMutation({ mutationFn: (input: AgreementInput) => call('agreements:create', input) });
}

export function useUpdateAgreement() {
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: Partial<AgreementInput> }) =>
      call('agreements:update', { id, changes }),
  });
}

export function useDeleteAgreement() {
  return useMutation({ mutationFn: (id: string) => call('agreements:delete', { id }) });
}
