import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { pagedQueryOptions } from './pagedQuery';

/** What a list screen draws from a paged list: its rows so far, how many in all, what next. */
export interface InfiniteList<Row> {
  rows: Row[];
  /** Rows of the whole list; undefined until the first page is in. */
  total: number | undefined;
  /** Why the list could not load (null when it did). */
  error: Error | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

/**
 * One paged list on screen: rows of the loaded pages in order; while another search or
 * filter loads, the previous rows stay rather than flashing empty.
 */
export function useInfiniteList<Row>(
  options: ReturnType<typeof pagedQueryOptions<Row>>,
): InfiniteList<Row> {
  const list = useInfiniteQuery({ ...options, placeholderData: keepPreviousData });
  const { data, error, hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const rows = useMemo(() => data?.pages.flatMap((page) => page.rows) ?? [], [data]);
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  return {
    rows,
    total: data?.pages[0]?.total,
    error,
    hasMore: hasNextPage,
    loadingMore: isFetchingNextPage,
    loadMore,
  };
}
