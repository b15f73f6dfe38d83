/**
 * The form of a text used to search and sort without caring for case or accents:
 * "São Paulo" → "sao paulo", "Québec" → "quebec", "Sana'a" → "sana'a".
 */
export function searchKey(text: string): string {
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
