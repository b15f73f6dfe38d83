import type { GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files the PDF needs at run time: the DejaVu fonts and the world map's geodata. Running
 * from the sources (tests, preview, command line) they come from node_modules; the packaged
 * app ships no node_modules, so the main bundle carries copies next to itself
 * (`dist/electron/assets/`, written by build/scripts/electronBundles.ts, read from the asar).
 */
export const ASSETS = {
  regular: { bundled: 'DejaVuSans.ttf', module: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf' },
  bold: { bundled: 'DejaVuSans-Bold.ttf', module: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' },
  countries: { bundled: 'countries-110m.json', module: 'world-atlas/countries-110m.json' },
} as const;

export type AssetName = keyof typeof ASSETS;

/** The folder, next to the main bundle, that holds the assets' copies. */
export const BUNDLED_ASSET_DIR = 'assets';

const loaded = new Map<AssetName, Buffer>();

/** Where an asset is: next to the bundle when packaged, in node_modules otherwise. */
export function locateAsset(name: AssetName): string {
  const asset = ASSETS[name];
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, BUNDLED_ASSET_DIR, asset.bundled);
  if (existsSync(bundled)) return bundled;
  try {
    return createRequire(import.meta.url).resolve(asset.module);
  } catch {
    throw new Error(
      `The PDF asset ${asset.bundled} was found neither at ${bundled} nor in node_modules`,
    );
  }
}

/** An asset's bytes, read once per process. */
export function readAsset(name: AssetName): Buffer {
  let bytes = loaded.get(name);
  if (!bytes) {
    bytes = readFileSync(locateAsset(name));
    loaded.set(name, bytes);
  }
  return bytes;
}

let land: GeoPermissibleObjects | null = null;

/** The world's countries (world-atlas, 1:110m), read and parsed once for the PDF's and the DOCX's maps. */
export function worldCountries(): GeoPermissibleObjects {
  if (!land) {
    const topology = JSON.parse(readAsset('countries').toString('utf8')) as Topology<{
      countries: GeometryCollection;
    }>;
    land = feature(topology, topology.objects.countries);
  }
  return land;
}
