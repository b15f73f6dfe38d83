import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { appKeys } from '../../app/appQueries';
import type { AgreementInput } from '../../../../shared/schemas/agreements';
import { cityKeys } from '../cities/cityQueries';
import { agreementKeys } from './agreementQueries';

/** An agreement changes the register, the facets, its detail, its city's count and the app's counts. */
function useInvalidateAfterAgreementChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
      queryClient.invalidateQueries({ queryKey: cityKeys.all }),
      queryClient.invalidateQueries({ queryKey: appKeys.all }),
    ]);
}

export function useCreateAgreement() {
  const invalidate = useInvalidateAfterAgreementChange();
  return useMutation({
    mutationFn: (input: AgreementInput) => call('agreements:create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateAgreement() {
  const invalidate = useInvalidateAfterAgreementChange();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: Partial<AgreementInput> }) =>
      call('agreements:update', { id, changes }),
    onSuccess: invalidate,
  });
}

export function useDeleteAgreement() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterAgreementChange();
  return useMutation({
    mutationFn: (id: string) => call('agreements:delete', { id }),
    onSuccess: async ({ id }) => {
      queryClient.removeQueries({ queryKey: agreementKeys.detail(id) });
      await invalidate();
    },
  });
}
