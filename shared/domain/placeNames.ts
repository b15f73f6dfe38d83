import type { Language } from './enums';
import { PLACE_NAMES } from './placeNamesData';
import { searchKey } from './text';

/** A city's names: in French, in English, and the other spellings it is known by. */
export interface PlaceNames {
  fr: string;
  en: string;
  aliases: string[];
}

let byKey: Map<string, PlaceNames[]> | null = null;

/** The built-in table, indexed by country and the search key of every spelling. */
function table(): Map<string, PlaceNames[]> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const [country, en, fr, ...aliases] of PLACE_NAMES) {
    const names: PlaceNames = { fr, en, aliases };
    for (const spelling of new Set([en, fr, ...aliases].map(searchKey))) {
      const key = `${country}|${spelling}`;
      byKey.set(key, [...(byKey.get(key) ?? []), names]);
    }
  }
  return byKey;
}

/**
 * The well-known names of the city called `name` in `country`, by any of its spellings without
 * regard to case or accents ("pekin", "Peking" and "Beijing" all give Pékin / Beijing), or null
 * when the table does not know it.
 */
export function knownPlaceNames(name: string, country: string): PlaceNames | null {
  return table().get(`${country}|${searchKey(name)}`)?.[0] ?? null;
}

/**
 * A city's two names and other spellings from what a user gave: the names typed win, the table
 * fills the ones left empty, and the name itself stands in when the table does not know the city.
 */
export function resolvePlaceNames(input: {
  name: string;
  country: string;
  nameFr?: string | undefined;
  nameEn?: string | undefined;
  aliases?: readonly string[] | undefined;
}): PlaceNames {
  const known =
    knownPlaceNames(input.nameFr || input.nameEn || input.name, input.country) ??
    knownPlaceNames(input.name, input.country);
  const fr = input.nameFr?.trim() || known?.fr || input.name.trim();
  const en = input.nameEn?.trim() || known?.en || input.name.trim();
  return { fr, en, aliases: distinctSpellings([input.name, ...(input.aliases ?? [])], [fr, en]) };
}

/**
 * The spellings of `candidates` that differ (ignoring case and accents) from each other and from
 * `names`, in their first form, without blanks.
 */
export function distinctSpellings(
  candidates: readonly string[],
  names: readonly string[],
): string[] {
  const seen = new Set(names.map(searchKey));
  const out: string[] = [];
  for (const raw of candidates) {
    const text = raw.trim();
    const key = searchKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** Every spelling a city is found by: its names, its own spellings and the table's. */
export function allSpellings(names: PlaceNames & { country: string }): string[] {
  const known =
    knownPlaceNames(names.en, names.country) ?? knownPlaceNames(names.fr, names.country);
  return [
    names.fr,
    names.en,
    ...names.aliases,
    ...(known ? [known.fr, known.en, ...known.aliases] : []),
  ];
}

/** The search keys of every spelling, one per line (stored for the register's text filter). */
export function spellingsKey(names: PlaceNames & { country: string }): string {
  return [...new Set(allSpellings(names).map(searchKey))].join('\n');
}

/** A city's name in the reader's language. */
export function placeName(names: { fr: string; en: string }, lang: Language): string {
  return (lang === 'fr' ? names.fr : names.en) || names.en || names.fr;
}
