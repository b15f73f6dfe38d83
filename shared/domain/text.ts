// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** The keys of the last names asked for (short texts only), for `searchKey`. */
const RECENT_KEYS = 256;
const recentKeys = new Map<string, string>();

/**
 * The form of a text used to search and sort without caring for case or accents:
 * "São Paulo" → "sao paulo", "Québec" → "quebec", "Sana'a" → "sana'a".
 */
export function searchKey(text: string): string {
  // Plain ASCII has no accent to take off (NFKD leaves it as it is): the same key, much faster.
  if (ASCII.test(text)) return text.replaceAll('`', "'").toLowerCase().trim();
  // A name is keyed many times in a row (its columns, its uniqueness, its spellings): the last
  // few keys are kept, since the Unicode normalisation is what costs.
  if (text.length > 200) return foldedKey(text);
  const known = recentKeys.get(text);
  if (known !== undefined) return known;
  if (recentKeys.size >= RECENT_KEYS) recentKeys.clear();
  const key = foldedKey(text);
  recentKeys.set(text, key);
  return key;
}

function foldedKey(text: string): string {
  return (
    text
      // Before NFKD, which splits the acute accent ´ into a space and a combining mark.
      .replace(/[’‘`´]/g, "'")
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .trim()
  );
}
