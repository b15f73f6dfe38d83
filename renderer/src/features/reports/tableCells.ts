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

/**
 * Column widths as shares of the table, from the document's width hints (characters): a long
 * table keeps its columns steady while rows scroll in and out (fixed layout).
 */
export function columnShares(columns: readonly ReportColumn[]): string[] {
  const hints = widthHints(columns);
  const sum = hints.reduce((total, hint) => total + hint, 0);
  return hints.map((hint) => `${((hint / sum) * 100).toFixed(2)}%`);
}

/** The width below which a long table scrolls sideways rather than cut its cells short. */
export function tableMinWidth(columns: readonly ReportColumn[]): string {
  const sum = widthHints(columns).reduce((total, hint) => total + hint, 0);
  // About 0.55 rem per character of a small-print cell, plus each cell's padding.
  return `${Math.round(sum * 0.55 + columns.length * 1.25)}rem`;
}

function widthHints(columns: readonly ReportColumn[]): number[] {
  return columns.map((column) => Math.max(4, column.width ?? 12));
}
