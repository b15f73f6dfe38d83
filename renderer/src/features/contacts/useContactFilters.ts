import { SIDES, type Side } from '../../../../shared/schemas/versions';
import { useUrlFilters } from '../../lib/useUrlFilters';
import type { ContactQuery } from './contactQueries';

/** What the directory's search box and side filter say, kept in the URL. */
export interface ContactFilters {
  text: string;
  side: Side | null;
}

const PARAM: Record<keyof ContactFilters, string> = { text: 'q', side: 'side' };
const CLEARABLE = ['text', 'side'] as const;

function read(params: URLSearchParams): ContactFilters {
  const side = params.get(PARAM.side);
  return {
    text: params.get(PARAM.text) ?? '',
    side: SIDES.find((known) => known === side) ?? null,
  };
}

/** The request for main: only what is set, so equal searches share one cache entry. */
export function toContactQuery(filters: ContactFilters): ContactQuery {
  const text = filters.text.trim();
  return { ...(text ? { text } : {}), ...(filters.side ? { side: filters.side } : {}) };
}

/** The directory's search, side filter and open contact, kept in the URL (see useUrlFilters). */
export function useContactFilters() {
  return useUrlFilters(read, PARAM, CLEARABLE);
}
