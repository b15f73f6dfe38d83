import type { ImportGrid } from '../../../shared/import/types';
import { readSource, withHeaderRow, type SourceOptions } from './source';

/**
 * The grid of the staged file the screen is working on, read once. The mapping screen inspects
 * a file, then previews it again and again (each fix, each skipped row, each mapping change):
 * without this, every preview read and parsed the whole file anew, and a second copy of a
 * 100,000-row grid lived beside the first until the collector came. One file, one sheet is
 * kept (the screen works on one at a time); forgotten when the file is discarded.
 */

let cached: { key: string; size: number; grid: Promise<ImportGrid> } | null = null;

/** A staged file's grid as `readSource` reads it, from the cache when the same file and sheet were read last. */
export async function stagedGrid(fileId: string, bytes: Uint8Array, options: SourceOptions = {}): Promise<ImportGrid> {
  const { headerRow, ...read } = options;
  const key = `${fileId}\u0000${read.sheet ?? ''}`;
  if (cached?.key !== key || cached.size !== bytes.length) {
    const grid = readSource(bytes, read);
    cached = { key, size: bytes.length, grid };
    // A file that could not be read is read again next time (and refused again, with its reason).
    grid.catch(() => {
      if (cached?.grid === grid) cached = null;
    });
  }
  return withHeaderRow(await cached.grid, headerRow);
}

/** Forgets a staged file's grid (discarded, or imported). */
export function forgetStagedGrid(fileId: string): void {
  if (cached?.key.startsWith(`${fileId}\u0000`)) cached = null;
}
