import type { Language } from './enums';

/**
 * Amounts as people type or paste them, read into minor units without floating point:
 * French "4 500,50", "4500,5", "4 500" (space, no-break space or narrow no-break space between
 * thousands, a comma before the decimals); English "4,500.50". A form that could be read two
 * ways is never guessed into a number a hundred times off:
 * - a dot followed by one or two digits, without a comma ("4500.5" pasted into a French field)
 *   can only be decimals (thousands come in threes): read as decimals; likewise "4500,5" in
 *   English;
 * - a lone separator followed by exactly three digits on the language's other side ("4.500" in
 *   French, "4,500" is English grouping) could be thousands or decimals: in French, refused as
 *   `ambiguous`; in English, "4,500" is grouping, as everywhere in English;
 * - more decimals than the currency has are refused (`tooManyDecimals`), never rounded away.
 * `formatAmountText` writes what `parseAmountText` reads back.
 */
export type AmountTextError = 'notAnAmount' | 'ambiguous' | 'tooManyDecimals';

const SPACES = /[\s\u00a0\u202f]/g;
const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(?:${sep}\\d{3})+$`);
const SPACE_GROUPED = GROUPED(' ');

/** What a user typed in an amount field: minor units, null when empty, or why it was refused. */
export function parseAmountText(
  text: string,
  lang: Language,
  digits: number,
): { minor: number | null } | { error: AmountTextError } {
  // Spaces of any kind are thousands separators; a currency sign around the number is dropped.
  const typed = text
    .replace(/^\s*\p{Sc}|\p{Sc}\s*$/gu, '')
    .replace(SPACES, ' ')
    .trim();
  if (typed === '') return { minor: null };
  if (!/^[\d ,.]+$/.test(typed) || !/\d/.test(typed)) return { error: 'notAnAmount' };
  const split = splitDecimals(typed, lang);
  if ('error' in split) return split;
  const integer = ungroup(split.integer);
  if (integer === null) return { error: 'notAnAmount' };
  if (split.decimals.length > digits) return { error: 'tooManyDecimals' };
  const minor = Number(integer + split.decimals.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? { minor } : { error: 'notAnAmount' };
}

/** The integer part (still grouped) and the decimal digits of a typed amount. */
function splitDecimals(
  typed: string,
  lang: Language,
): { integer: string; decimals: string } | { error: AmountTextError } {
  const decimal = lang === 'fr' ? ',' : '.';
  const other = lang === 'fr' ? '.' : ',';
  const count = (c: string) => typed.split(c).length - 1;
  if (count(decimal) > 1) return { error: 'notAnAmount' };
  if (count(decimal) === 1) {
    // The language's own decimal mark; the other mark may only group thousands before it.
    const [integer, decimals] = typed.split(decimal) as [string, string];
    if (!/^\d*$/.test(decimals)) return { error: 'notAnAmount' };
    if (integer.includes(other) && !GROUPED(`\\${other}`).test(integer))
      return { error: 'notAnAmount' };
    return { integer: integer.replaceAll(other, '') || '0', decimals };
  }
  if (count(other) === 0) return { integer: typed, decimals: '' };
  // Only the other mark: thousands when every group after it has three digits, decimals when
  // it appears once with one or two digits after it.
  const parts = typed.split(other);
  const last = parts[parts.length - 1]!;
  if (parts.length === 2 && /^\d{1,2}$/.test(last) && /^\d+$/.test(parts[0]!)) {
    return { integer: parts[0]!, decimals: last };
  }
  if (GROUPED(`\\${other}`).test(typed)) {
    if (lang === 'fr' && parts.length === 2) return { error: 'ambiguous' };
    return { integer: parts.join(''), decimals: '' };
  }
  return { error: 'notAnAmount' };
}

/** Digits without their thousands spaces, or null when the spaces do not group by three. */
function ungroup(integer: string): string | null {
  if (/^\d+$/.test(integer)) return integer;
  return SPACE_GROUPED.test(integer) ? integer.replaceAll(' ', '') : null;
}

const formats = new Map<string, Intl.NumberFormat>();

/** Minor units as an amount field shows them: "4 500,50" in French, "4,500.50" in English. */
export function formatAmountText(minor: number, lang: Language, digits: number): string {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  const text = String(minor).padStart(digits + 1, '0');
  // Through the decimal string, not minor / 10^digits: no binary rounding on large amounts.
  const major = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return format.format(major as unknown as number);
}
