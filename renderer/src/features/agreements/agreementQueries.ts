import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';
import { pagedQueryOptions } from '../../lib/pagedQuery';
import type { AgreementListFilter } from '../../../../shared/schemas/agreements';

/** Rows fetched per page of the register. */
export const PAGE_SIZE = 200;

/** The register's filter without its window: one cache entry per search, sort and language. */
export type RegisterQuery = Omit<NonNullable<AgreementListFilter>, 'limit' | 'offset'>;

/** Query keys of everything about agreements; invalidating `all` refreshes lists, facets, details. */
export const agreementKeys = {
  all: ['agreements'] as const,
  lists: () => [...agreementKeys.all, 'list'] as const,
  list: (query: RegisterQuery) => [...agreementKeys.lists(), query] as const,
  facets: () => [...agreementKeys.all, 'facets'] as const,
  details: () => [...agreementKeys.all, 'detail'] as const,
  detail: (id: string) => [...agreementKeys.details(), id] as const,
};

export const agreementQueries = {
  /** The register, a page of PAGE_SIZE rows at a time. */
  list: (query: RegisterQuery) =>
    pagedQueryOptions(agreementKeys.list(query), (offset) =>
      call('agreements:list', { ...query, limit: PAGE_SIZE, offset }),
    ),
  facets: () =>
    queryOptions({
      queryKey: agreementKeys.facets(),
      queryFn: () => call('agreements:facets', undefined),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: agreementKeys.detail(id),
      queryFn: () => call('agreements:get', { id }),
    }),
};
