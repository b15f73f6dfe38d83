import { isCurrencyCode, minorDigits, type Money } from '../../domain/money';
import { cellText, fail, ok, type CellResult, type GridCell } from '../types';
import { SPACES, type ValueOptions } from './options';

/**
 * Currency signs as registers and Intl write them, longest first. A bare "$" is read as US
 * dollars, the common case; a Canadian register writes "$CA" or "CAD".
 */
const SIGNS: readonly (readonly [string, string])[] = [
  ['us$', 'USD'],
  ['$us', 'USD'],
  ['ca$', 'CAD'],
  ['$ca', 'CAD'],
  ['£gb', 'GBP'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['€', 'EUR'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
];

const CODE_AT_START = /^([a-z]{3})(?![a-z])/i;
const CODE_AT_END = /(?<![a-z])([a-z]{3})$/i;

/** Takes a currency sign or code off either end of the text. */
function takeCurrency(text: string): { rest: string; currency: string | null; unknown?: true } {
  const lower = text.toLowerCase();
  for (const [sign, code] of SIGNS) {
    if (lower.startsWith(sign)) return { rest: text.slice(sign.length), currency: code };
    if (lower.endsWith(sign)) return { rest: text.slice(0, -sign.length), currency: code };
  }
  const code = CODE_AT_START.exec(text) ?? CODE_AT_END.exec(text);
  if (!code) return { rest: text, currency: null };
  const upper = code[1]!.toUpperCase();
  const rest = code.index === 0 ? text.slice(3) : text.slice(0, code.index);
  return isCurrencyCode(upper)
    ? { rest, currency: upper }
    : { rest, currency: null, unknown: true };
}

/** Splits "12500,00"-like digits into whole and decimal parts, deciding which mark is which. */
function splitDigits(
  text: string,
  locale: ValueOptions['locale'],
): { whole: string; decimals: string } | null {
  if (!/^\d[\d.,']*$/.test(text) || /[.,']$/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let decimalMark: ',' | '.' | null;
  if (lastComma >= 0 && lastDot >= 0) decimalMark = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0) {
    const several = text.indexOf(',') !== lastComma;
    // "1,234" is a thousand in English and one point two three four in French.
    const englishGroup = locale === 'en' && /^\d{1,3}(,\d{3})+$/.test(text);
    decimalMark = several || englishGroup ? null : ',';
  } else if (lastDot >= 0) decimalMark = text.indexOf('.') !== lastDot ? null : '.';
  else decimalMark = null;
  const at = decimalMark ? text.lastIndexOf(decimalMark) : text.length;
  const whole = text.slice(0, at);
  const decimals = decimalMark ? text.slice(at + 1) : '';
  const group = whole.replace(/\d/g, '');
  // The whole part may hold only one kind of grouping mark, between groups of three digits.
  if (group && (new Set(group).size > 1 || group.includes(decimalMark ?? '#'))) return null;
  if (group && !/^\d{1,3}([.,']\d{3})*$/.test(whole)) return null;
  if (/\D/.test(decimals)) return null;
  return { whole: whole.replace(/\D/g, ''), decimals };
}

/** Minor units from whole and decimal digits, exactly (no floating point on the way). */
function toMinorUnits(
  text: string,
  whole: string,
  decimals: string,
  negative: boolean,
  currency: string,
): CellResult<Money> {
  const digits = minorDigits(currency);
  if (decimals.length > digits) return fail('amountDecimals', { value: text, currency, digits });
  const minor = Number(whole + decimals.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return fail('amountInvalid', { value: text });
  return ok({ amountMinor: negative ? -minor : minor, currency });
}

/**
 * A cell as an amount in minor units with its currency: 12 500,00 / "€ 4 200" / 1,234.56 /
 * "4 200 €" / "-1 234,50 EUR" / "(300)" / an XLSX number. Amounts that name no currency take
 * `options.currency`. An amount with more decimals than its currency has ("12,345 €"), or text
 * that is no amount ("abc"), is a problem. Empty cells are `null`.
 */
export function parseAmountCell(cell: GridCell, options: ValueOptions): CellResult<Money | null> {
  if (cell === null) return ok(null);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail('amountInvalid', { value: String(cell) });
    const text = String(Math.abs(cell));
    if (/e/i.test(text)) return fail('amountInvalid', { value: String(cell) });
    const [whole = '0', decimals = ''] = text.split('.');
    return toMinorUnits(String(cell), whole, decimals, cell < 0, options.currency);
  }
  const text = cellText(cell);
  if (text === '') return ok(null);
  if (typeof cell !== 'string') return fail('amountInvalid', { value: text });
  let rest = text
    .replace(SPACES, '')
    .replace(/[’]/g, "'")
    .replace(/\u2212/g, '-');
  let negative = false;
  if (/^\(.*\)$/.test(rest)) {
    negative = true;
    rest = rest.slice(1, -1);
  }
  if (rest.startsWith('-')) {
    negative = !negative;
    rest = rest.slice(1);
  }
  const taken = takeCurrency(rest);
  rest = taken.rest;
  if (rest.startsWith('-')) {
    negative = !negative;
    rest = rest.slice(1);
  }
  const parts = splitDigits(rest, options.locale);
  if (!parts) return fail('amountInvalid', { value: text });
  // Digits with three letters that are no currency ("12 XYZ"): say which part is wrong.
  if (taken.unknown) return fail('currencyUnknown', { value: text });
  return toMinorUnits(
    text,
    parts.whole,
    parts.decimals,
    negative,
    taken.currency ?? options.currency,
  );
}
