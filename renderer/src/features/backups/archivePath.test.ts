import { describe, expect, it } from 'vitest';
import { suggestedArchivePath } from './archivePath';

describe('suggestedArchivePath', () => {
  const day = new Date(2026, 10, 28, 23, 59);

  it('goes next to the data folder, named by the local date', () => {
    expect(suggestedArchivePath('/Users/ana/Accords', day)).toBe(
      '/Users/ana/accords-export-2026-11-28.tar.gz',
    );
    expect(suggestedArchivePath('/Users/ana/Accords/', day)).toBe(
      '/Users/ana/accords-export-2026-11-28.tar.gz',
    );
  });

  it('keeps Windows separators and a folder at the root', () => {
    expect(suggestedArchivePath('C:\\Users\\ana\\Accords', day)).toBe(
      'C:\\Users\\ana\\accords-export-2026-11-28.tar.gz',
    );
    expect(suggestedArchivePath('/Accords', day)).toBe('/accords-export-2026-11-28.tar.gz');
  });
});
