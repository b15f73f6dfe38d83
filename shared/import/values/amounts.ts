import { parseAmountText, type AmountTextError } from '../../domain/amountText';
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

/** The problems of the app's amount reader, as the import names them. */
const PROBLEMS: Record<AmountTextError, string> = {
  notAnAmount: 'amountInvalid',
  ambiguous: 'amountAmbiguous',
  tooManyDecimals: 'amountDecimals',
};

/**
 * The digits of an amount, read by the app's own reader of typed amounts (`amountText.ts`) in
 * the file's language first; when that language cannot read it at all ("1,234.56" in a French
 * file), in the other. An amount it finds ambiguous ("4.500" in French) stays a problem.
 */
function readDigits(
  text: string,
  locale: ValueOptions['locale'],
  digits: number,
): { minor: number } | { error: AmountTextError } {
  let read = parseAmountText(text, locale, digits);
  if ('error' in read && read.error === 'notAnAmount')
    read = parseAmountText(text, locale === 'fr' ? 'en' : 'fr', digits);
  if ('error' in read) return read;
  return read.minor === null ? { error: 'notAnAmount' } : { minor: read.minor };
}

/** An XLSX number as minor units, exactly (through its decimal text, not by multiplying). */
function numberToMinor(cell: number, currency: string): CellResult<Money> {
  const text = String(Math.abs(cell));
  if (!Number.isFinite(cell) || /e/i.test(text))
    return fail('amountInvalid', { value: String(cell) });
  const [whole = '0', decimals = ''] = text.split('.');
  const digits = minorDigits(currency);
  if (decimals.length > digits)
    return fail('amountDecimals', { value: String(cell), currency, digits });
  const minor = Number(whole + decimals.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return fail('amountInvalid', { value: String(cell) });
  return ok({ amountMinor: cell < 0 ? -minor : minor, currency });
}

/** Takes a leading minus (or a second one, after a currency sign) off the text. */
function takeSign(text: string, negative: boolean): { rest: string; negative: boolean } {
  return text.startsWith('-')
    ? { rest: text.slice(1).trim(), negative: !negative }
    : { rest: text, negative };
}

/**
 * A cell as an amount in minor units with its currency: 12 500,00 / "€ 4 200" / 1,234.56 /
 * "4 200 €" / "-1 234,50 EUR" / "(300)" / "CHF 1'234.50" / an XLSX number. Amounts that name no
 * currency take `options.currency`. An amount with more decimals than its currency has, one
 * that could be read two ways ("4.500" in a French file), or text that is no amount ("abc"), is
 * a problem. Empty cells are `null`.
 */
export function parseAmountCell(cell: GridCell, options: ValueOptions): CellResult<Money | null> {
  if (cell === null) return ok(null);
  if (typeof cell === 'number') return numberToMinor(cell, options.currency);
  const text = cellText(cell);
  if (text === '') return ok(null);
  if (typeof cell !== 'string') return fail('amountInvalid', { value: text });
  // Spaces of every kind as one space (the reader checks they group by three), a Swiss
  // apostrophe between thousands dropped, a typographic minus as a minus.
  let rest = text
    .replace(SPACES, ' ')
    .replace(/(\d)['’](?=\d{3}(?:\D|$))/g, '$1')
    .replace(/\u2212/g, '-')
    .trim();
  let negative = false;
  if (/^\(.*\)$/.test(rest)) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  ({ rest, negative } = takeSign(rest, negative));
  const taken = takeCurrency(rest);
  ({ rest, negative } = takeSign(taken.rest.trim(), negative));
  const currency = taken.currency ?? options.currency;
  const digits = minorDigits(currency);
  const read = readDigits(rest, options.locale, digits);
  if ('error' in read) {
    const key = PROBLEMS[read.error];
    return fail(
      key,
      key === 'amountDecimals' ? { value: text, currency, digits } : { value: text },
    );
  }
  // Digits with three letters that are no currency ("12 XYZ"): say which part is wrong.
  if (taken.unknown) return fail('currencyUnknown', { value: text });
  return ok({ amountMinor: negative ? -read.minor : read.minor, currency });
}
