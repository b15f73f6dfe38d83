import { COUNTRY_CODES, isCountryCode, type CountryCode } from '../../domain/countries';
import { fold } from '../fold';
import { cellText, fail, ok, type CellResult, type GridCell } from '../types';

/** Names registers use that Intl does not give, folded. */
const SYNONYMS: Record<string, CountryCode> = {
  usa: 'US',
  'etats unis d amerique': 'US',
  'united states of america': 'US',
  uk: 'GB',
  angleterre: 'GB',
  england: 'GB',
  'grande bretagne': 'GB',
  'great britain': 'GB',
  ecosse: 'GB',
  scotland: 'GB',
  'pays de galles': 'GB',
  wales: 'GB',
  russie: 'RU',
  'republique tcheque': 'CZ',
  'czech republic': 'CZ',
  'coree du sud': 'KR',
  'south korea': 'KR',
  'cote d ivoire': 'CI',
  'ivory coast': 'CI',
  hollande: 'NL',
  holland: 'NL',
  turquie: 'TR',
  turkey: 'TR',
};

let names: ReadonlyMap<string, CountryCode> | null = null;

/** Every country's name in English and French (from Intl), plus the synonyms, folded. */
function countryNames(): ReadonlyMap<string, CountryCode> {
  if (names) return names;
  const map = new Map<string, CountryCode>();
  for (const language of ['en', 'fr']) {
    const display = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (name && name !== code) map.set(fold(name), code);
    }
  }
  for (const [name, code] of Object.entries(SYNONYMS)) map.set(name, code);
  names = map;
  return map;
}

/**
 * A cell as an ISO country code, from its code ("DK", "dk") or its name in English or French
 * ("Danemark", "Denmark", "États-Unis"). An unknown name is a problem. Empty is `null`.
 */
export function parseCountryCell(cell: GridCell): CellResult<CountryCode | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const upper = text.toUpperCase();
  if (upper.length === 2 && isCountryCode(upper)) return ok(upper);
  const code = countryNames().get(fold(text));
  return code ? ok(code) : fail('countryUnknown', { value: text });
}
