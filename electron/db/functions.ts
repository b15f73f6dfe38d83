import type Database from 'better-sqlite3';
import type { Language } from '../../shared/domain/enums';
import { searchKey } from '../../shared/domain/text';

const readerLanguages = new WeakMap<Database.Database, Language>();
const overrides = new WeakMap<Database.Database, Language>();

/**
 * The language the connection's reader sees city names in (the interface language, kept here by
 * the settings service): `city_name()` in SQL reads it, so every list, screen and report shows
 * Copenhague to a French reader and Copenhagen to an English one.
 */
export function readerLanguage(db: Database.Database): Language {
  return overrides.get(db) ?? readerLanguages.get(db) ?? 'en';
}

/** Remembers the interface language of a connection (the settings service calls it). */
export function setReaderLanguage(db: Database.Database, lang: Language): void {
  readerLanguages.set(db, lang);
}

/**
 * Runs `read` (synchronous: no await may run inside) with the city names in `lang`, for a
 * report or an export worded in a language that may not be the interface's.
 */
export function withReaderLanguage<T>(db: Database.Database, lang: Language, read: () => T): T {
  const before = overrides.get(db);
  overrides.set(db, lang);
  try {
    return read();
  } finally {
    if (before === undefined) overrides.delete(db);
    else overrides.set(db, before);
  }
}

/** Takes the stored interface language (setting `ui.language`) as the connection's reader's. */
export function loadReaderLanguage(db: Database.Database): void {
  const hasSettings = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get();
  const lang = hasSettings ? (db.prepare("SELECT value FROM settings WHERE key = 'ui.language'").pluck().get() as string | undefined) : undefined;
  if (lang === 'fr' || lang === 'en') readerLanguages.set(db, lang);
}

/** The SQL expression of a city's name in the reader's language (`c` being the cities table). */
export const CITY_NAME = 'city_name(c.name_fr, c.name_en)';

const countryNames = new Map<string, Intl.DisplayNames>();
/** Names already asked for (a large import asks for the same few countries again and again). */
const namesAsked = new Map<string, string>();

/** The name of a country in a language, as the reader sees it. */
export function countryName(code: string, lang: string): string {
  const key = `${lang}\u0000${code}`;
  const known = namesAsked.get(key);
  if (known !== undefined) return known;
  let names = countryNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region' });
    countryNames.set(lang, names);
  }
  const name = names.of(code) ?? code;
  if (namesAsked.size < 10_000) namesAsked.set(key, name);
  return name;
}

/** What `city_name(name_fr, name_en)` answers, for a city already in hand (the import's bulk writer). */
export function cityNameOf(db: Database.Database, french: string, english: string): string {
  return (readerLanguage(db) === 'fr' ? french : english) || english || french;
}

/**
 * SQL functions Accords' queries use: `search_key(text)` (lower case, no accents),
 * `country_name(code, lang)` to sort countries by the names the reader sees, and
 * `city_name(name_fr, name_en)`: a city's name in the reader's language (`readerLanguage`).
 */
export function registerSqlFunctions(db: Database.Database): void {
  db.function('search_key', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? searchKey(text) : null,
  );
  db.function('country_name', { deterministic: true }, (code: unknown, lang: unknown) =>
    typeof code === 'string' ? searchKey(countryName(code, typeof lang === 'string' ? lang : 'en')) : null,
  );
  // Not deterministic: the answer follows the reader's language.
  db.function('city_name', (fr: unknown, en: unknown) => {
    if (fr === null && en === null) return null;
    return cityNameOf(db, typeof fr === 'string' ? fr : '', typeof en === 'string' ? en : '');
  });
}
