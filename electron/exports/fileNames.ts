import {
  FORMAT_FILES,
  type ExportFormat,
  type ParsedReportRequest,
} from '../../shared/reports/requests';

/**
 * A file stem guessed from the request alone (`accords-annual-2026`), for the status a job
 * shows before its document exists; the document's own `fileStem` replaces it once built.
 */
export function provisionalStem(request: ParsedReportRequest, today: string): string {
  const thisYear = today.slice(0, 4);
  const period = (p: {
    year?: number | undefined;
    from?: string | undefined;
    to?: string | undefined;
  }) =>
    p.year !== undefined
      ? String(p.year)
      : p.from !== undefined || p.to !== undefined
        ? [p.from ?? 'start', p.to ?? 'end'].join('_')
        : thisYear;
  switch (request.report) {
    case 'annual':
    case 'theme':
    case 'map':
      return stem(request.report, period(request));
    case 'anniversaries':
      return stem(request.report, String(request.year));
    case 'timeline':
      return stem(
        request.report,
        [request.fromYear, request.toYear].filter((y) => y !== undefined).join('-'),
      );
    case 'dormant':
      return stem(request.report, `${request.years}y`);
    case 'partner':
    case 'agreements':
    case 'actions':
      return stem(request.report, '');
  }
}

function stem(report: string, suffix: string): string {
  return suffix ? `accords-${report}-${suffix}` : `accords-${report}`;
}

/** `accords-annual-2026` + pdf → `accords-annual-2026.pdf`. */
export function fileNameOf(fileStem: string, format: ExportFormat): string {
  return `${fileStem}.${FORMAT_FILES[format].extension}`;
}
