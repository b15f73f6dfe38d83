import { open } from 'node:fs/promises';
import { detectHeaderRow } from '../../shared/import/headerRow';
import { cellText, type GridCell, type ImportGrid } from '../../shared/import/types';
import { parseCsv, detectSeparator } from './csv';
import { decodeText } from './decode';
import { importError } from './errors';
import { IMPORT_LIMITS, megabytes, type ImportLimits } from './limits';
import { checkAborted, type ReadControl } from './progress';
import { readXlsx } from './xlsx';
import { readXlsxInWorker } from './xlsxInWorker';

export interface ReadOptions extends ReadControl {
  /** XLSX: the sheet to read (by name); the first when not given. */
  sheet?: string;
  limits?: ImportLimits;
  /**
   * XLSX: parse on this thread instead of a worker. For callers with nothing else to keep
   * answering (a command line, tests); the app's main process leaves it unset.
   */
  inProcess?: boolean;
}

/** What the first bytes say the file is. */
function sniff(bytes: Uint8Array): 'zip' | 'ole' | 'text' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'ole';
  return 'text';
}

/** True when decoded text looks like a CSV and not like a binary file read as text. */
function isPlainText(text: string): boolean {
  const sample = text.slice(0, 8192);
  // eslint-disable-next-line no-control-regex
  const control = sample.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control <= sample.length * 0.01;
}

/** Rows padded to the widest, empty strings as null, so every reader sees one shape. */
function rectangle(rows: GridCell[][]): GridCell[][] {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return rows.map((row) => {
    const cells = row.map((cell) => (cell === '' ? null : cell));
    while (cells.length < width) cells.push(null);
    return cells;
  });
}

function grid(
  rows: GridCell[][],
  rest: Omit<ImportGrid, 'rows' | 'headerRow' | 'headers'>,
): ImportGrid {
  const headerRow = detectHeaderRow(rows);
  const headers = (rows[headerRow] ?? []).map((cell) => cellText(cell));
  return { ...rest, rows, headerRow, headers };
}

/**
 * A CSV or XLSX file's bytes read into a grid, its header row found. Refuses, with an
 * `import.errors.*` key, a file over a limit, a zip bomb, an old .xls, anything that is not a
 * spreadsheet; answers `cancelled` when the signal is aborted. Long files are read in chunks
 * that give the event loop turns and report progress.
 */
export async function readImportBytes(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ImportGrid> {
  const limits = options.limits ?? IMPORT_LIMITS;
  checkAborted(options.signal);
  if (bytes.length === 0) throw importError('empty', 'The file is empty');
  if (bytes.length > limits.maxFileBytes)
    throw importError('fileTooBig', 'The file is too large', {
      size: megabytes(bytes.length),
      max: megabytes(limits.maxFileBytes),
    });
  const kind = sniff(bytes);
  if (kind === 'ole') throw importError('legacyXls', 'An old binary Excel file');
  if (kind === 'zip') {
    const read = options.inProcess ? readXlsx : readXlsxInWorker;
    const sheet = await read(bytes, options.sheet, limits, options);
    return grid(rectangle(sheet.rows), {
      format: 'xlsx',
      date1904: sheet.date1904,
      sheets: sheet.sheets,
      sheet: sheet.sheet,
    });
  }
  options.onProgress?.({ phase: 'decoding', done: 0, total: bytes.length });
  const { text, encoding } = decodeText(bytes);
  if (!isPlainText(text)) throw importError('notSpreadsheet', 'Neither CSV nor XLSX');
  if (text.trim() === '') throw importError('empty', 'The file is empty');
  const separator = detectSeparator(text);
  const rows = await parseCsv(text, separator, limits, options);
  return grid(rectangle(rows), { format: 'csv', date1904: false, encoding, separator });
}

/**
 * A file on disk read into a grid. Its size is checked before a byte is read, so a file over
 * the limit is refused without loading it.
 */
export async function readImportFile(path: string, options: ReadOptions = {}): Promise<ImportGrid> {
  const limits = options.limits ?? IMPORT_LIMITS;
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limits.maxFileBytes)
      throw importError('fileTooBig', 'The file is too large', {
        size: megabytes(size),
        max: megabytes(limits.maxFileBytes),
      });
    const bytes = await handle.readFile();
    return await readImportBytes(bytes, options);
  } finally {
    await handle.close();
  }
}
