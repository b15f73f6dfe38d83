/** An SVG picture's content and size, in points. */
export interface Svg {
  width: number;
  height: number;
  body: string;
}

/** Text escaped for SVG. */
export function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&apos;')
    .replace(/"/g, '&quot;');
}

/** DejaVu Sans is wide: about 0.6 em a character, enough to lay labels out without a font engine. */
export function textWidth(value: string, size: number): number {
  return value.length * size * 0.6;
}

/** The whole SVG document, on a white background. */
export function svgDocument(svg: Svg): string {
  const w = svg.width.toFixed(1);
  const h = svg.height.toFixed(1);
  return `<svg xmlns='http://www.w3.org/2000/svg' width='${w}' height='${h}' viewBox='0 0 ${w} ${h}'><rect width='100%' height='100%' fill='#ffffff'/>${svg.body}</svg>`;
}
