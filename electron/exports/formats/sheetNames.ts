/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;
/** Little words a shortened title does not end with. */
const TRAILING_WORD =
  /\s+(?:of|the|and|by|in|per|for|with|on|de|du|des|la|le|les|et|par|pour|avec|sur|en|au|aux|à)$/iu;
/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

/**
 * A title within `max` characters, cut at a word boundary (never inside a word), without a
 * dangling separator; a single word longer than that is cut and ends with an ellipsis.
 */
export function shortenAtWord(title: string, max: number): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  if (space <= 0) return `${title.slice(0, max - 1)}…`;
  let short = cut.slice(0, space);
  // Drop what cannot end a title: separators and the little words that lead into the next.
  for (let before = ''; before !== short;) {
    before = short;
    short = short.replace(/[\s,;.:–—-]+$/u, '').replace(TRAILING_WORD, '');
  }
  return short;
}

/**
 * Sheet names from section titles: Excel refuses `[]:*?/\`, more than 31 characters, a name
 * starting or ending with an apostrophe, and two names equal regardless of case. A long title
 * is shortened at a word boundary, not cut inside a word.
 */
export function sheetNamer(): (title: string) => string {
  const taken = new Set<string>();
  return (title) => {
    const clean = title
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '');
    const base = shortenAtWord(clean, SHEET_NAME_MAX).trim() || 'Sheet';
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${shortenAtWord(base, SHEET_NAME_MAX - suffix.length).trim()}${suffix}`;
    }
    taken.add(name.toLocaleLowerCase());
    return name;
  };
}
