import { useUrlFilters } from '../../lib/useUrlFilters';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  type ActionKind,
  type ActionStatus,
} from '../../../../shared/domain/enums';
import { isPartialDate } from '../../../../shared/domain/partialDate';
import { checkDateRange } from '../../../../shared/domain/trackingRules';
import { ACTION_SORT_FIELDS, type ActionSortField } from '../../../../shared/schemas/actions';
import type { ActionQuery } from './actionQueries';

/** What the list's search box, filters and headers say, kept in the URL. */
export interface ActionFilters {
  text: string;
  agreementId: string | null;
  cityId: string | null;
  themeId: string | null;
  kind: ActionKind | null;
  status: ActionStatus | null;
  department: string | null;
  from: string | null;
  to: string | null;
  sort: ActionSortField;
  direction: 'asc' | 'desc';
}

const PARAM: Record<keyof ActionFilters, string> = {
  text: 'q',
  agreementId: 'agreement',
  cityId: 'city',
  themeId: 'theme',
  kind: 'kind',
  status: 'status',
  department: 'dept',
  from: 'from',
  to: 'to',
  sort: 'sort',
  direction: 'dir',
};

const FILTER_FIELDS = [
  'text',
  'agreementId',
  'cityId',
  'themeId',
  'kind',
  'status',
  'department',
  'from',
  'to',
] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** The filters an address of the actions list says (unknown or malformed values dropped). */
export function readActionFilters(params: URLSearchParams): ActionFilters {
  const date = (name: string) => {
    const value = params.get(name);
    return value && isPartialDate(value) ? value : null;
  };
  return {
    text: params.get(PARAM.text) ?? '',
    agreementId: params.get(PARAM.agreementId),
    cityId: params.get(PARAM.cityId),
    themeId: params.get(PARAM.themeId),
    kind: oneOf(ACTION_KINDS, params.get(PARAM.kind)),
    status: oneOf(ACTION_STATUSES, params.get(PARAM.status)),
    department: params.get(PARAM.department) || null,
    from: date(PARAM.from),
    to: date(PARAM.to),
    sort: oneOf(ACTION_SORT_FIELDS, params.get(PARAM.sort)) ?? 'startOn',
    direction: params.get(PARAM.direction) === 'asc' ? 'asc' : 'desc',
  };
}

/** The request for main: only what is set, so equal searches share one cache entry. */
export function toActionQuery(filters: ActionFilters): ActionQuery {
  const query: ActionQuery = { sort: filters.sort, direction: filters.direction };
  const text = filters.text.trim();
  if (text) query.text = text;
  if (filters.agreementId) query.agreementId = filters.agreementId;
  if (filters.cityId) query.cityId = filters.cityId;
  if (filters.themeId) query.themeId = filters.themeId;
  if (filters.kind) query.kind = filters.kind;
  if (filters.status) query.status = filters.status;
  if (filters.department) query.department = filters.department;
  // A reversed range is shown at the field and not sent.
  const reversed = checkDateRange(filters.from ?? undefined, filters.to ?? undefined).length > 0;
  if (filters.from) query.from = filters.from;
  if (filters.to && !reversed) query.to = filters.to;
  return query;
}

export function hasActiveFilters(filters: ActionFilters): boolean {
  return FILTER_FIELDS.some((field) => {
    const value = filters[field];
    return typeof value === 'string' ? value.trim() !== '' : value !== null;
  });
}

/** The list's filters, sort and open record, kept in the URL (see useUrlFilters). */
export function useActionFilters() {
  return useUrlFilters(readActionFilters, PARAM, FILTER_FIELDS);
}

/** The actions list's address showing these filters (a report's "show all its actions"). */
export function actionsListHref(filters: Partial<ActionFilters>): string {
  const query = new URLSearchParams();
  for (const [field, value] of Object.entries(filters)) {
    if (value !== null && value !== undefined && value !== '') query.set(PARAM[field as keyof ActionFilters], String(value));
  }
  const text = query.toString();
  return text ? `/actions?${text}` : '/actions';
}
