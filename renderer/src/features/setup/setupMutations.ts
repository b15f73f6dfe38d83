import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';

// Loading the example answers a change of every kind of record (in bulk, id `*`), starting
// empty a change of the own-city setting; both refresh the app state, which leaves the
// first-run screen, through app/changeSync.ts.

export function useLoadSample() {
  return useMutation({ mutationFn: () => call('setup:load-sample', undefined) });
}

export function useStartEmpty() {
  return useMutation({ mutationFn: (ownCity: string) => call('setup:start-empty', { ownCity }) });
}
