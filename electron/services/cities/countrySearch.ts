import { COUNTRY_CODES } from '../../../shared/domain/countries';
import { LANGUAGES } from '../../../shared/domain/enums';
import { searchKey } from '../../../shared/domain/text';
import { countryName } from '../../db/functions';

let index: { code: string; keys: string[] }[] | null = null;

/**
 * The countries whose name, in English or French, contains the text: "italie" and "italy"
 * both find Rome's agreement.
 */
export function countriesMatching(text: string): string[] {
  const needle = searchKey(text);
  if (needle.length < 2) return [];
  index ??= COUNTRY_CODES.map((code) => ({
    code,
    keys: LANGUAGES.map((lang) => searchKey(countryName(code, lang))),
  }));
  return index.filter((entry) => entry.keys.some((key) => key.includes(needle))).map((entry) => entry.code);
}
