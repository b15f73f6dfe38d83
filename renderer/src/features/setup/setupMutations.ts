import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Loading the example or starting empty changes everything: every cached answer is dropped. */
export function useLoadSample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('setup:load-sample', undefined),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useStartEmpty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ownCity: string) => call('setup:start-empty', { ownCity }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
