import { describe, expect, it } from 'vitest';
import type { ReportColumn } from '../../../../shared/reports/document';
import { cellAlign, columnShares, tableMinWidth } from './tableCells';

describe('report table cells', () => {
  it('lines numbers up on the right, text and dates on the left', () => {
    expect(cellAlign('money')).toBe('right');
    expect(cellAlign('percent')).toBe('right');
    expect(cellAlign('date')).toBe('left');
    expect(cellAlign('text')).toBe('left');
  });

  it('shares the width by the hints, a column without one counting as 12 characters', () => {
    const shares = columnShares([
      { key: 'title', label: 'Title', kind: 'text', width: 36 },
      { key: 'city', label: 'City', kind: 'text' },
      { key: 'n', label: 'Actions', kind: 'integer', width: 12 },
    ]);
    expect(shares).toEqual(['60.00%', '20.00%', '20.00%']);
  });

  it('lets a wide table scroll sideways rather than cut its cells', () => {
    const column = (key: string): ReportColumn => ({ key, label: key, kind: 'text', width: 20 });
    const narrow = parseFloat(tableMinWidth([column('a'), column('b')]));
    const wide = parseFloat(tableMinWidth(Array.from({ length: 14 }, (_, i) => column(`c${i}`))));
    expect(wide).toBeGreaterThan(6 * narrow);
    expect(wide).toBeGreaterThan(150);
  });
});
