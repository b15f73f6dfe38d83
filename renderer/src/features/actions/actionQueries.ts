import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';
import { pagedQueryOptions } from '../../lib/pagedQuery';
import type { ActionListFilter } from '../../../../shared/schemas/actions';

/** Rows fetched per page of the actions list. */
export const ACTION_PAGE_SIZE = 200;

/** The list's filter without its window: one cache entry per search and sort. */
export type ActionQuery = Omit<NonNullable<ActionListFilter>, 'limit' | 'offset'>;

/** Query keys of everything about actions; invalidating `all` refreshes lists, facets, details. */
export const actionKeys = {
  all: ['actions'] as const,
  lists: () => [...actionKeys.all, 'list'] as const,
  list: (query: ActionQuery) => [...actionKeys.lists(), query] as const,
  facets: () => [...actionKeys.all, 'facets'] as const,
  detail: (id: string) => [...actionKeys.all, 'detail', id] as const,
};

export const actionQueries = {
  list: (query: ActionQuery) =>
    pagedQueryOptions(actionKeys.list(query), (offset) =>
      call('actions:list', { ...query, limit: ACTION_PAGE_SIZE, offset }),
    ),
  facets: () =>
    queryOptions({
      queryKey: actionKeys.facets(),
      queryFn: () => call('actions:facets', undefined),
    }),
  detail: (id: string) =>
    queryOptions({ queryKey: actionKeys.detail(id), queryFn: () => call('actions:get', { id }) }),
  themes: () =>
    queryOptions({
      queryKey: ['themes', 'list'] as const,
      queryFn: () => call('themes:list', undefined),
      staleTime: 60_000,
    }),
  cities: () =>
    queryOptions({
      queryKey: ['cities', 'list', {}] as const,
      queryFn: () => call('cities:list', {}),
      staleTime: 60_000,
    }),
  contacts: () =>
    queryOptions({
      queryKey: ['contacts', 'list', { limit: 1000 }] as const,
      queryFn: () => call('contacts:list', { limit: 1000, offset: 0 }),
    }),
};
