/**
 * The form of a text used to search and sort without caring for case or accents:
 * "São Paulo" → "sao paulo", "Québec" → "quebec", "Sana'a" → "sana'a".
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .trim();
}
