import { queryOptions, useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import { pagedQueryOptions } from '../../lib/pagedQuery';
import type {
  ContactInput,
  ContactListFilter,
  ContactUpdate,
} from '../../../../shared/schemas/contacts';

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
    pagedQueryOptions(contactKeys.list(query), (offset) =>
      call('contacts:list', { ...query, limit: CONTACT_PAGE, offset }),
    ),
  detail: (id: string) =>
    queryOptions({ queryKey: contactKeys.detail(id), queryFn: () => call('contacts:get', { id }) }),
};

// What these writes touch refreshes every screen that shows it, and a deleted contact's own
// entry is dropped: app/changeSync.ts.

export function useCreateContact() {
  return useMutation({ mutationFn: (input: ContactInput) => call('contacts:create', input) });
}

export function useUpdateContact() {
  return useMutation({ mutationFn: (update: ContactUpdate) => call('contacts:update', update) });
}

export function useDeleteContact() {
  return useMutation({ mutationFn: (id: string) => call('contacts:delete', { id }) });
}
