/**
 * Renders build/icon.svg to the PNGs electron-builder packs: build/icon.png (1024 px, from
 * which it derives .icns and .ico) and build/icons/512x512.png (the Linux icon set).
 * Uses Debian's Chromium through playwright-core: `npx tsx build/scripts/render-icon.ts`.
 */
import { chromium } from 'playwright-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const buildDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = await readFile(join(buildDir, 'icon.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const outputs: Array<[size: number, file: string]> = [
    [1024, join(buildDir, 'icon.png')],
    [512, join(buildDir, 'icons', '512x512.png')],
  ];
  for (const [size, file] of outputs) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block}</style></head><body>${sized}</body></html>`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
    await page.close();
    console.log(`Wrote ${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
