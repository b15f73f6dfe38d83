import { searchKey } from '../domain/text';

/**
 * The form in which labels and header names are compared: accents, case, punctuation and
 * repeated spaces dropped ("Type d’accord :" → "type d accord"). Built on the app's `searchKey`.
 */
export function fold(text: string): string {
  return searchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
