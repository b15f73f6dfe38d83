import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';
import type { Page } from '../../../shared/schemas/common';

/**
 * A list main serves a page at a time, cached under `queryKey` as one entry whose pages grow
 * as the user scrolls. The next page starts where the loaded rows end, until `total`.
 */
export function pagedQueryOptions<Row>(
  queryKey: QueryKey,
  fetchPage: (offset: number) => Promise<Page<Row>>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: 0,
    getNextPageParam: (last: Page<Row>, pages: Page<Row>[]) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return last.rows.length > 0 && loaded < last.total ? loaded : undefined;
    },
  });
}
