import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { enumLabelKey } from '../../../shared/import/fields';
import { suggestMapping, type ImportMapping } from '../../../shared/import/mapping';
import { IMPORT_TARGETS, type ImportTarget } from '../../../shared/import/types';
import { ON_MATCH, importMappingSchema, importRunSchema, type ImportResult } from '../../../shared/schemas/imports';
import { listBatches, undoBatch } from '../../services/imports/batches';
import { savedMapping } from '../../services/imports/savedMappings';
import { readSource } from '../../services/imports/source';
import { rejectedCsv } from '../../services/imports/rejected';
import { translatorFor } from '../../core/translator';
import { runImportInWorker } from '../../workers/importInWorker';
import { CliError, type CliCommand, type CliIo } from '../types';
import { localTime } from './backup';

type Values = Parameters<CliCommand['run']>[1];

/** The id the requests carry for a file read from disk (no upload). */
const FROM_DISK = '00000000-0000-4000-8000-000000000000';

function oneOf<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T): T {
  const value = values[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !allowed.includes(value as T))
    throw new CliError(`--${name} must be one of ${allowed.join(', ')}`, 2);
  return value as T;
}

function readFileOrRefuse(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

function readMappingFile(file: string): ImportMapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read the mapping ${file}: ${(error as Error).message}`);
  }
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`${file} is not an import mapping: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** "created 6, updated 0, skipped 2, rejected 1" and the details, in plain lines. */
function describe(result: ImportResult, fileName: string, lang: 'en' | 'fr'): string[] {
  const t = translatorFor(lang);
  const lines: string[] = [];
  if (result.dryRun) lines.push(`Dry run of ${fileName}: nothing was written.`);
  else if (result.refused) lines.push(`Nothing imported from ${fileName}.`);
  else if (result.batchId) lines.push(`Imported ${fileName} as batch ${result.batchId}${result.backup ? ` (backup first: ${result.backup})` : ''}.`);
  else lines.push(`Nothing to import from ${fileName}: every record is already in the register.`);
  lines.push(`created ${result.created}, updated ${result.updated}, skipped ${result.skipped}, rejected ${result.rejected}`);
  for (const [entity, counts] of Object.entries(result.byEntity))
    if (counts.created + counts.updated + counts.skipped > 0)
      lines.push(`  ${entity}: ${counts.created} created, ${counts.updated} updated, ${counts.skipped} skipped`);
  const value = (field: string, text: string) => {
    const key = enumLabelKey(field, text);
    return key ? String(t(key, { defaultValue: text })) : text;
  };
  for (const change of result.changes.filter((c) => c.op === 'update'))
    lines.push(
      `  row ${change.row}, ${change.entity} ${change.label}: ${(change.fields ?? [])
        .map((f) => `${String(t(`import.fields.${f.field}`, { defaultValue: f.field }))} “${value(f.field, f.before)}” → “${value(f.field, f.after)}”`)
        .join(', ')}`,
    );
  for (const error of result.errors)
    lines.push(`  row ${error.row}${error.columnName ? `, ${error.columnName}` : ''}: ${error.message}`);
  if (result.refused && result.rejected > 0)
    lines.push(String(t('import.cli.refused', { count: result.rejected })));
  return lines;
}

/**
 * `import FILE [...]`: imports a CSV or XLSX register (or `--undo BATCH`). Exits 1 when
 * anything was refused and nothing was imported, 0 otherwise.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import a CSV or XLSX register (dry run, mapping, on-match rule), or --undo BATCH',
  usage:
    'import FILE [--dry-run] [--sheet NAME] [--mapping FILE] [--mapping-out FILE] [--target register|city|agreement|action|contact] [--on-match skip|update|fill] [--skip-invalid] [--header-row N] [--rejected-out FILE] [--lang en|fr] [--json] | import --undo BATCH [--data-dir DIR]',
  options: {
    'dry-run': { type: 'boolean' },
    sheet: { type: 'string' },
    mapping: { type: 'string' },
    'mapping-out': { type: 'string' },
    target: { type: 'string' },
    'on-match': { type: 'string' },
    'skip-invalid': { type: 'boolean' },
    'header-row': { type: 'string' },
    'rejected-out': { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
    undo: { type: 'string' },
  },
  check(values, positionals) {
    if (values.undo !== undefined) {
      if (positionals.length > 0) throw new CliError('--undo takes a batch id and no file', 2);
      return;
    }
    if (positionals.length !== 1) throw new CliError('give one file to import', 2);
    oneOf(values, 'target', IMPORT_TARGETS, 'register');
    oneOf(values, 'on-match', ON_MATCH, 'skip');
    oneOf(values, 'lang', ['en', 'fr'] as const, 'en');
    const row = values['header-row'];
    if (row !== undefined && !/^[1-9]\d{0,3}$/.test(String(row))) throw new CliError('--header-row is a row number (1 = the first line)', 2);
  },
  async run(ctx, values, io, positionals) {
    const json = values.json === true;
    if (typeof values.undo === 'string') {
      const id = resolveBatch(ctx, values.undo);
      const undone = undoBatch(ctx.db, id);
      if (json) io.out(JSON.stringify(undone));
      else io.out(`Import ${id} undone: ${undone.removed} record(s) removed, ${undone.restored} restored as they were.`);
      return;
    }
    const file = positionals[0]!;
    const target: ImportTarget = oneOf(values, 'target', IMPORT_TARGETS, 'register');
    const lang = oneOf(values, 'lang', ['en', 'fr'] as const, 'en');
    const headerRow = values['header-row'] === undefined ? undefined : Number(values['header-row']) - 1;
    const sheet = typeof values.sheet === 'string' ? values.sheet : undefined;
    const bytes = readFileOrRefuse(file);
    const grid = await readSource(bytes, { inProcess: true, sheet, headerRow });
    const suggestion = suggestMapping(grid.headers, target);
    const mapping =
      typeof values.mapping === 'string'
        ? readMappingFile(values.mapping)
        : (savedMapping(ctx.db, suggestion.fingerprint, target) ?? suggestion);
    if (typeof values['mapping-out'] === 'string') {
      writeFileSync(values['mapping-out'], `${JSON.stringify(mapping, null, 2)}\n`);
      io.out(`Mapping for ${grid.headers.length} column(s) written to ${values['mapping-out']}: edit it, then pass it with --mapping.`);
      return;
    }
    const request = importRunSchema.parse({
      fileId: FROM_DISK,
      ...(sheet ? { sheet } : {}),
      ...(headerRow !== undefined ? { headerRow } : {}),
      mapping,
      onMatch: oneOf(values, 'on-match', ON_MATCH, 'skip'),
      dryRun: values['dry-run'] === true,
      skipInvalid: values['skip-invalid'] === true,
      lang,
    });
    // On a worker thread, as the app runs it: the same code path (and bundle) as on screen.
    const { result, rejected } = await runImportInWorker(ctx, { name: basename(file), bytes }, request, { grid });
    if (typeof values['rejected-out'] === 'string' && result.errors.length > 0)
      writeFileSync(values['rejected-out'], rejectedCsv(basename(file), rejected, result.errors, lang).text);
    report(io, result, basename(file), lang, json);
    const nothingImported = result.created + result.updated === 0;
    if (result.refused || (result.rejected > 0 && nothingImported))
      throw new CliError(`nothing imported: ${result.rejected} row(s) refused`, 1);
  },
};

function report(io: CliIo, result: ImportResult, fileName: string, lang: 'en' | 'fr', json: boolean): void {
  if (!json) {
    for (const line of describe(result, fileName, lang)) io.out(line);
    return;
  }
  io.out(
    JSON.stringify({
      created: result.created,
      updated: result.updated,
      skipped: result.skipped,
      rejected: result.rejected,
      dryRun: result.dryRun,
      refused: result.refused,
      batchId: result.batchId,
      errors: result.errors.map((e) => ({ row: e.row, column: e.columnName, columnIndex: e.column, code: e.code, message: e.message })),
    }),
  );
}

/** A batch by its id or the start of it. */
function resolveBatch(ctx: Parameters<CliCommand['run']>[0], given: string): string {
  const matches = listBatches(ctx.db, 500).filter((b) => b.id.startsWith(given.trim().toLowerCase()));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new CliError(`no import ${given}; \`npm run accords -- imports\` lists them`);
  throw new CliError(`${given} names ${matches.length} imports; give more of the id`);
}

/** `imports [--json]`: the recorded imports, newest first. */
export const importsCommand: CliCommand = {
  name: 'imports',
  summary: 'List the recorded imports (batches), newest first',
  usage: 'imports [--json] [--data-dir DIR]',
  options: { json: { type: 'boolean' } },
  run(ctx, values, io) {
    const batches = listBatches(ctx.db);
    if (values.json === true) {
      io.out(JSON.stringify(batches));
      return;
    }
    if (batches.length === 0) io.out('No import yet.');
    for (const b of batches)
      io.out(
        `${b.id}  ${localTime(b.createdAt)}  ${b.fileName}  created ${b.created}, updated ${b.updated}, skipped ${b.skipped}, rejected ${b.rejected}${b.undoneAt ? `  (undone ${localTime(b.undoneAt)})` : ''}`,
      );
  },
};
