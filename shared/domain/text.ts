// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The form of a text used to search and sort without caring for case or accents:
 * "São Paulo" → "sao paulo", "Québec" → "quebec", "Sana'a" → "sana'a".
 */
export function searchKey(text: string): string {
  // Plain ASCII has no accent to take off (NFKD leaves it as it is): the same key, much faster.
  if (ASCII.test(text)) return text.replaceAll('`', "'").toLowerCase().trim();
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
