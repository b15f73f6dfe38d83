import type { Pdf } from './page';

/**
 * Text written straight into a page's content stream with the font's own glyphs, for the cells
 * of long tables and the page numbers. pdfkit's `text()` shapes every string with fontkit (GSUB
 * and GPOS lookups, per word) and writes each operator as a buffer of its own: on a
 * 100,000-row list that was two thirds of the PDF's time. Here each character is looked up once
 * in the font's character map and its glyph added to the embedded subset (with the widths and
 * the ToUnicode entry pdfkit would write, so the text stays searchable and copyable); a string
 * is then its glyph ids. No kerning or ligatures: table cells and page numbers do without,
 * and widths stay those `measure.ts` computes (the sum of the advances).
 */

/** pdfkit's embedded font, as far as this module reads and fills it. */
interface EmbeddedFont {
  id: string;
  font: {
    glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number; codePoints: number[] };
  };
  subset: { includeGlyph(glyph: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
  ascender: number;
  ref(): unknown;
}

/** One font's glyph bytes by character and by text, remembered. */
interface FontGlyphs {
  font: EmbeddedFont;
  bytesOf: Map<number, string>;
  texts: Map<string, string>;
}

/** How many encoded texts a font keeps (statuses, countries and dates repeat; titles rarely do). */
const MAX_TEXTS = 20_000;

// Combining marks are placed by shaping: a text holding any is composed first (NFC), which
// gives the precomposed letters the font has.
const COMBINING = /[\u0300-\u036f]/;

const byFont = new WeakMap<object, FontGlyphs>();

function glyphsOf(font: EmbeddedFont): FontGlyphs {
  let glyphs = byFont.get(font);
  if (!glyphs) {
    glyphs = { font, bytesOf: new Map(), texts: new Map() };
    byFont.set(font, glyphs);
  }
  return glyphs;
}

/**
 * A byte of a PDF literal string as written: itself, or escaped when it would end the string,
 * escape the next one, or be read as a line end (which a reader may turn into another).
 */
const BYTE = Array.from({ length: 256 }, (_, byte) => {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  if (byte === 0x0a || byte === 0x0d) return `\\${byte.toString(8).padStart(3, '0')}`;
  return String.fromCharCode(byte);
});

/**
 * `text` as a literal string of its glyph ids in `font` (two bytes each, as pdfkit's Identity-H
 * fonts read them; half the size of hex, which the page's compression then need not read), each
 * glyph added to the embedded subset.
 */
function encode(glyphs: FontGlyphs, text: string): string {
  let bytes = glyphs.texts.get(text);
  if (bytes !== undefined) return bytes;
  const source = COMBINING.test(text) ? text.normalize('NFC') : text;
  bytes = '';
  for (const char of source) {
    const code = char.codePointAt(0) ?? 0;
    let glyph = glyphs.bytesOf.get(code);
    if (glyph === undefined) {
      const { font } = glyphs;
      const found = font.font.glyphForCodePoint(code);
      const id = font.subset.includeGlyph(found.id);
      font.widths[id] ??= found.advanceWidth * font.scale;
      font.unicode[id] ??= found.codePoints.length > 0 ? found.codePoints : [code];
      glyph = `${BYTE[(id >> 8) & 0xff]}${BYTE[id & 0xff]}`;
      glyphs.bytesOf.set(code, glyph);
    }
    bytes += glyph;
  }
  if (glyphs.texts.size >= MAX_TEXTS) glyphs.texts.clear();
  glyphs.texts.set(text, bytes);
  return bytes;
}

/** A number as PDF content writes it: at most two decimals (a hundredth of a point), no exponent. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A piece of text to place: its top-left corner (pdfkit's coordinates, y downwards). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
}

/**
 * The content operators that draw `texts` in the document's current font and size and the
 * current fill colour, each placed by its top-left corner as pdfkit's `text()` places it.
 * The font is registered on the current page. Returned as a binary string (one char a byte)
 * rather than written, so a caller adds a whole row, or a form's content, in one piece.
 */
export function textOperators(pdf: Pdf, texts: readonly PlacedText[]): string {
  const font = (pdf as unknown as { _font: EmbeddedFont })._font;
  const size = (pdf as unknown as { _fontSize: number })._fontSize;
  const glyphs = glyphsOf(font);
  const fonts = pdf.page.fonts as Record<string, unknown>;
  if (fonts[font.id] == null) fonts[font.id] = font.ref();
  // The page's space runs downwards (pdfkit flips it); the text matrix flips the glyphs back,
  // once, then each text moves from the one before (Td, in that flipped space).
  const ascent = (font.ascender / 1000) * size;
  let out = `BT /${font.id} ${num(size)} Tf`;
  let first = true;
  let atX = 0;
  let atY = 0;
  for (const { text, x, y } of texts) {
    if (text === '') continue;
    const left = Math.round(x * 100) / 100;
    const baseline = Math.round((y + ascent) * 100) / 100;
    out += first
      ? ` 1 0 0 -1 ${num(left)} ${num(baseline)} Tm`
      : ` ${num(left - atX)} ${num(atY - baseline)} Td`;
    out += ` (${encode(glyphs, text)}) Tj`;
    first = false;
    atX = left;
    atY = baseline;
  }
  return `${out} ET\n`;
}

/** The width of `text` in the current font at the current size, from the glyphs' advances. */
export function glyphWidth(pdf: Pdf, text: string): number {
  const font = (pdf as unknown as { _font: EmbeddedFont })._font;
  const size = (pdf as unknown as { _fontSize: number })._fontSize;
  let width = 0;
  for (const char of text) width += font.font.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth;
  return width * font.scale * (size / 1000);
}
