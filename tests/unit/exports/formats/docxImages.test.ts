import JSZip from 'jszip';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rasterise } from '../../../../electron/exports/formats/docxImages/raster';
import { bigDocument, emptyDocument, richDocument } from './fixtures';
import { render } from './helpers';

/** A PNG's size and its decompressed scanlines (IHDR and the IDAT chunks). */
function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  return { width, height, pixels: inflateSync(Buffer.concat(data)) };
}

/** How many distinct byte values the scanlines hold (filter bytes included): a few for a blank picture. */
const variety = (pixels: Buffer) => new Set(pixels).size;

async function pictures(file: Buffer) {
  const zip = await JSZip.loadAsync(file);
  const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const images = await Promise.all(
    media.map(async (name) => (await zip.file(name)?.async('nodebuffer')) ?? Buffer.alloc(0)),
  );
  const properties = [...document.matchAll(/<wp:docPr ([^>]*)\/?>/g)].map((m) => m[1] ?? '');
  return { media, images, document, properties };
}

describe('DOCX charts and map', () => {
  it('embeds one PNG per chart and one for the map, with the section titles as alt text', async () => {
    const doc = richDocument('fr');
    const map = doc.sections.find((s) => s.type === 'map');
    if (map) map.description = 'Chaque ville partenaire est colorée selon son activité.';
    const { media, images, properties } = await pictures(await render(doc, 'docx'));
    const pictured = doc.sections.filter((s) => s.type === 'chart' || s.type === 'map');
    expect(pictured).toHaveLength(5);
    expect(media).toHaveLength(pictured.length);
    expect(media.every((name) => name.endsWith('.png'))).toBe(true);
    expect(properties).toHaveLength(pictured.length);
    for (const section of pictured) {
      const alt = properties.find((p) => p.includes(`name="${section.id}"`)) ?? '';
      expect(alt).toContain(`title="${section.title}"`);
      expect(alt).toContain(`descr="${section.title}`);
      if (section.description) expect(alt).toContain(section.description);
    }
    // Each picture's heading keeps with it: the picture paragraph follows a keepNext heading.
    const { document } = await pictures(await render(doc, 'docx'));
    const paragraphs = document.split('<w:p>');
    const withPicture = paragraphs.flatMap((p, i) => (p.includes('<wp:docPr') ? [i] : []));
    expect(withPicture).toHaveLength(pictured.length);
    for (const index of withPicture) {
      const before = paragraphs.slice(0, index).reverse();
      const headingAt = before.findIndex((p) => p.includes('w:val="Heading1"'));
      expect(headingAt).toBeGreaterThanOrEqual(0);
      // The heading and the description between it and the picture all keep with the next.
      for (const paragraph of before.slice(0, headingAt + 1))
        expect(paragraph).toContain('<w:keepNext/>');
    }
    for (const png of images) {
      const { width, height, pixels } = decodePng(png);
      // Three pixels a point across the PDF's text column.
      expect(width).toBe(1486);
      expect(height).toBeGreaterThan(100);
      expect(variety(pixels)).toBeGreaterThan(20);
    }
  });

  it('adds no picture to a report without charts or map', async () => {
    for (const doc of [bigDocument(50), emptyDocument('fr')]) {
      const { media, properties } = await pictures(await render(doc, 'docx'));
      expect(media).toEqual([]);
      expect(properties).toEqual([]);
    }
  });

  it('rasterises with the bundled DejaVu font: text changes the pixels, a blank picture stays blank', () => {
    const blank = decodePng(rasterise({ width: 100, height: 20, body: '' }).png);
    expect(blank.width).toBe(300);
    expect(blank.height).toBe(60);
    expect(variety(blank.pixels)).toBeLessThanOrEqual(4);
    const words = decodePng(
      rasterise({
        width: 100,
        height: 20,
        body: "<text x='2' y='14' font-size='12' font-family='DejaVu Sans'>Échéance</text>",
      }).png,
    );
    expect(variety(words.pixels)).toBeGreaterThan(20);
  });
});
