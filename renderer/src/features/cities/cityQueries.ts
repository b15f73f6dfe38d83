import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { appKeys } from '../../app/appQueries';
import type { CityInput, CityListFilter } from '../../../../shared/schemas/cities';
import { agreementKeys } from '../agreements/agreementQueries';

/** Query keys of the partner-city directory. */
export const cityKeys = {
  all: ['cities'] as const,
  lists: () => [...cityKeys.all, 'list'] as const,
  list: (filter: CityListFilter) => [...cityKeys.lists(), filter] as const,
  factSheets: () => [...cityKeys.all, 'fact-sheet'] as const,
  factSheet: (id: string) => [...cityKeys.factSheets(), id] as const,
};

export const cityQueries = {
  list: (filter: CityListFilter = {}) =>
    queryOptions({ queryKey: cityKeys.list(filter), queryFn: () => call('cities:list', filter) }),
  /** A partner page: the city with its agreements, versions, people, actions and follow-ups. */
  factSheet: (id: string) =>
    queryOptions({
      queryKey: cityKeys.factSheet(id),
      queryFn: () => call('cities:fact-sheet', { id }),
    }),
};

/** A city's name or country shows in the register too, so both are refreshed. */
function useInvalidateAfterCityChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: cityKeys.all }),
      queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
      queryClient.invalidateQueries({ queryKey: appKeys.all }),
    ]);
}

export function useCreateCity() {
  const invalidate = useInvalidateAfterCityChange();
  return useMutation({
    mutationFn: (input: CityInput) => call('cities:create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateCity() {
  const invalidate = useInvalidateAfterCityChange();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: Partial<CityInput> }) =>
      call('cities:update', { id, changes }),
    onSuccess: invalidate,
  });
}

export function useDeleteCity() {
  const invalidate = useInvalidateAfterCityChange();
  return useMutation({
    mutationFn: (id: string) => call('cities:delete', { id }),
    onSuccess: invalidate,
  });
}
