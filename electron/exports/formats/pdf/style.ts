/** The PDF's page geometry, type sizes and colours, in points (A4, 72 points to the inch). */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margin: { top: 56, bottom: 64, left: 50, right: 50 },
};
export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const CONTENT_BOTTOM = PAGE.height - PAGE.margin.bottom;
/** The text width of a landscape A4 page (wide tables only). */
export const LANDSCAPE_CONTENT_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;

export type Orientation = 'portrait' | 'landscape';

/** The current page's geometry: tables may be on landscape pages, everything else is portrait. */
interface Sized {
  page: { width: number; height: number };
}
export function contentWidth(pdf: Sized): number {
  return pdf.page.width - PAGE.margin.left - PAGE.margin.right;
}
export function contentBottom(pdf: Sized): number {
  return pdf.page.height - PAGE.margin.bottom;
}
export function orientationOf(pdf: Sized): Orientation {
  return pdf.page.width > pdf.page.height ? 'landscape' : 'portrait';
}

export const FONT = { regular: 'DejaVu', bold: 'DejaVu-Bold' } as const;

export const COLOR = {
  ink: '#1f2933',
  muted: '#52606d',
  faint: '#9aa5b1',
  accent: '#1f4e79',
  rule: '#cbd2d9',
  grid: '#e4e7eb',
  zebra: '#f3f5f8',
  header: '#e4e9f0',
  card: '#f0f4f8',
  land: '#d9dde2',
  ocean: '#f5f8fb',
};

/** Series colours: distinct, readable when printed in grey, dark enough for white labels. */
export const SERIES = ['#1f4e79', '#e07b39', '#3a8f5c', '#8e5ea2', '#c9a227', '#5b9bd5', '#b5485d'];

/** Activity levels on the map: none in grey, then a yellow-to-red ramp that stands out on grey land. */
export const LEVELS = ['#8a96a3', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];

/** The colour of a level among `count` levels (first = none, last = most). */
export function levelColor(level: number, count: number): string {
  if (count <= 1) return LEVELS[2] ?? '#2171b5';
  if (level <= 0) return LEVELS[0] ?? '#9aa5b1';
  const ramp = LEVELS.slice(1);
  const index = Math.round(((level - 1) / Math.max(1, count - 2)) * (ramp.length - 1));
  return ramp[Math.min(ramp.length - 1, Math.max(0, index))] ?? '#2171b5';
}

export const SIZE = { body: 9.5, small: 8, table: 8.5, heading: 14, subheading: 11 };
