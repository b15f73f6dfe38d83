import type Database from 'better-sqlite3';
import { searchKey } from '../../shared/domain/text';

const countryNames = new Map<string, Intl.DisplayNames>();

/** The name of a country in a language, as the reader sees it. */
export function countryName(code: string, lang: string): string {
  let names = countryNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region' });
    countryNames.set(lang, names);
  }
  return names.of(code) ?? code;
}

/**
 * SQL functions Accords' queries use: `search_key(text)` (lower case, no accents) and
 * `country_name(code, lang)` to sort countries by the names the reader sees.
 */
export function registerSqlFunctions(db: Database.Database): void {
  db.function('search_key', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? searchKey(text) : null,
  );
  db.function('country_name', { deterministic: true }, (code: unknown, lang: unknown) =>
    typeof code === 'string' ? searchKey(countryName(code, typeof lang === 'string' ? lang : 'en')) : null,
  );
}
