import type Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { suggestMapping, type ImportMapping } from '../../../shared/import/mapping';
import type { ImportTarget } from '../../../shared/import/types';
import { importRunSchema, type ImportRunRequest } from '../../../shared/schemas/imports';
import type { HandlerContext } from '../../../electron/core/context';
import { runImport, type RunOutcome } from '../../../electron/services/imports/run';
import { readSource } from '../../../electron/services/imports/source';

/** A placeholder id for requests made without an upload (the run is given the bytes). */
export const NO_FILE = '00000000-0000-4000-8000-000000000001';

/** The tables that hold the register's data (history, batches and backups aside). */
export const DATA_TABLES = [
  'cities',
  'agreements',
  'agreement_themes',
  'agreement_contacts',
  'agreement_versions',
  'actions',
  'action_themes',
  'contacts',
  'contact_cities',
  'themes',
];

/** Every row of the data tables, in a stable order: two equal dumps mean the same register. */
export function dump(db: Database.Database): string {
  return JSON.stringify(
    [
      ...DATA_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]),
      // The search index keeps no text (migration 0150): which records it holds.
      ['search_fts', db.prepare('SELECT rowid FROM search_fts ORDER BY 1').pluck().all()],
    ],
  );
}

/** Bytes of a French CSV as Excel saves it on Windows: Windows-1252, `;`, CRLF. */
export function windows1252Csv(lines: string[]): Buffer {
  return iconv.encode(lines.join('\r\n') + '\r\n', 'windows-1252');
}

/** The mapping the app suggests for a file's headers. */
export async function suggested(
  bytes: Uint8Array,
  target: ImportTarget = 'register',
  sheet?: string,
): Promise<ImportMapping> {
  const grid = await readSource(bytes, { inProcess: true, ...(sheet ? { sheet } : {}) });
  return suggestMapping(grid.headers, target);
}

/** Imports a file with the suggested mapping (or the one given), in this thread, without a backup unless asked. */
export async function importBytes(
  ctx: HandlerContext,
  bytes: Uint8Array,
  options: Partial<ImportRunRequest> & { target?: ImportTarget; backup?: boolean } = {},
): Promise<RunOutcome> {
  const { target = 'register', backup = false, ...rest } = options;
  const mapping = rest.mapping ?? (await suggested(bytes, target, rest.sheet));
  const request = importRunSchema.parse({ fileId: NO_FILE, ...rest, mapping });
  return runImport(ctx, { name: 'registre.csv', bytes }, request, { inProcess: true, backup });
}
