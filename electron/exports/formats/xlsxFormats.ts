import type { Language } from '../../../shared/domain/enums';
import { currencyDigits } from './cells';
import type { DatePrecision } from '../../../shared/domain/partialDate';

/**
 * Excel number formats: how a typed cell shows in the reader's convention while staying a
 * number or a date underneath (so it sums, sorts and filters).
 */

export const INTEGER_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0.0%';

/** A partial date shows only what is known: `yyyy`, the month and year, or the full day. */
export function dateFormat(precision: DatePrecision, lang: Language): string {
  if (precision === 'year') return 'yyyy';
  if (precision === 'month') return lang === 'fr' ? 'mmmm yyyy' : 'mmm yyyy';
  return lang === 'fr' ? 'dd/mm/yyyy' : 'dd mmm yyyy';
}

/** A date and time (the summary's "generated on"). */
export function timestampFormat(lang: Language): string {
  return lang === 'fr' ? 'dd/mm/yyyy hh:mm' : 'dd mmm yyyy hh:mm';
}

const moneyFormats = new Map<string, string>();

/** `"€"#,##0.00` in English, `#,##0.00 "€"` in French; as many decimals as the currency has. */
export function moneyFormat(currency: string, lang: Language): string {
  const key = `${lang}:${currency}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    const symbol =
      new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
        .formatToParts(0)
        .find((part) => part.type === 'currency')?.value ?? currency;
    const quoted = `"${symbol.replace(/"/g, '')}"`;
    const digits = currencyDigits(currency);
    const number = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
    const spaced = /^[A-Za-z]+$/.test(symbol);
    format =
      lang === 'fr'
        ? `${number} ${quoted}`
        : spaced
          ? `"${symbol} "${number}`
          : `${quoted}${number}`;
    moneyFormats.set(key, format);
  }
  return format;
}
