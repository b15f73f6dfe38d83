import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { ActionInput, ActionUpdate } from '../../../../shared/schemas/actions';

export function useSaveAction() {
  return useMutation({
    mutationFn: (request: { create: ActionInput } | { update: ActionUpdate }) =>
      'create' in request
        ? call('actions:create', request.create)
        : call('actions:update', request.update),
  });
}

export function useDeleteAction() {
  return useMutation({ mutationFn: (id: string) => call('actions:delete', { id }) });
}

/** Brings a deleted record back from the trash by its own id (an "undo"). */
export function useUndoDelete() {
  return useMutation({
    mutationFn: (entityId: string) => call('trash:restore', { entityId }),
  });
}
