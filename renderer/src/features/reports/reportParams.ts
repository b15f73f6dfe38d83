import { isPartialDate } from '../../../../shared/domain/partialDate';
import { checkDateRange } from '../../../../shared/domain/trackingRules';
import type { ReportKind, ReportRequest } from '../../../../shared/reports/requests';
import { idSchema } from '../../../../shared/schemas/common';

/**
 * A report's parameters as they sit in the URL's query, so a report can be bookmarked, reloaded
 * and shared with a colleague: `?year=2026`, `?period=range&from=2020&to=2021-06`, `?city=<id>`,
 * `?theme=<id>`, `?since=1990&until=2000`, `?years=3`.
 */
export const PARAM = {
  period: 'period',
  year: 'year',
  from: 'from',
  to: 'to',
  city: 'city',
  theme: 'theme',
  since: 'since',
  until: 'until',
  years: 'years',
} as const;
export type ParamName = keyof typeof PARAM;

/** What "dormant" means unless the user says otherwise: no action in the last 3 years. */
export const DEFAULT_DORMANT_YEARS = 3;

/** The reports that cover a period (a year, or a range of partial dates). */
export const PERIOD_REPORTS: readonly ReportKind[] = ['annual', 'theme', 'map'];

/** A read request, or what the user still has to choose before there is one. */
export type ReadRequest =
  { request: ReportRequest; missing: null } | { request: null; missing: 'partner' | 'theme' };

/** A four-digit year, or null. */
export function readYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 1000 ? year : null;
}

function readId(value: string | null): string | null {
  return value !== null && idSchema.safeParse(value).success ? value : null;
}

function readDate(value: string | null): string | null {
  const text = value?.trim() ?? '';
  return text && isPartialDate(text) ? text : null;
}

/** How a period report's period is chosen: one year, a range of dates, or all years. */
export type PeriodMode = 'all' | 'year' | 'range';

/**
 * The annual report is about one year unless told otherwise; the theme report and the map
 * look at all years first (a theme's story, every partner's activity), then narrow down.
 */
export function defaultPeriodMode(kind: ReportKind): PeriodMode {
  return kind === 'annual' ? 'year' : 'all';
}

/** The period modes a report offers: all but the annual report can span all years. */
export function periodModes(kind: ReportKind): PeriodMode[] {
  return kind === 'annual' ? ['year', 'range'] : ['all', 'year', 'range'];
}

/** The period mode the query is on (an unknown or unoffered one falls back to the default). */
export function readPeriodMode(kind: ReportKind, params: URLSearchParams): PeriodMode {
  const value = params.get(PARAM.period);
  const mode = periodModes(kind).find((offered) => offered === value);
  return mode ?? defaultPeriodMode(kind);
}

/**
 * The period part of a request: a valid range when one is chosen, a year (the current one
 * unless chosen), or nothing at all (all years). A range with no valid bound yet falls back
 * to the report's default.
 */
export function readPeriod(
  kind: ReportKind,
  params: URLSearchParams,
  currentYear: number,
): { year?: number; from?: string; to?: string } {
  let mode = readPeriodMode(kind, params);
  if (mode === 'range') {
    const from = readDate(params.get(PARAM.from));
    let to = readDate(params.get(PARAM.to));
    // A reversed range is shown at the field and not sent (as on the actions list).
    if (from && to && checkDateRange(from, to).length > 0) to = null;
    if (from || to) return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    mode = defaultPeriodMode(kind);
  }
  if (mode === 'all') return {};
  return { year: readYear(params.get(PARAM.year)) ?? currentYear };
}

/** The number of years without action of the dormant report (1 to 100). */
export function readDormantYears(value: string | null): number {
  const years = Number(value);
  return value !== null && Number.isInteger(years) && years >= 1 && years <= 100
    ? years
    : DEFAULT_DORMANT_YEARS;
}

/** The request a report screen sends for the query it is on. */
export function readReportRequest(
  kind: ReportKind,
  params: URLSearchParams,
  currentYear: number,
): ReadRequest {
  switch (kind) {
    case 'annual':
    case 'map':
      return { request: { report: kind, ...readPeriod(kind, params, currentYear) }, missing: null };
    case 'theme': {
      const themeId = readId(params.get(PARAM.theme));
      if (!themeId) return { request: null, missing: 'theme' };
      return {
        request: { report: 'theme', themeId, ...readPeriod(kind, params, currentYear) },
        missing: null,
      };
    }
    case 'partner': {
      const cityId = readId(params.get(PARAM.city));
      if (!cityId) return { request: null, missing: 'partner' };
      return { request: { report: 'partner', cityId }, missing: null };
    }
    case 'timeline': {
      const fromYear = readYear(params.get(PARAM.since));
      const toYear = readYear(params.get(PARAM.until));
      const request: Extract<ReportRequest, { report: 'timeline' }> = { report: 'timeline' };
      if (fromYear !== null) request.fromYear = fromYear;
      if (toYear !== null && (fromYear === null || toYear >= fromYear)) request.toYear = toYear;
      return { request, missing: null };
    }
    case 'dormant':
      return {
        request: { report: 'dormant', years: readDormantYears(params.get(PARAM.years)) },
        missing: null,
      };
    case 'anniversaries':
      return {
        request: { report: 'anniversaries', year: readYear(params.get(PARAM.year)) ?? currentYear },
        missing: null,
      };
  }
}

/** The years a year picker offers: ten ahead (anniversaries to prepare) back to 1900, newest first. */
export function yearChoices(currentYear: number): string[] {
  const years: string[] = [];
  for (let year = currentYear + 10; year >= 1900; year -= 1) years.push(String(year));
  return years;
}
