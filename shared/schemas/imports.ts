import { z } from 'zod';
import type { AppError } from '../ipc/result';
import { FIELDS, type FieldKey } from '../import/fields';
import type { ImportMapping } from '../import/mapping';
import { IMPORT_TARGETS, type ImportTarget } from '../import/types';

/**
 * The spreadsheet import as both sides see it (channels `imports:*` in shared/ipc/contract.ts).
 *
 * How the screen drives it, step by step:
 * 1. `imports:upload` — the renderer never sends a path: it sends the chosen file's bytes in
 *    base64 chunks (at most IMPORT_CHUNK_BYTES each). The first call has no `uploadId`; each
 *    answer gives the `fileId` to pass on the next chunk; the call with `last: true` closes the
 *    file. Files live in the data folder's staging area and are size-capped (IMPORT_MAX_UPLOAD_BYTES).
 * 2. `imports:inspect` {fileId, sheet?, headerRow?, target?} — how the file was read (sheets,
 *    encoding, separator, header row), its columns with a few sample values, the suggested
 *    mapping for the target and the mapping saved for files with the same headers (if any).
 * 3. `imports:preview` {fileId, sheet?, headerRow?, mapping, unknownColumns, onMatch, fixes,
 *    skipRows} — the first rows as they will be stored, what each would do (create / update /
 *    skip), every problem at its row and column, and counts. Writes nothing.
 * 4. `imports:run` {…preview's fields, dryRun, skipInvalid, lang} — starts a job; follow it with
 *    `imports:status`, stop it with `imports:cancel`. It ends with an `ImportResult`. A real run
 *    takes a backup, writes everything in one transaction, records the batch and saves the mapping.
 *    When a row has a problem and `skipInvalid` is false, nothing is written (`refused: true`).
 * 5. `imports:list` the batches; `imports:undo` {batchId} undoes one as a unit (refused, with
 *    what was edited since, when a record it touched was edited after it);
 *    `imports:rejected` {jobId} or {batchId} the CSV of the rejected rows with their reasons.
 * 6. `imports:discard` {fileId} forgets an uploaded file (also done after 24 hours).
 *
 * Row numbers are the spreadsheet's (1 = the file's first line); columns are 0-based indexes.
 * Problem codes are i18n keys (`import.problems.*`, `import.errors.*`) with their params.
 */

/** The largest file that can be uploaded for import: 50 MB (the reader's own limit). */
export const IMPORT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** The largest chunk of one `imports:upload` call, in bytes before base64. */
export const IMPORT_CHUNK_BYTES = 4 * 1024 * 1024;
/** How many rows `imports:preview` returns as they will be stored. */
export const IMPORT_PREVIEW_ROWS = 50;
/** How many changes a result lists at most (the counts are always complete). */
export const IMPORT_MAX_LISTED_CHANGES = 5_000;

const fileIdSchema = z.uuid();
const fieldKeys = Object.keys(FIELDS) as [FieldKey, ...FieldKey[]];
const rowNumber = z.number().int().min(1).max(10_000_000);

/** `imports:upload`: one chunk of the chosen file. */
export const importUploadSchema = z.strictObject({
  /** Absent on the first chunk; then the `fileId` the first answer gave. */
  uploadId: fileIdSchema.optional(),
  /** The file's name as the user sees it (kept for the batch and the reports). */
  name: z.string().trim().min(1).max(255),
  chunkBase64: z.string().max(Math.ceil(IMPORT_CHUNK_BYTES / 3) * 4 + 4),
  last: z.boolean(),
});
export type ImportUploadRequest = z.input<typeof importUploadSchema>;

export interface ImportUploadResult {
  fileId: string;
  /** Bytes received so far. */
  size: number;
  /** True once the chunk with `last` was received: the file can be inspected. */
  complete: boolean;
}

/** Which sheet and which header row to read; both found by themselves when absent. */
const readFields = {
  fileId: fileIdSchema,
  /** XLSX: the sheet's name; the first sheet when absent. */
  sheet: z.string().max(255).optional(),
  /** 0-based index of the header row in the sheet; detected when absent. */
  headerRow: z.number().int().min(0).max(1000).optional(),
};

/** `imports:inspect`. */
export const importInspectSchema = z.strictObject({
  ...readFields,
  /** What the file brings in; `register` (one agreement with its city per row) by default. */
  target: z.enum(IMPORT_TARGETS).default('register'),
});
export type ImportInspectRequest = z.input<typeof importInspectSchema>;

/** A column of the file as the mapping screen shows it. */
export interface ImportColumn {
  index: number;
  header: string;
  /** Up to 5 non-empty values from the first data rows, as text. */
  samples: string[];
}

