import type { ImportInspection } from '../../../shared/schemas/imports';
import type { z } from 'zod';
import type { importInspectSchema } from '../../../shared/schemas/imports';
import type { HandlerContext } from '../../core/context';
import { inspectGrid } from './inspect';
import { readSource } from './source';
import { stagedFile } from './staging';

/** `imports:inspect`: an uploaded file read (on a worker for XLSX) and described for the mapping screen. */
export async function inspectImport(
  ctx: HandlerContext,
  request: z.output<typeof importInspectSchema>,
): Promise<ImportInspection> {
  const file = stagedFile(ctx.dataDir, request.fileId);
  const grid = await readSource(file.bytes, { sheet: request.sheet, headerRow: request.headerRow });
  return inspectGrid(ctx.db, grid, { fileId: request.fileId, fileName: file.name }, request.target);
}
