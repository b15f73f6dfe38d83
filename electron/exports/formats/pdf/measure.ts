import type { Pdf } from './page';

/**
 * Text widths for long tables from cached per-character advance widths. pdfkit measures by
 * shaping the string with fontkit, which costs more than drawing it; a 100,000-row table
 * measures a million cells. Kerning is ignored: the sum differs by a fraction of a point,
 * which the cell padding absorbs.
 */
export function textMeasure(pdf: Pdf): (text: string, font: string, size: number) => number {
  const advances = new Map<string, number>();
  return (text, font, size) => {
    let width = 0;
    let measured = false;
    for (const char of text) {
      const key = `${font}\u0000${char}`;
      let advance = advances.get(key);
      if (advance === undefined) {
        advance = pdf.font(font).fontSize(1000).widthOfString(char) / 1000;
        advances.set(key, advance);
        measured = true;
      }
      width += advance;
    }
    // Measuring a new character switched the font size: put the caller's back.
    if (measured) pdf.font(font).fontSize(size);
    return width * size;
  };
}

/**
 * Greedy line breaking at spaces (and inside words longer than the width), with measured
 * widths: the lines a cell is drawn in, computed once for both its height and its drawing.
 */
export function wrapLines(
  text: string,
  width: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      // A word wider than the column is cut where it overflows.
      while (measure(line) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}
