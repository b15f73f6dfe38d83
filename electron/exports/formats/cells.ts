import { minorDigits, type Money } from '../../../shared/domain/money';
import { parsePartialDate, type DatePrecision } from '../../../shared/domain/partialDate';
import { formatMoney, formatNumber, formatPercent } from '../../../shared/format/intl';
import type { Cell, ColumnKind } from '../../../shared/reports/document';
import { isMoney } from '../../../shared/reports/formatCell';

/** A partial date as the UTC midnight of its first day, with its precision; null when not one. */
export function partialDateValue(text: string): { date: Date; precision: DatePrecision } | null {
  const parts = parsePartialDate(text);
  if (!parts) return null;
  const date = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
  return { date, precision: parts.precision };
}

const digits = new Map<string, number>();

/**
 * The decimals of a currency, remembered: `minorDigits` builds an Intl.NumberFormat per call,
 * which a 100,000-row export would do hundreds of thousands of times.
 */
export function currencyDigits(currency: string): number {
  let known = digits.get(currency);
  if (known === undefined) {
    known = minorDigits(currency);
    digits.set(currency, known);
  }
  return known;
}

/** An amount in major units (1250 EUR minor → 12.5), rounded to the currency's digits. */
export function moneyMajor(money: Money): number {
  const places = currencyDigits(money.currency);
  return Number((money.amountMinor / 10 ** places).toFixed(places));
}

/** True when a cell is written flush right (numbers and amounts). */
export function isNumeric(cell: Cell, kind: ColumnKind): boolean {
  if (cell === null) return kind !== 'text' && kind !== 'date';
  return typeof cell === 'number' || isMoney(cell);
}

/** A figure's value as text in the reader's language ("€12,500.00", "42.5%", "1,234"). */
export function formatFigure(
  value: number | Money,
  kind: 'integer' | 'money' | 'percent',
  lang: string,
): string {
  if (typeof value !== 'number') return formatMoney(value, lang);
  if (kind === 'percent') return formatPercent(value, lang);
  return formatNumber(kind === 'integer' ? Math.round(value) : value, lang);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

/**
 * Text for formats that show it (PDF, DOCX): line ends made `\n`, tabs and other control
 * characters made spaces, since a font has no glyph for them and would print a box.
 */
export function displayText(text: string): string {
  return text.trim().replace(/\r\n?/g, '\n').replace(CONTROL, ' ');
}
