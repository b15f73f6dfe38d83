import { z } from 'zod';
import { fileHandleSchema } from '../schemas/fileHandles';
import type { AppError } from '../ipc/result';
import { LANGUAGES } from '../domain/enums';
import { isAbsolutePath } from '../schemas/backups';
import { actionListSchema } from '../schemas/actions';
import { agreementListSchema } from '../schemas/agreements';
import { idSchema, partialDateSchema } from '../schemas/common';
import { fullDateSchema } from '../schemas/fields';

/**
 * What a report or an export is about. One request names a report (or a list as filtered on
 * screen) and its parameters; the same request drives the screen (`reports:view`), the export
 * job (`exports:start`) and the command line, so all three produce the same document.
 */

/** The reports of the Reports screens. */
export const REPORT_KINDS = ['annual', 'partner', 'theme', 'timeline', 'dormant', 'anniversaries', 'map'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The lists that export "exactly what I see". */
export const LIST_KINDS = ['agreements', 'actions'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export type DocumentKind = ReportKind | ListKind;

/** File formats an export can write. */
export const EXPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'docx', 'ics', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The separator of a CSV file: `;` where the decimal mark is a comma (French), `,` otherwise. */
export const CSV_SEPARATORS = [';', ','] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

const year = z.number().int().min(1000).max(9999);

/**
 * A period: a calendar year, or a range of partial dates (`from: '2020'`, `to: '2021-06'`
 * reach from 1 January 2020 to 30 June 2021). Neither given: the annual report covers the current
 * year; the theme report and the map cover all years.
 */
const periodFields = {
  year: year.optional(),
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
};

function checkPeriod(value: { year?: number | undefined; from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.year !== undefined && (value.from !== undefined || value.to !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['year'], params: { key: 'errors.reports.yearOrRange' }, message: 'Give a year or a range, not both' });
  }
  if (value.from !== undefined && value.to !== undefined && value.from.slice(0, value.to.length) > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], params: { key: 'errors.reports.rangeOrder' }, message: 'The end of the period is before its start' });
  }
}

/** The list filters without their window: an export takes every row the filters keep. */
const agreementFilter = agreementListSchema.unwrap().omit({ limit: true, offset: true });
const actionFilter = actionListSchema.unwrap().omit({ limit: true, offset: true }).strict();

export const reportRequestSchema = z.discriminatedUnion('report', [
  z.strictObject({ report: z.literal('annual'), ...periodFields }).superRefine(checkPeriod),
  z.strictObject({ report: z.literal('partner'), cityId: idSchema }),
  z.strictObject({ report: z.literal('theme'), themeId: idSchema, ...periodFields }).superRefine(checkPeriod),
  z.strictObject({ report: z.literal('timeline'), fromYear: year.optional(), toYear: year.optional() }),
  /** Active agreements with no action started in the last `years` years. */
  z.strictObject({ report: z.literal('dormant'), years: z.number().int().min(1).max(100).default(3) }),
  /** Round anniversaries (10, 20, 25, 30 … years) of signatures falling in `year`. */
  z.strictObject({ report: z.literal('anniversaries'), year }),
  z.strictObject({ report: z.literal('map'), ...periodFields }).superRefine(checkPeriod),
  z.strictObject({ report: z.literal('agreements'), filter: agreementFilter.default({ sort: 'signedOn', direction: 'desc', lang: 'en' }) }),
  z.strictObject({ report: z.literal('actions'), filter: actionFilter.default({ sort: 'startOn', direction: 'desc' }) }),
]);
export type ReportRequest = z.input<typeof reportRequestSchema>;
export type ParsedReportRequest = z.output<typeof reportRequestSchema>;

/** How a document is worded and dated: the reader's language and calendar day. */
const readerFields = {
  lang: z.enum(LANGUAGES).default('en'),
  /** The reader's calendar day (decides "upcoming", "the last N years"); main's clock otherwise. */
  today: fullDateSchema.optional(),
};

/** `reports:view`: the document a report screen shows. */
export const reportViewSchema = z.strictObject({ request: reportRequestSchema, ...readerFields });
export type ReportViewRequest = z.input<typeof reportViewSchema>;
export type ParsedReportView = z.output<typeof reportViewSchema>;

const exportFile = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine(isAbsolutePath, { params: { key: 'errors.reports.pathNotAbsolute' } });

/**
 * Where an export goes: kept in memory for the preview's download, written to a file (the
 * command line, which the user typed), or to the file the user chose in the desktop's save
 * dialog (`chosen`: main's single-use handle for that choice, never a path).
 */
export const exportTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('download') }),
  z.strictObject({ kind: z.literal('file'), file: exportFile, overwrite: z.boolean().default(false) }),
  z.strictObject({ kind: z.literal('chosen'), handle: fileHandleSchema }),
]);
export type ExportTarget = z.output<typeof exportTargetSchema>;

/** `exports:start`: one export job. */
export const exportStartSchema = z.strictObject({
  request: reportRequestSchema,
  format: z.enum(EXPORT_FORMATS),
  /** CSV only; by default `;` for French and `,` for English. */
  csvSeparator: z.enum(CSV_SEPARATORS).optional(),
  target: exportTargetSchema,
  ...readerFields,
});
export type ExportStartRequest = z.input<typeof exportStartSchema>;
export type ParsedExportStart = z.output<typeof exportStartSchema>;

export const exportJobSchema = z.strictObject({ jobId: z.uuid() });

/** Where an export job stands. */
export type ExportState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ExportStatus {
  jobId: string;
  state: ExportState;
  /** What it is doing now: reading the data, writing rows, finishing the file. */
  phase: 'reading' | 'writing' | 'finishing';
  /** Work done and to do, in the phase's own units (rows); total 0 while unknown. */
  done: number;
  total: number;
  /** The file's suggested name, e.g. `accords-annual-2026.pdf`. */
  fileName: string;
  mime: string;
  /** Set when done: bytes written, and the path for a file target. */
  bytes?: number;
  file?: string;
  /** Set when failed: main's error envelope. */
  error?: AppError;
}

/** `exports:download`: the finished file of a download job (base64), handed over once. */
export interface ExportDownload {
  fileName: string;
  mime: string;
  base64: string;
}

/** The file extension and MIME type of each format. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  pdf: { extension: 'pdf', mime: 'application/pdf' },
  xlsx: { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { extension: 'csv', mime: 'text/csv; charset=utf-8' },
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  ics: { extension: 'ics', mime: 'text/calendar; charset=utf-8' },
  json: { extension: 'json', mime: 'application/json; charset=utf-8' },
};

/** The CSV separator a language expects by default. */
export function defaultCsvSeparator(lang: string): CsvSeparator {
  return lang === 'fr' ? ';' : ',';
}
