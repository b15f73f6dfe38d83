import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n';

/**
 * French typography: a no-break space (U+00A0, or the narrow U+202F) before `:` `;` `!` `?`
 * and inside « », so a line never starts with a colon or a lone guillemet.
 */
const NO_BREAK = '[\\u00a0\\u202f]';

/** Every French string with its key. */
function strings(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === 'string') return [[path.join('.'), node]];
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) => strings(value, [...path, key]));
  return [];
}

/** What is wrong with one string's typography, if anything. */
export function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  // A plain space, or none after a word, before a high mark that ends a phrase.
  for (const match of text.matchAll(/(^|.)([:;!?])(?=\s|$|[»)'"])/gu)) {
    const before = match[1] ?? '';
    if (!new RegExp(`^${NO_BREAK}$`).test(before) && before !== '(')
      faults.push(`“${before}${match[2] ?? ''}”`);
  }
  if (new RegExp(`«(?!${NO_BREAK})`).test(text)) faults.push('«');
  if (new RegExp(`(?<!${NO_BREAK})»`).test(text)) faults.push('»');
  return faults;
}

describe('French typography', () => {
  it('finds a plain space or none before : ; ! ? and inside « » (the check itself)', () => {
    expect(typographyFaults('Erreur : rien')).not.toEqual([]);
    expect(typographyFaults('Erreur: rien')).not.toEqual([]);
    expect(typographyFaults('Supprimer « x » ?')).toHaveLength(3);
    expect(
      typographyFaults(
        'Erreur\u00a0: rien\u202f; « x »'.replace(/« | »/g, (m) => m.replace(' ', '\u00a0')),
      ),
    ).toEqual([]);
    expect(typographyFaults('12:30, https://example.org, (;)')).toEqual([]);
  });

  it('every French string has a no-break space before : ; ! ? and inside « »', () => {
    const all = strings(resources.fr.translation);
    expect(all.length).toBeGreaterThan(500);
    const faults = all
      .map(([key, text]) => [key, typographyFaults(text)] as const)
      .filter(([, found]) => found.length > 0)
      .map(([key, found]) => `${key}: ${found.join(' ')}`);
    expect(faults).toEqual([]);
  });
});
