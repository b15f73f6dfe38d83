import { queryOptions, useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import { pagedQueryOptions } from '../../lib/pagedQuery';
import type { CityInput, CityListFilter } from '../../../../shared/schemas/cities';

/** Query keys of the partner-city directory. */
export const cityKeys = {
  all: ['cities'] as const,
  lists: () => [...cityKeys.all, 'list'] as const,
  list: (filter: CityListFilter) => [...cityKeys.lists(), filter] as const,
  directory: (filter: CityListFilter) => [...cityKeys.all, 'directory', filter] as const,
  factSheets: () => [...cityKeys.all, 'fact-sheet'] as const,
  factSheet: (id: string) => [...cityKeys.factSheets(), id] as const,
};

export const cityQueries = {
  list: (filter: CityListFilter = {}) =>
    queryOptions({ queryKey: cityKeys.list(filter), queryFn: () => call('cities:list', filter) }),
  /** The directory screen's list: main answers it whole, as one page. */
  directory: (filter: CityListFilter) =>
    pagedQueryOptions(cityKeys.directory(filter), async () => {
      const rows = await call('cities:list', filter);
      return { rows, total: rows.length };
    }),
  /** A partner page: the city with its agreements, versions, people, actions and follow-ups. */
  factSheet: (id: string) =>
    queryOptions({
      queryKey: cityKeys.factSheet(id),
      queryFn: () => call('cities:fact-sheet', { id }),
    }),
};

// What these writes touch refreshes every screen that shows it: app/changeSync.ts.

export function useCreateCity() {
  return useMutation({ mutationFn: (input: CityInput) => call('cities:create', input) });
}

export function useUpdateCity() {
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: Partial<CityInput> }) =>
      call('cities:update', { id, changes }),
  });
}

export function useDeleteCity() {
  return useMutation({ mutationFn: (id: string) => call('cities:delete', { id }) });
}
