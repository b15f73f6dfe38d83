import { Resvg } from '@resvg/resvg-js';
import { locateAsset } from '../pdf/assets';
import { svgDocument, type Svg } from './svgText';

/**
 * An SVG picture rasterised to PNG in main with resvg (no browser), its text in the DejaVu
 * Sans the PDF embeds (never a system font), at three pixels a point: sharp when printed.
 */

export const PIXELS_PER_POINT = 3;

export interface Picture {
  svg: string;
  png: Buffer;
  /** The size in points, as it sits on the page. */
  width: number;
  height: number;
}

export function rasterise(picture: Svg): Picture {
  const svg = svgDocument(picture);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PIXELS_PER_POINT },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [locateAsset('regular'), locateAsset('bold')],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  const png = Buffer.from(resvg.render().asPng());
  return { svg, png, width: picture.width, height: picture.height };
}
