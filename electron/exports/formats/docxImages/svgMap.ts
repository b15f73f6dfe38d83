import { geoEqualEarth, geoPath } from 'd3-geo';
import type { MapSection } from '../../../../shared/reports/document';
import { labelsFor } from '../labels';
import { worldCountries } from '../pdf/assets';
import { COLOR, CONTENT_WIDTH, levelColor } from '../pdf/style';
import { esc, textWidth, type Svg } from './svgText';

/** The world map as an SVG picture for the DOCX: the PDF's projection, colours and legend. */

const MAP_HEIGHT = CONTENT_WIDTH / 2.05;

export function mapSvg(section: MapSection, lang: 'en' | 'fr'): Svg {
  const labels = labelsFor(lang);
  const projection = geoEqualEarth().fitExtent(
    [
      [0, 0],
      [CONTENT_WIDTH, MAP_HEIGHT],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection);
  const sphere = path({ type: 'Sphere' }) ?? '';
  const parts = [
    `<path d='${sphere}' fill='${COLOR.ocean}' stroke='${COLOR.rule}' stroke-width='0.5'/>`,
    `<path d='${path(worldCountries()) ?? ''}' fill='${COLOR.land}' fill-rule='evenodd' stroke='#ffffff' stroke-width='0.25'/>`,
  ];
  const count = section.legend.length;
  const points = [...section.points].sort((a, b) => a.level - b.level || a.value - b.value);
  for (const point of points) {
    const at = projection([point.longitude, point.latitude]);
    if (!at) continue;
    const radius = 2.6 + Math.min(2.4, point.level * 0.8);
    parts.push(
      `<circle cx='${at[0].toFixed(1)}' cy='${at[1].toFixed(1)}' r='${radius}' fill='${levelColor(point.level, count)}' stroke='#ffffff' stroke-width='0.7'/>`,
    );
  }
  // The legend: the levels with how many cities each holds.
  const font = "font-family='DejaVu Sans' font-size='7.5'";
  const title = lang === 'fr' ? `${labels.legend}\u00a0:` : `${labels.legend}:`;
  const y = MAP_HEIGHT + 16;
  parts.push(
    `<text x='0' y='${y}' ${font} font-weight='bold' fill='${COLOR.ink}'>${esc(title)}</text>`,
  );
  const start = textWidth(title, 7.5) + 8;
  let cursor = start;
  let line = 0;
  for (const entry of section.legend) {
    const many = section.points.filter((p) => p.level === entry.level).length;
    const label = `${entry.label} (${many})`;
    const width = textWidth(label, 7.5) + 20;
    if (cursor + width > CONTENT_WIDTH && cursor > start) {
      line += 1;
      cursor = start;
    }
    const ly = y + line * 12;
    parts.push(
      `<circle cx='${cursor + 4}' cy='${ly - 3}' r='3.5' fill='${levelColor(entry.level, count)}'/>`,
      `<text x='${cursor + 11}' y='${ly}' ${font} fill='${COLOR.ink}'>${esc(label)}</text>`,
    );
    cursor += width;
  }
  return { width: CONTENT_WIDTH, height: y + line * 12 + 6, body: parts.join('') };
}
