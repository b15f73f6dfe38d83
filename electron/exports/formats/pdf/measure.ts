import type { Pdf } from './page';

/**
 * Text widths for long tables from cached per-character advance widths. pdfkit measures by
 * shaping the string with fontkit, which costs more than drawing it; a 100,000-row table
 * measures a million cells. Kerning is ignored: the sum differs by a fraction of a point,
 * which the cell padding absorbs.
 */
export function textMeasure(pdf: Pdf): (text: string, font: string, size: number) => number {
  const fonts = new Map<string, FontWidths>();
  return (text, font, size) => {
    let widths = fonts.get(font);
    if (!widths) {
      widths = { advances: new Map(), texts: new Map() };
      fonts.set(font, widths);
    }
    // Whole texts first: a long list repeats its countries, statuses, dates and amounts.
    let width = widths.texts.get(text);
    if (width === undefined) {
      width = 0;
      let measured = false;
      for (let i = 0; i < text.length; i += 1) {
        const code = text.codePointAt(i) ?? 0;
        if (code > 0xffff) i += 1;
        let advance = widths.advances.get(code);
        if (advance === undefined) {
          advance = pdf.font(font).fontSize(1000).widthOfString(String.fromCodePoint(code)) / 1000;
          widths.advances.set(code, advance);
          measured = true;
        }
        width += advance;
      }
      // Measuring a new character switched the font size: put the caller's back.
      if (measured) pdf.font(font).fontSize(size);
      if (widths.texts.size >= MAX_TEXTS) widths.texts.clear();
      widths.texts.set(text, width);
    }
    return width * size;
  };
}

/** How many measured texts a font keeps (short ones repeat; titles rarely do). */
const MAX_TEXTS = 50_000;

/** One font's advance per code point and width per text, at size 1. */
interface FontWidths {
  advances: Map<number, number>;
  texts: Map<string, number>;
}

/**
 * Greedy line breaking at spaces (and inside words longer than the width), with measured
 * widths: the lines a cell is drawn in, computed once for both its height and its drawing.
 * Widths being sums of advances, a line's width is its words' and spaces' widths added up:
 * each word is measured once, never each longer candidate line.
 */
export function wrapLines(
  text: string,
  width: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      const wordWidth = measure(word);
      const candidate = line === '' ? wordWidth : lineWidth + space + wordWidth;
      if (candidate <= width) {
        line = line === '' ? word : `${line} ${word}`;
        lineWidth = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      lineWidth = wordWidth;
      // A word wider than the column is cut where it overflows.
      while (lineWidth > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        lineWidth = measure(line);
      }
    }
    lines.push(line);
  }
  return lines;
}
