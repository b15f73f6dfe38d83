import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list screen's filters, sort and open record kept in the URL's query, so they survive a
 * visit to another screen and a reload. `read` parses the query, `param` names each filter's
 * query parameter, `clearable` lists what "Clear filters" removes.
 */
export function useUrlFilters<F extends object>(
  read: (params: URLSearchParams) => F,
  param: Record<keyof F, string>,
  clearable: readonly (keyof F)[],
) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => read(params), [read, params]);
  const openId = params.get('open');

  // The query as last written: two changes in one tick (clear the filters, then open a row)
  // must build on each other, not on the query of the last render.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(latest.current);
      change(next);
      latest.current = next;
      setParams(next, { replace: true });
    },
    [setParams],
  );

  const setFilters = useCallback(
    (patch: Partial<F>) =>
      update((next) => {
        for (const [field, value] of Object.entries(patch)) {
          const name = param[field as keyof F];
          if (value === null || value === '' || value === undefined) next.delete(name);
          else next.set(name, String(value));
        }
      }),
    [update, param],
  );

  const clearFilters = useCallback(
    () => update((next) => clearable.forEach((field) => next.delete(param[field]))),
    [update, param, clearable],
  );

  const setOpenId = useCallback(
    (id: string | null) =>
      update((next) => {
        if (id) next.set('open', id);
        else next.delete('open');
      }),
    [update],
  );

  return { filters, setFilters, clearFilters, openId, setOpenId };
}

/** The row a list screen has open (in its drawer), kept in the URL. */
export interface OpenRowState {
  openId: string | null;
  setOpenId: (id: string | null) => void;
}

/** A sortable list's sort, kept in the URL with its filters. */
export interface SortedListState<Sort extends string> {
  filters: { sort: Sort; direction: 'asc' | 'desc' };
  setFilters: (patch: { sort?: Sort; direction?: 'asc' | 'desc' }) => void;
}
