import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ReportKind } from '../../../../shared/reports/requests';
import { localToday } from '../dashboard/dashboardQueries';
import { PARAM, readReportRequest, type ParamName } from './reportParams';

/**
 * A report screen's parameters, kept in the URL: the raw values (for the controls), the request
 * they make (for main and the exports), and a setter that writes only what changed.
 */
export function useReportParams(kind: ReportKind) {
  const [params, setParams] = useSearchParams();
  const today = localToday();
  const currentYear = Number(today.slice(0, 4));
  const read = useMemo(
    () => readReportRequest(kind, params, currentYear),
    [kind, params, currentYear],
  );
  const get = useCallback((name: ParamName) => params.get(PARAM[name]) ?? '', [params]);
  const set = useCallback(
    (patch: Partial<Record<ParamName, string | null>>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(patch)) {
            const key = PARAM[name as ParamName];
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { ...read, search: params, get, set, today, currentYear };
}

/** What a report's controls read and write. */
export type ReportParamsState = ReturnType<typeof useReportParams>;