export interface ImportInspection {
  fileId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  /** XLSX: every sheet's name, and the one read. CSV: empty, null. */
  sheets: string[];
  sheet: string | null;
  /** CSV: `utf8`, `utf16le`, `utf16be` or `windows1252`; XLSX: null. */
  encoding: string | null;
  /** CSV: `;`, `,` or a tab; XLSX: null. */
  separator: string | null;
  /** 0-based index of the header row (rows above it are titles, ignored). */
  headerRow: number;
  /** The text of the rows above the header (titles), for showing. */
  titleRows: string[][];
  columns: ImportColumn[];
  /** Data rows under the header (blank rows not counted). */
  rowCount: number;
  target: ImportTarget;
  suggestedMapping: ImportMapping;
  /** The mapping last used for a file with the same headers and target, if any. */
  savedMapping: ImportMapping | null;
}

/** A mapping as the screen sends it back (see `ImportMapping` in shared/import/mapping.ts). */
export const importMappingSchema = z.strictObject({
  version: z.literal(1),
  target: z.enum(IMPORT_TARGETS),
  fingerprint: z.string().max(100),
  columns: z
    .array(
      z.union([
        z.strictObject({
          use: z.literal('field'),
          field: z.enum(fieldKeys),
          header: z.string().max(1000),
          confidence: z.number().min(0).max(1),
        }),
        z.strictObject({
          use: z.enum(['notes', 'ignore']),
          header: z.string().max(1000),
          confidence: z.number().min(0).max(1),
        }),
      ]),
    )
    .max(250),
  values: z.strictObject({
    locale: z.enum(['fr', 'en']),
    dateOrder: z.enum(['dmy', 'mdy']),
    currency: z.string().regex(/^[A-Z]{3}$/),
    date1904: z.boolean(),
  }),
}) satisfies z.ZodType<ImportMapping>;

/** What to do with a row that matches a record already in the register. */
export const ON_MATCH = ['skip', 'update', 'fill'] as const;
export type OnMatch = (typeof ON_MATCH)[number];

/** A value typed by the user in the preview, replacing one cell of the file. */
export const importFixSchema = z.strictObject({
  row: rowNumber,
  column: z.number().int().min(0).max(249),
  value: z.string().max(32_767),
});
export type ImportFix = z.infer<typeof importFixSchema>;

const previewFields = {
  ...readFields,
  mapping: importMappingSchema,
  /** Columns the mapping keeps as notes: into the records' notes, or dropped. */
  unknownColumns: z.enum(['notes', 'ignore']).default('notes'),
  /** skip: leave a matched record as it is; update: overwrite with the file's values; fill: only its empty fields. */
  onMatch: z.enum(ON_MATCH).default('skip'),
  fixes: z.array(importFixSchema).max(10_000).default([]),
  /** Rows (spreadsheet numbers) the user chose not to import. */
  skipRows: z.array(rowNumber).max(250_000).default([]),
  /** The language of shown values (theme labels), of the report's messages and of the rejected rows' CSV. */
  lang: z.enum(['fr', 'en']).default('fr'),
};

/** `imports:preview`. */
export const importPreviewSchema = z.strictObject(previewFields);
export type ImportPreviewRequest = z.input<typeof importPreviewSchema>;
export type ParsedImportPreview = z.output<typeof importPreviewSchema>;

/** `imports:run`: a dry run or the real import, as a job. */
export const importRunSchema = z.strictObject({
  ...previewFields,
  dryRun: z.boolean().default(false),
  /** Import the valid rows and reject the others; when false, any problem stops everything. */
  skipInvalid: z.boolean().default(false),
});
export type ImportRunRequest = z.input<typeof importRunSchema>;
export type ParsedImportRun = z.output<typeof importRunSchema>;

export const importJobSchema = z.strictObject({ jobId: z.uuid() });
export const importBatchIdSchema = z.strictObject({ batchId: z.uuid() });
export const importFileIdSchema = z.strictObject({ fileId: fileIdSchema });
/** `imports:rejected`: of a job (dry run included) or of a recorded batch. */
export const importRejectedSchema = z.union([
  z.strictObject({ jobId: z.uuid(), lang: z.enum(['fr', 'en']).default('fr') }),
  z.strictObject({ batchId: z.uuid(), lang: z.enum(['fr', 'en']).default('fr') }),
]);
export const importListSchema = z
  .strictObject({ limit: z.number().int().min(1).max(500).default(100) })
  .optional();

