/**
 * How much one import may read. Generous for a city's register (a few thousand rows) and
 * well above the 100,000 rows the bench reads, yet bounded so a wrong or hostile file is
 * refused with a clear message instead of filling the memory.
 */
export interface ImportLimits {
  /** The file's size on disk. */
  maxFileBytes: number;
  /** Rows in the sheet, title and header rows included. */
  maxRows: number;
  maxColumns: number;
  /** Characters in one cell: Excel's own limit. */
  maxCellChars: number;
  /** XLSX: the total size of the workbook's parts once unpacked (zip bombs). */
  maxUnzippedBytes: number;
  /** XLSX: how many parts the zip may hold. */
  maxZipEntries: number;
}

const MB = 1024 * 1024;

export const IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 50 * MB,
  maxRows: 250_000,
  maxColumns: 250,
  maxCellChars: 32_767,
  maxUnzippedBytes: 600 * MB,
  maxZipEntries: 5_000,
};

/** Bytes as whole megabytes, rounded up, for messages. */
export function megabytes(bytes: number): number {
  return Math.ceil(bytes / MB);
}
