import { useUrlFilters } from '../../lib/useUrlFilters';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  type AgreementKind,
  type AgreementStatus,
  type Language,
} from '../../../../shared/domain/enums';
import { isCountryCode } from '../../../../shared/domain/countries';
import {
  AGREEMENT_SORT_FIELDS,
  type AgreementSortField,
} from '../../../../shared/schemas/agreements';
import type { RegisterQuery } from './agreementQueries';

/** What the register's search box, filters and headers say, kept in the URL. */
export interface RegisterFilters {
  text: string;
  country: string | null;
  decade: number | null;
  kind: AgreementKind | null;
  status: AgreementStatus | null;
  sort: AgreementSortField;
  direction: 'asc' | 'desc';
}

const PARAM: Record<keyof RegisterFilters, string> = {
  text: 'q',
  country: 'country',
  decade: 'decade',
  kind: 'kind',
  status: 'status',
  sort: 'sort',
  direction: 'dir',
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function read(params: URLSearchParams): RegisterFilters {
  const decade = Number(params.get(PARAM.decade));
  const country = params.get(PARAM.country);
  return {
    text: params.get(PARAM.text) ?? '',
    country: country && isCountryCode(country) ? country : null,
    decade: Number.isInteger(decade) && decade >= 1000 && decade % 10 === 0 ? decade : null,
    kind: oneOf(AGREEMENT_KINDS, params.get(PARAM.kind)),
    status: oneOf(AGREEMENT_STATUSES, params.get(PARAM.status)),
    sort: oneOf(AGREEMENT_SORT_FIELDS, params.get(PARAM.sort)) ?? 'signedOn',
    direction: params.get(PARAM.direction) === 'desc' ? 'desc' : 'asc',
  };
}

/** The request for main: only what is set, so equal searches share one cache entry. */
export function toRegisterQuery(filters: RegisterFilters, lang: Language): RegisterQuery {
  const query: RegisterQuery = { sort: filters.sort, direction: filters.direction, lang };
  const text = filters.text.trim();
  if (text) query.text = text;
  if (filters.country) query.country = filters.country;
  if (filters.decade !== null) query.decade = filters.decade;
  if (filters.kind) query.kind = filters.kind;
  if (filters.status) query.status = filters.status;
  return query;
}

export function hasActiveFilters(filters: RegisterFilters): boolean {
  return Boolean(
    filters.text.trim() ||
    filters.country ||
    filters.decade !== null ||
    filters.kind ||
    filters.status,
  );
}

const CLEARABLE = ['text', 'country', 'decade', 'kind', 'status'] as const;

/** The list's filters, sort and open record, kept in the URL (see useUrlFilters). */
export function useRegisterFilters() {
  return useUrlFilters(read, PARAM, CLEARABLE);
}
