/**
 * Formula injection guard for spreadsheet exports (CSV, XLSX).
 *
 * Excel, LibreOffice and Google Sheets read a cell that begins with `=`, `+`, `-` or `@` as a
 * formula, and a leading tab or carriage return can hide such a start from a quick look. A
 * partner's name, a note or a phone number typed by anyone who can edit the register would then
 * run as a formula on the desk of whoever opens the export (`=HYPERLINK(...)` leaking data,
 * `=cmd|...` DDE). OWASP's advice is followed: such a TEXT value is prefixed with a single quote,
 * which spreadsheets show as text and never evaluate. Typed numbers are never passed here, so
 * `-5` as a number stays a number; only text that merely looks like one is neutralised.
 */

/** The characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection). */
export const FORMULA_STARTS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** True when a text value would be read as a formula by a spreadsheet. */
export function startsFormula(text: string): boolean {
  return text.length > 0 && FORMULA_STARTS.includes(text.charAt(0));
}

/**
 * A text value safe to put in a CSV field or an XLSX string cell: unchanged, or prefixed with
 * `'` when it begins with `=`, `+`, `-`, `@`, tab or carriage return.
 */
export function neutraliseFormula(text: string): string {
  return startsFormula(text) ? `'${text}` : text;
}

/**
 * Where a spreadsheet may start a field when it reads a CSV with a separator other than the one
 * it was written with: after `,`, `;`, tab, CR or LF, and after the quote a field may open with.
 */
const CSV_BOUNDARIES = new Set([',', ';', '\t', '\r', '\n', '"']);

/**
 * A text value safe in a CSV field whatever separator the file is later read with: a `'` is put
 * before every formula start (`=`, `+`, `-`, `@`, tab, CR) that begins the text or follows a
 * `,`, `;`, tab, CR, LF or `"`. `x;=1+1;y` becomes `x;'=1+1;y`, so a French spreadsheet
 * splitting an English file at `;` finds `'=1+1`, never a formula. Typed numbers are never
 * passed here.
 */
export function neutraliseCsvText(text: string): string {
  // Most text holds no formula start at all: returned as it is, without a copy.
  if (!/[=+\-@\t\r]/.test(text)) return text;
  // Character by character: a tab is both a boundary and a formula start (`\t@` needs two quotes).
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (FORMULA_STARTS.includes(char) && (i === 0 || CSV_BOUNDARIES.has(text.charAt(i - 1))))
      out += "'";
    out += char;
  }
  return out;
}

/** True when a CSV text field must be quoted: it holds a separator of any convention, a quote, CR or LF. */
export function csvNeedsQuotes(text: string): boolean {
  return /[,;\t"\r\n]/.test(text);
}
