import { geoEqualEarth, geoPath, type GeoContext } from 'd3-geo';
import type { MapSection } from '../../../../shared/reports/document';
import { labelsFor } from '../labels';
import { worldCountries } from './assets';
import { ensureSpace, mutedLine, type Pdf } from './page';
import { COLOR, CONTENT_WIDTH, FONT, PAGE, levelColor } from './style';

/**
 * The world map of partner cities, drawn offline as vectors: Natural Earth's countries
 * (world-atlas, 1:110m) in the Equal Earth projection, each city a dot coloured by activity.
 */

/** d3-geo draws through a canvas-like context; pdfkit's path methods are the same verbs. */
function pdfContext(pdf: Pdf): GeoContext {
  return {
    // pdfkit starts a path with the first moveTo.
    beginPath: () => {},
    moveTo: (x: number, y: number) => void pdf.moveTo(x, y),
    lineTo: (x: number, y: number) => void pdf.lineTo(x, y),
    closePath: () => void pdf.closePath(),
    arc: (x: number, y: number, r: number) => void pdf.circle(x, y, r),
  };
}

const MAP_HEIGHT = CONTENT_WIDTH / 2.05;
/** The map with its legend's first line. */
export const MAP_MIN_HEIGHT = MAP_HEIGHT + 40;

/** Draws the map section from the current position: the map, its legend, the unplaced cities. */
export function drawMap(pdf: Pdf, section: MapSection, lang: 'en' | 'fr'): void {
  const labels = labelsFor(lang);
  ensureSpace(pdf, MAP_MIN_HEIGHT);
  const x = PAGE.margin.left;
  const top = pdf.y;
  const projection = geoEqualEarth().fitExtent(
    [
      [x, top],
      [x + CONTENT_WIDTH, top + MAP_HEIGHT],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection, pdfContext(pdf));
  pdf.save();
  path({ type: 'Sphere' });
  pdf.fillColor(COLOR.ocean).fill();
  path({ type: 'Sphere' });
  pdf.lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  path(worldCountries());
  pdf.fillColor(COLOR.land).fill('even-odd');
  path(worldCountries());
  pdf.lineWidth(0.25).strokeColor('#ffffff').stroke();
  pdf.restore();

  const count = section.legend.length;
  // The most active last, so their dots stay on top where cities are close.
  const points = [...section.points].sort((a, b) => a.level - b.level || a.value - b.value);
  for (const point of points) {
    const at = projection([point.longitude, point.latitude]);
    if (!at) continue;
    const radius = 2.6 + Math.min(2.4, point.level * 0.8);
    pdf
      .circle(at[0], at[1], radius)
      .lineWidth(0.7)
      .fillColor(levelColor(point.level, count))
      .strokeColor('#ffffff')
      .fillAndStroke();
  }
  pdf.y = top + MAP_HEIGHT + 8;

  // The legend: the levels with how many cities each holds.
  pdf.font(FONT.bold).fontSize(7.5).fillColor(COLOR.ink);
  let cursor = x;
  const y = pdf.y;
  const title = lang === 'fr' ? `${labels.legend}\u00a0:` : `${labels.legend}:`;
  pdf.text(title, cursor, y, { lineBreak: false });
  cursor += pdf.widthOfString(title) + 8;
  pdf.font(FONT.regular);
  let line = 0;
  for (const entry of section.legend) {
    const many = section.points.filter((p) => p.level === entry.level).length;
    const text = `${entry.label} (${many})`;
    const width = pdf.widthOfString(text) + 20;
    if (cursor + width > x + CONTENT_WIDTH) {
      line += 1;
      cursor = x + pdf.widthOfString(title) + 8;
    }
    const ly = y + line * 12;
    pdf
      .circle(cursor + 4, ly + 4, 3.5)
      .fillColor(levelColor(entry.level, count))
      .fill();
    pdf.fillColor(COLOR.ink).text(text, cursor + 11, ly, { lineBreak: false });
    cursor += width;
  }
  pdf.y = y + (line + 1) * 12 + 4;
  pdf.x = x;
  if (section.unplaced.length > 0) mutedLine(pdf, labels.notOnMap(section.unplaced.join(', ')));
}
