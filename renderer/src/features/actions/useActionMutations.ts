import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { ActionInput, ActionUpdate } from '../../../../shared/schemas/actions';
import { invalidateTracking } from './actionQueries';

export function useSaveAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: { create: ActionInput } | { update: ActionUpdate }) =>
      'create' in request
        ? call('actions:create', request.create)
        : call('actions:update', request.update),
    onSuccess: () => invalidateTracking(client),
  });
}

export function useDeleteAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('actions:delete', { id }),
    onSuccess: () => invalidateTracking(client),
  });
}

/** Brings a deleted record back from the trash by its own id (an "undo"). */
export function useUndoDelete() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (entityId: string) => call('trash:restore', { entityId }),
    onSuccess: () => invalidateTracking(client),
  });
}
