import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { call } from '../../api/client';
import type {
  ContactInput,
  ContactListFilter,
  ContactUpdate,
} from '../../../../shared/schemas/contacts';
import { agreementKeys } from '../agreements/agreementQueries';
import { cityKeys } from '../cities/cityQueries';
import { dashboardKeys } from '../dashboard/dashboardQueries';

/** Rows fetched per page of the directory. */
export const CONTACT_PAGE = 200;

export type ContactQuery = Omit<NonNullable<ContactListFilter>, 'limit' | 'offset'>;

/** Query keys of the contacts directory. */
export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  list: (query: ContactQuery) => [...contactKeys.lists(), query] as const,
  detail: (id: string) => [...contactKeys.all, 'detail', id] as const,
};

export const contactQueries = {
  list: (query: ContactQuery) =>
    infiniteQueryOptions({
      queryKey: contactKeys.list(query),
      queryFn: ({ pageParam }) =>
        call('contacts:list', { ...query, limit: CONTACT_PAGE, offset: pageParam }),
      initialPageParam: 0,
      getNextPageParam: (last, pages) => {
        const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
        return last.rows.length > 0 && loaded < last.total ? loaded : undefined;
      },
    }),
  detail: (id: string) =>
    queryOptions({ queryKey: contactKeys.detail(id), queryFn: () => call('contacts:get', { id }) }),
};

/** People show on partner pages, agreements and the home screen's counts. */
function useInvalidateAfterContactChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: contactKeys.all }),
      queryClient.invalidateQueries({ queryKey: cityKeys.all }),
      queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
      queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
    ]);
}

export function useCreateContact() {
  const invalidate = useInvalidateAfterContactChange();
  return useMutation({
    mutationFn: (input: ContactInput) => call('contacts:create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateContact() {
  const invalidate = useInvalidateAfterContactChange();
  return useMutation({
    mutationFn: (update: ContactUpdate) => call('contacts:update', update),
    onSuccess: invalidate,
  });
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterContactChange();
  return useMutation({
    mutationFn: (id: string) => call('contacts:delete', { id }),
    onSuccess: async ({ id }) => {
      queryClient.removeQueries({ queryKey: contactKeys.detail(id) });
      await invalidate();
    },
  });
}
