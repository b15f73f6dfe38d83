import { describe, expect, it } from 'vitest';
import { formatSize } from './formatSize';

describe('formatSize', () => {
  it('picks a unit in powers of 1024 and writes it in the reader’s language', () => {
    expect(formatSize(512, 'en')).toBe('512 bytes');
    expect(formatSize(1536, 'en')).toBe('1.5 kB');
    expect(formatSize(3 * 1024 * 1024, 'en')).toBe('3 MB');
    expect(formatSize(1536, 'fr')).toMatch(/^1,5\s?ko$/);
  });
});
