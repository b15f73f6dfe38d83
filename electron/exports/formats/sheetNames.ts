/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;
/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

/**
 * Sheet names from section titles: Excel refuses `[]:*?/\`, more than 31 characters, a name
 * starting or ending with an apostrophe, and two names equal regardless of case.
 */
export function sheetNamer(): (title: string) => string {
  const taken = new Set<string>();
  return (title) => {
    const base =
      title
        .replace(FORBIDDEN, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '')
        .slice(0, SHEET_NAME_MAX)
        .trim() || 'Sheet';
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trim()}${suffix}`;
    }
    taken.add(name.toLocaleLowerCase());
    return name;
  };
}
