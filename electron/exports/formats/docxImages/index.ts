import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { ReportSection } from '../../../../shared/reports/document';
import { DOCX_PAGE } from '../docxLayout';
import { rasterise } from './raster';
import { chartSvg } from './svgChart';
import { mapSvg } from './svgMap';

/**
 * The DOCX's charts and map: the PDF's pictures drawn as SVG, rasterised to PNG in main and
 * embedded as images the width of a portrait page's text, with the section's title as alt text.
 */

/** A portrait page's text width in pixels at 96 to the inch (docx sizes images in those). */
const TEXT_WIDTH_PX = (DOCX_PAGE.width - 2 * DOCX_PAGE.margin) / 15;

/** The picture paragraph of a chart or map section with data, or null. */
export function sectionPicture(section: ReportSection, lang: 'en' | 'fr'): Paragraph | null {
  const svg =
    section.type === 'chart' && section.categories.length > 0
      ? chartSvg(section, lang)
      : section.type === 'map' && section.points.length > 0
        ? mapSvg(section, lang)
        : null;
  if (!svg) return null;
  const picture = rasterise(svg);
  const width = Math.round(TEXT_WIDTH_PX);
  const height = Math.round((picture.height / picture.width) * TEXT_WIDTH_PX);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: picture.png,
        transformation: { width, height },
        altText: {
          name: section.id,
          title: section.title,
          description: section.description
            ? `${section.title}. ${section.description}`
            : section.title,
        },
      }),
    ],
  });
}
