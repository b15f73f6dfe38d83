import type { z } from 'zod';
import {
  IMPORT_PREVIEW_ROWS,
  type ImportInspection,
  type ImportJobStatus,
  type ImportPreview,
  type ImportRejectedFile,
  type importInspectSchema,
  type importRejectedSchema,
  type ParsedImportPreview,
  type ParsedImportRun,
} from '../../../shared/schemas/imports';
import type { HandlerContext } from '../../core/context';
import { batchRejected } from './batches';
import { inspectGrid } from './inspect';
import { jobRejected, startImportJob, type ImportRunner } from './jobs';
import { cellValues, rowValues } from './prepare';
import { rejectedCsv } from './rejected';
import { prepareFile } from './run';
import { stagedGrid } from './gridCache';
import { stagedFile } from './staging';

/** The screen's doors into the import (channels `imports:*`); the steps are in shared/schemas/imports.ts. */

/** `imports:inspect`: an uploaded file read (on a worker for XLSX) and described for the mapping screen. */
export async function inspectImport(
  ctx: HandlerContext,
  request: z.output<typeof importInspectSchema>,
): Promise<ImportInspection> {
  const file = stagedFile(ctx.dataDir, request.fileId);
  const grid = await stagedGrid(request.fileId, file.bytes, { sheet: request.sheet, headerRow: request.headerRow });
  return inspectGrid(ctx.db, grid, { fileId: request.fileId, fileName: file.name }, request.target);
}

/** `imports:preview`: the first rows as they will be stored, every problem, the counts. Writes nothing. */
export async function previewImport(ctx: HandlerContext, request: ParsedImportPreview): Promise<ImportPreview> {
  const file = stagedFile(ctx.dataDir, request.fileId);
  // The grid read once per file (`gridCache.ts`), not at every preview.
  const grid = await stagedGrid(request.fileId, file.bytes, { sheet: request.sheet, headerRow: request.headerRow });
  const prepared = await prepareFile(ctx.db, file.bytes, request, { grid }, false);
  const { plan, built } = prepared;
  const records = new Map(built.rows.map((row) => [row.row, row.record]));
  const counts = { rows: plan.rows.length, valid: 0, invalid: 0, create: 0, update: 0, skip: 0 };
  for (const row of plan.rows) {
    if (row.outcome === 'invalid') counts.invalid += 1;
    else counts.valid += 1;
    if (row.outcome !== 'invalid') counts[row.outcome] += 1;
  }
  return {
    rows: plan.rows.slice(0, IMPORT_PREVIEW_ROWS).map((row) => {
      const record = records.get(row.row) ?? null;
      const city = row.ops.find((op) => op.entity === 'city');
      return {
        row: row.row,
        outcome: row.outcome,
        ...(row.reason ? { reason: row.reason } : {}),
        values: record ? rowValues(prepared, record as Record<string, unknown>) : cellValues(prepared, row.row),
        city: city ? { action: city.op === 'create' ? 'create' : 'match', name: city.label } : null,
      };
    }),
    problems: prepared.problems,
    missingFields: built.missingFields,
    counts,
  };
}

/** `imports:run`: a dry run or the real import of an uploaded file, as a job (run by `run`: see jobs.ts). */
export function runImportJob(ctx: HandlerContext, request: ParsedImportRun, run?: ImportRunner): ImportJobStatus {
  const file = stagedFile(ctx.dataDir, request.fileId);
  return startImportJob(ctx, file, request, run ? { run } : {});
}

/** `imports:rejected`: the rejected rows of a job or of a recorded batch, as CSV. */
export function rejectedFile(ctx: HandlerContext, request: z.output<typeof importRejectedSchema>): ImportRejectedFile {
  if ('jobId' in request) {
    const { fileName, rejected, status } = jobRejected(request.jobId);
    return rejectedCsv(fileName, rejected, status.result?.errors ?? [], request.lang);
  }
  const { fileName, errors, rejectedRows } = batchRejected(ctx.db, request.batchId);
  return rejectedCsv(fileName, rejectedRows, errors, request.lang);
}
