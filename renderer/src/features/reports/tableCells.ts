import type { Cell, ColumnKind, ReportColumn } from '../../../../shared/reports/document';

export interface ReportTableProps {
  /** The table's accessible name: its section title, or what the data is of. */
  label: string;
  columns: ReportColumn[];
  rows: Cell[][];
  totals?: Cell[] | undefined;
}

/** Above this many rows only the rows in view are drawn, so 100,000 rows scroll smoothly. */
export const VIRTUAL_FROM_ROWS = 100;

const NUMERIC: ReadonlySet<ColumnKind> = new Set(['integer', 'number', 'percent', 'money']);

/** True for the kinds of cell that line up on the right. */
export function isNumeric(kind: ColumnKind): boolean {
  return NUMERIC.has(kind);
}

/** Numbers line up on the right, text and dates on the left. */
export function cellAlign(kind: ColumnKind): 'left' | 'right' {
  return isNumeric(kind) ? 'right' : 'left';
}
