import type { Language } from './enums';
import { makePartialDate, parsePartialDate, type PartialDate } from './partialDate';
import { searchKey } from './text';

/**
 * Dates as people type them, in either interface language, read into partial dates that keep
 * the precision given: "20/05/2026" → 2026-05-20, "05/2026" and "mai 2026" → 2026-05, "2026" →
 * 2026. French reads day/month/year; English reads month/day/year ("05/20/2026") and "May 20,
 * 2026". ISO (2026-05-20) is read in both. `formatDateText` writes what `parseDateText` reads.
 */

const YEAR = '(\\d{4})';
const NUM = '(\\d{1,2})';
const SEP = '\\s*[/.\\-]\\s*';

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const NUMERIC_DAY = new RegExp(`^${NUM}${SEP}${NUM}${SEP}${YEAR}$`);
const NUMERIC_MONTH = new RegExp(`^${NUM}${SEP}${YEAR}$`);
/** "20 mai 2026", "1er mai 2026", "20 May 2026". */
const DAY_MONTH_YEAR = /^(\d{1,2})(?:er|st|nd|rd|th)?\s+([\p{L}.]+)\.?,?\s+(\d{4})$/u;
/** "May 20, 2026", "May 20th 2026". */
const MONTH_DAY_YEAR = /^([\p{L}.]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;
/** "mai 2026", "May 2026", "mai, 2026". */
const MONTH_YEAR = /^([\p{L}.]+),?\s+(\d{4})$/u;

let months: Map<string, number> | null = null;

/**
 * Month names in both languages, long and short, without accents or dots ("fevrier", "fevr",
 * "feb", "february"), and every prefix of three letters or more that names one month only.
 */
function monthTable(): Map<string, number> {
  if (months) return months;
  const names = new Map<string, Set<number>>();
  const add = (name: string, month: number) => {
    const key = searchKey(name).replace(/\./g, '');
    for (let end = 3; end <= key.length; end += 1) {
      const prefix = key.slice(0, end);
      names.set(prefix, (names.get(prefix) ?? new Set()).add(month));
    }
  };
  for (const lang of ['fr', 'en']) {
    for (const style of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' });
      for (let month = 1; month <= 12; month += 1)
        add(format.format(Date.UTC(2000, month - 1, 1)), month);
    }
  }
  months = new Map();
  for (const [name, set] of names) if (set.size === 1) months.set(name, [...set][0]!);
  return months;
}

/** The month a typed name stands for (1–12), or null. */
export function monthOfName(text: string): number | null {
  return monthTable().get(searchKey(text).replace(/\./g, '')) ?? null;
}

/** A partial date from numbers, or null when they do not make one (31/02, month 13, year 999). */
function dateOf(year: number, month?: number, day?: number): PartialDate | null {
  const date = makePartialDate(year, month ?? null, day ?? null);
  return parsePartialDate(date) ? date : null;
}

/**
 * What a user typed in a date field: `{ date }` (null when the field is empty) or `{ error }`
 * when the text is not a date of any form the language reads.
 */
export function parseDateText(
  text: string,
  lang: Language,
): { date: PartialDate | null } | { error: 'notADate' } {
  const typed = text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
  if (typed === '') return { date: null };
  const date = readDate(typed, lang);
  return date ? { date } : { error: 'notADate' };
}

function readDate(typed: string, lang: Language): PartialDate | null {
  let m = ISO.exec(typed);
  if (m)
    return dateOf(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  m = NUMERIC_DAY.exec(typed);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    const year = Number(m[3]);
    // The language's order first; the other order only when it is the only one that makes sense.
    const [day, month] = lang === 'fr' ? [first, second] : [second, first];
    return dateOf(year, month, day) ?? (month > 12 ? dateOf(year, day, month) : null);
  }
  m = NUMERIC_MONTH.exec(typed);
  if (m) return dateOf(Number(m[2]), Number(m[1]));
  m = DAY_MONTH_YEAR.exec(typed);
  if (m) {
    const month = monthOfName(m[2]!);
    return month ? dateOf(Number(m[3]), month, Number(m[1])) : null;
  }
  m = MONTH_DAY_YEAR.exec(typed);
  if (m) {
    const month = monthOfName(m[1]!);
    return month ? dateOf(Number(m[3]), month, Number(m[2])) : null;
  }
  m = MONTH_YEAR.exec(typed);
  if (m) {
    const month = monthOfName(m[1]!);
    return month ? dateOf(Number(m[2]), month) : null;
  }
  return null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A partial date as a date field shows it in the reader's language, at its precision: French
 * 20/05/2026, mai 2026, 2026; English May 20, 2026, May 2026, 2026. Text that is not a partial
 * date comes back as it is.
 */
export function formatDateText(date: PartialDate, lang: Language): string {
  const parts = parsePartialDate(date);
  if (!parts) return date;
  if (parts.precision === 'year') return String(parts.year);
  const key = `${lang}:${parts.precision}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      parts.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : lang === 'fr'
          ? { year: 'numeric', month: '2-digit', day: '2-digit' }
          : { year: 'numeric', month: 'long', day: 'numeric' };
    format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format.format(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
}

/** Examples of what a date field reads, for its hint ("20/05/2026, 05/2026, mai 2026, 2026"). */
export function dateTextExamples(lang: Language): string {
  return lang === 'fr'
    ? '20/05/2026, 05/2026, mai 2026, 2026'
    : 'May 20, 2026, 05/2026, May 2026, 2026';
}
