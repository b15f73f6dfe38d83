import type { Money } from '../domain/money';
import { formatMoney, formatNumber, formatPartialDate, formatPercent } from '../format/intl';
import type { Cell, ColumnKind } from './document';

/** True when a cell holds an amount. */
export function isMoney(cell: Cell): cell is Money {
  return typeof cell === 'object' && cell !== null && 'amountMinor' in cell && 'currency' in cell;
}

/**
 * A cell as text in the reader's language, the way the screen, the PDF and the DOCX show it:
 * "12 April 2006", "€1,250.00", "42.5%", "1,234". An empty cell is ''.
 */
export function formatCell(cell: Cell, kind: ColumnKind, language: string): string {
  if (cell === null || cell === '') return '';
  if (isMoney(cell)) return formatMoney(cell, language);
  if (typeof cell === 'number') {
    if (kind === 'percent') return formatPercent(cell, language);
    if (kind === 'integer') return formatNumber(Math.round(cell), language);
    return formatNumber(cell, language);
  }
  if (kind === 'date') return formatPartialDate(cell, language);
  return cell;
}
