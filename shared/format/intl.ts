/**
 * Formatting in the reader's language with Intl, for the screens and for the documents main writes
 * (PDF, DOCX): both sides format a date, a number or an amount the same way.
 */
import { fromMinor, type Money } from '../domain/money';
import { parsePartialDate } from '../domain/partialDate';

/**
 * Formatting in the reader's language with Intl. Formatters are cached per language:
 * the register formats thousands of cells.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export type DateStyle = 'long' | 'short';

/** "1956", "April 2006" / "avril 2006", "12 April 2006" / "12 avril 2006". */
export function formatPartialDate(
  date: string,
  language: string,
  style: DateStyle = 'long',
): string {
  const parts = parsePartialDate(date);
  if (!parts) return date;
  const month = style === 'long' ? 'long' : 'short';
  const { year, precision } = parts;
  const utc = new Date(Date.UTC(year, (parts.month ?? 1) - 1, parts.day ?? 1));
  // Years before 100 would be shifted by Date.UTC; partial dates start at 1000.
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month }
        : { year: 'numeric', month, day: 'numeric' };
  const formatter = cached(
    `date:${language}:${precision}:${style}`,
    () => new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }),
  );
  return formatter.format(utc);
}

/** A date and time stamp (ISO 8601) in the reader's language and time zone. */
export function formatTimestamp(iso: string, language: string): string {
  const formatter = cached(
    `stamp:${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}

/** A country's name in the reader's language ("JP" → "Japan" / "Japon"). */
export function countryName(code: string, language: string): string {
  const names = cached(
    `region:${language}`,
    () => new Intl.DisplayNames([language], { type: 'region' }),
  );
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A whole number with the reader's grouping ("100,000" / "100 000"). */
export function formatNumber(value: number, language: string): string {
  return cached(`number:${language}`, () => new Intl.NumberFormat(language)).format(value);
}

/** A coordinate with up to five decimals, in the reader's notation. */
export function formatCoordinate(value: number, language: string): string {
  return cached(
    `coord:${language}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits: 5 }),
  ).format(value);
}

/** The twelve month names, January first, in the reader's language. */
export function monthNames(language: string): string[] {
  return cached(`months:${language}`, () => {
    const formatter = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, index) => {
      const name = formatter.format(new Date(Date.UTC(2001, index, 1)));
      return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
    });
  });
}

/** Compares two strings the way the reader's language sorts them. */
export function compareText(language: string): (a: string, b: string) => number {
  return cached(`collator:${language}`, () => new Intl.Collator(language, { sensitivity: 'base' }))
    .compare;
}

/** An amount with its currency in the reader's language ("€12,500.00" / "12 500,00 €"). */
export function formatMoney(money: Money, language: string): string {
  return cached(
    `money:${language}:${money.currency}`,
    () => new Intl.NumberFormat(language, { style: 'currency', currency: money.currency }),
  ).format(fromMinor(money.amountMinor, money.currency));
}

/** A ratio as a percentage in the reader's language (0.425 → "42.5%" / "42,5 %"). */
export function formatPercent(ratio: number, language: string): string {
  return cached(
    `percent:${language}`,
    () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }),
  ).format(ratio);
}
