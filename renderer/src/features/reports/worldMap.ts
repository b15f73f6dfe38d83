import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';

/** The map's drawing size (the SVG scales to its box; this sets the proportions). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** Antarctica holds no partner city and would take a fifth of the height. */
const ANTARCTICA = '010';

export interface WorldShape {
  countries: { id: string; name: string; d: string }[];
  /** Screen position of a longitude and latitude, or null off the map. */
  project: (longitude: number, latitude: number) => [number, number] | null;
}

let shape: WorldShape | null = null;

/** The countries as SVG paths, projected once (Natural Earth: familiar shapes, little distortion). */
export function worldShape(): WorldShape {
  if (shape) return shape;
  const topology = countries as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const land: Feature<Geometry, { name: string }>[] = all.features.filter(
    (country) => String(country.id) !== ANTARCTICA,
  );
  const projection = geoNaturalEarth1().fitExtent(
    [
      [6, 6],
      [MAP_WIDTH - 6, MAP_HEIGHT - 6],
    ],
    { type: 'FeatureCollection', features: land },
  );
  const path = geoPath(projection);
  shape = {
    countries: land.map((country, index) => ({
      id: String(country.id ?? index),
      name: country.properties.name,
      d: path(country) ?? '',
    })),
    project: (longitude, latitude) => projection([longitude, latitude]),
  };
  return shape;
}

/** Grey for no activity, then warm colours that stand out on the pale map, darker for more. */
const LEVEL_COLORS = ['#868e96', '#fab005', '#f76707', '#e03131', '#a61e4d'];

/** The colour of an activity level among `levels` (the legend's length). */
export function levelColor(level: number, levels: number): string {
  if (level <= 0) return LEVEL_COLORS[0]!;
  const top = LEVEL_COLORS.length - 1;
  const steps = Math.max(1, levels - 1);
  const index = Math.min(top, Math.max(1, Math.round((Math.min(level, steps) / steps) * top)));
  return LEVEL_COLORS[index]!;
}

/** Busier partners are drawn larger, so the map reads without its colours too. */
export function pointRadius(level: number, levels: number): number {
  const steps = Math.max(1, levels - 1);
  return 4 + (Math.max(0, Math.min(level, steps)) / steps) * 5;
}
