import type { Language } from '../../../../shared/domain/enums';
import type { SaveFileOptions } from '../../../../shared/ipc/bridge';
import type { ChosenFile } from '../../../../shared/schemas/fileHandles';
import type { ReportDocument } from '../../../../shared/reports/document';
import {
  defaultCsvSeparator,
  FORMAT_FILES,
  type CsvSeparator,
  type ExportFormat,
  type ExportStartRequest,
  type ExportStatus,
  type ExportTarget,
  type ReportRequest,
} from '../../../../shared/reports/requests';

/** How often a running export is asked where it stands. */
export const POLL_MS = 250;
/** An export that finishes faster than this never shows its progress dialog (no flash). */
export const PROGRESS_DELAY_MS = 400;

/** What an export is about: the request on screen and the name its file is offered under. */
export interface ExportSubject {
  request: ReportRequest;
  /** `accords-annual-2026`: the report document's stem, or the list's. */
  fileStem: string;
  /** Formats that would write nothing, each with the i18n key of why (the menu disables them). */
  empty?: Partial<Record<ExportFormat, string>>;
}

/** What a report document offers: no calendar when it has nothing dated. */
export function reportExportSubject(
  request: ReportRequest,
  document: Pick<ReportDocument, 'fileStem' | 'events'>,
): ExportSubject {
  return {
    request,
    fileStem: document.fileStem,
    ...(document.events.length === 0 ? { empty: { ics: 'reports.export.noEvents' } } : {}),
  };
}

/** The file name a format gives a stem: `accords-annual-2026.pdf`. */
export function exportFileName(fileStem: string, format: ExportFormat): string {
  return `${fileStem}.${FORMAT_FILES[format].extension}`;
}

/** What the desktop's save dialog proposes for an export. */
export function saveDialogOptions(
  fileStem: string,
  format: ExportFormat,
  formatLabel: string,
  title: string,
): SaveFileOptions {
  const { extension } = FORMAT_FILES[format];
  return {
    purpose: 'export',
    defaultName: exportFileName(fileStem, format),
    title,
    filter: { name: formatLabel, extensions: [extension] },
  };
}

/**
 * The file the user chose in the desktop's save dialog (main's handle for it: the dialog already
 * asked about replacing it), or the preview's download.
 */
export function exportTarget(chosen: ChosenFile | null | undefined): ExportTarget {
  return chosen ? { kind: 'chosen', handle: chosen.handle } : { kind: 'download' };
}

/** The CSV separator in force: the one chosen, or the one the language expects. */
export function csvSeparatorFor(lang: Language, chosen: CsvSeparator | null): CsvSeparator {
  return chosen ?? defaultCsvSeparator(lang);
}

interface StartOptions {
  subject: ExportSubject;
  format: ExportFormat;
  csvSeparator: CsvSeparator;
  target: ExportTarget;
  lang: Language;
  today: string;
}

/** The `exports:start` payload; the separator is sent for CSV only. */
export function exportStartRequest(options: StartOptions): ExportStartRequest {
  const { subject, format, target, lang, today } = options;
  return {
    request: subject.request,
    format,
    ...(format === 'csv' ? { csvSeparator: options.csvSeparator } : {}),
    target,
    lang,
    today,
  };
}

/** The progress bar's value (0–100), or null while the amount of work is unknown. */
export function progressPercent(status: Pick<ExportStatus, 'done' | 'total'>): number | null {
  if (status.total <= 0) return null;
  return Math.min(100, Math.max(0, (status.done / status.total) * 100));
}

/** The bytes of a base64 string (the preview's download travels as JSON). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

type ListRequest = Extract<ReportRequest, { report: 'agreements' | 'actions' }>;

/** A list's export: exactly the rows its filters keep (never the window on screen). */
export function listExportSubject(request: ListRequest): ExportSubject {
  return { request, fileStem: `accords-${request.report}` };
}
