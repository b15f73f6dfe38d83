import { queryOptions, skipToken } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { ReportDocument } from '../../../../shared/reports/document';
import type { ReportViewRequest } from '../../../../shared/reports/requests';

/** Query keys of the report screens: one entry per request, language and day. */
export const reportKeys = {
  all: ['reports'] as const,
  views: () => [...reportKeys.all, 'view'] as const,
  view: (view: ReportViewRequest | null) => [...reportKeys.views(), view] as const,
};

export const reportQueries = {
  /**
   * The document of one report (none while a parameter is still to choose). A report sums up
   * every table, so it is asked again each time its screen opens; while new parameters load,
   * the last document of the same report stays on screen.
   */
  view: (view: ReportViewRequest | null) =>
    queryOptions({
      queryKey: reportKeys.view(view),
      queryFn: view ? () => call('reports:view', view) : skipToken,
      refetchOnMount: 'always',
      placeholderData: (previous: ReportDocument | undefined) =>
        previous && view && previous.kind === view.request.report ? previous : undefined,
    }),
};