/** Something wrong with a cell (or a whole row when `column` is null). */
export interface ImportProblemView {
  row: number;
  column: number | null;
  /** The column's header, as in the file. */
  columnName: string | null;
  field: FieldKey | null;
  /** i18n key: `import.problems.*` (a cell) or `import.match.*` (a row that cannot be placed). */
  code: string;
  params: Record<string, string | number>;
  /** The cell as read from the file ('' when empty or for a whole row). */
  value: string;
}

/** What a row does when committed. */
export type RowOutcome = 'create' | 'update' | 'skip' | 'invalid';

/** Why a row (or a record of it) is skipped. */
export type SkipReason =
  | 'matched' // a matching record exists and onMatch is `skip`
  | 'unchanged' // a matching record exists and the file changes nothing in it
  | 'userSkipped' // the row is in `skipRows`
  | 'invalid' // the row has a problem and `skipInvalid` is true
  | 'duplicateInFile'; // an earlier row of the file already brings this record

/** A row of the preview: its values as they will be stored, and what it will do. */
export interface ImportPreviewRow {
  row: number;
  outcome: RowOutcome;
  reason?: SkipReason;
  /** Field → the value as it will be stored, shown as text ('' when empty). */
  values: Partial<Record<FieldKey, string>>;
  /** Partner city: `create`, `match` (found, with its name in the register) or null. */
  city: { action: 'create' | 'match'; name: string } | null;
}

export interface ImportCounts {
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  valid: number;
  invalid: number;
  create: number;
  update: number;
  skip: number;
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  problems: ImportProblemView[];
  /** Required fields no column fills: the mapping must be completed first. */
  missingFields: FieldKey[];
  counts: ImportCounts;
}

/** One record the import created, updated or skipped. */
export interface ImportChange {
  row: number;
  entity: 'city' | 'agreement' | 'action' | 'contact';
  /** The record's id (in a dry run, a created record has none yet: null). */
  id: string | null;
  op: 'create' | 'update' | 'skip';
  /** A short label: the city's name, "Kind — City (year)", the action's title… */
  label: string;
  /** For an update: each field changed, before and after, as text. */
  fields?: { field: string; before: string; after: string }[];
  reason?: SkipReason;
}

/** A row refused, with a message in the run's language. */
export interface ImportRowError {
  row: number;
  column: number | null;
  columnName: string | null;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface ImportResult {
  dryRun: boolean;
  /** True when rows had problems, `skipInvalid` was false and nothing was written. */
  refused: boolean;
  /** The batch recorded (a real run that wrote something), else null. */
  batchId: string | null;
  /** The backup taken before writing (its file name), else null. */
  backup: string | null;
  /** Records created / updated / skipped, every kind together. */
  created: number;
  updated: number;
  skipped: number;
  /** Rows rejected (with a problem). */
  rejected: number;
  byEntity: Record<ImportChange['entity'], { created: number; updated: number; skipped: number }>;
  errors: ImportRowError[];
  /** Every record created, updated or skipped, in row order (the first IMPORT_MAX_LISTED_CHANGES). */
  changes: ImportChange[];
  /** How many changes there were in all (more than `changes` holds for a very large file). */
  changesTotal: number;
}

export type ImportJobState = 'running' | 'done' | 'failed' | 'cancelled';

/** Where an import job stands (`imports:run`, `imports:status`, `imports:cancel`). */
export interface ImportJobStatus {
  jobId: string;
  state: ImportJobState;
  phase: 'reading' | 'checking' | 'backup' | 'writing' | 'finishing';
  /** Work done and to do in the phase's units (rows); total 0 while unknown. */
  done: number;
  total: number;
  dryRun: boolean;
  /** When `state` is `done`. */
  result?: ImportResult;
  /** When `state` is `failed`: main's error envelope (its `key` is an i18n key, e.g. `import.errors.fileTooBig`). */
  error?: AppError;
}

/** A recorded import, as history lists it. */
export interface ImportBatch {
  id: string;
  fileName: string;
  target: ImportTarget;
  /** ISO 8601 UTC. */
  createdAt: string;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
  onMatch: OnMatch;
  backup: string | null;
  /** ISO 8601 UTC when undone, else null. */
  undoneAt: string | null;
}

/** `imports:undo`: what was put back. */
export interface ImportUndoResult {
  batchId: string;
  /** Records removed (created by the batch) and restored (updated by it). */
  removed: number;
  restored: number;
}

/** `imports:rejected`: the rejected rows as a CSV file (neutralised against formulas). */
export interface ImportRejectedFile {
  fileName: string;
  mime: 'text/csv';
  /** UTF-8 with a BOM, `;`-separated in French, `,` in English. */
  text: string;
  rows: number;
}
