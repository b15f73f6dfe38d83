import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/ApiError';

/**
 * The one cache of what main answered. Main is the only writer besides this window, and
 * every write comes back with the records it touched, which refresh what shows them
 * (`changeSync.ts`), so answers stay fresh for a while; a refused call (an ApiError from
 * main) is not retried, an unreachable main is, twice.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failures, error) =>
          !(error instanceof ApiError && error.key !== 'app.unreachable') && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
