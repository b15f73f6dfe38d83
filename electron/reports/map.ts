import type Database from 'better-sqlite3';
import type { MapData, MapLevel } from '../../shared/reports/data';
import type { Cell, MapSection, ReportDocument } from '../../shared/reports/document';
import { column, country, doc, periodLabel, reportDocument, table } from './docKit';
import { periodOf, periodStem, type PeriodFields } from './period';
import { actionCountsByCity } from './queries';
import type { ReportContext } from './types';
import { CITY_NAME } from '../db/functions';

/**
 * The activity scale: level 0 is "no action"; the cities that have actions are split at the
 * quartiles of their counts (nearest rank), so the scale fits a city with three actions and
 * a database with 100,000 alike. Equal quartiles merge, so a small database gets fewer levels.
 */
export function activityLevels(values: number[]): MapLevel[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  const levels: MapLevel[] = [{ level: 0, min: 0, max: 0 }];
  if (sorted.length === 0) return levels;
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  let low = sorted[0]!;
  for (const high of [rank(0.25), rank(0.5), rank(0.75), sorted[sorted.length - 1]!]) {
    if (high < low) continue;
    levels.push({ level: levels.length, min: low, max: high });
    low = high + 1;
  }
  return levels;
}

/** The level of a value on a scale. */
export function levelOf(levels: MapLevel[], value: number): number {
  return levels.find((l) => value >= l.min && value <= l.max)?.level ?? levels.length - 1;
}

/** Partner cities (with at least one agreement) and their actions in the period (all time without one). */
export function computeMap(db: Database.Database, params: PeriodFields): MapData {
  const period = periodOf(params);
  const counts = actionCountsByCity(db, { period });
  const cities = db
    .prepare(
      `SELECT c.id AS cityId, ${CITY_NAME} AS name, c.country, c.latitude, c.longitude FROM cities c
       WHERE EXISTS (SELECT 1 FROM agreements a WHERE a.city_id = c.id) ORDER BY search_key(${CITY_NAME}), c.country`,
    )
    .all() as Omit<MapData['cities'][number], 'value' | 'level'>[];
  const withValues = cities.map((c) => ({ ...c, value: counts.get(c.cityId) ?? 0 }));
  const levels = activityLevels(withValues.map((c) => c.value));
  return { period, levels, cities: withValues.map((c) => ({ ...c, level: levelOf(levels, c.value) })) };
}

export function mapDocument(data: MapData, rctx: ReportContext): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `map.${key}`, options);
  const legend = data.levels.map((l) => ({
    level: l.level,
    label: l.level === 0 ? d('legendNone') : l.min === l.max ? d('legendOne', { value: l.min }) : d('legendRange', { min: l.min, max: l.max }),
  }));
  const placed = data.cities.filter((c) => c.latitude !== null && c.longitude !== null);
  const unplaced = data.cities.filter((c) => c.latitude === null || c.longitude === null);
  const mapSection: MapSection = {
    type: 'map',
    id: 'map',
    title: d('mapTitle'),
    description: d('mapDescription'),
    points: placed.map((c) => ({
      cityId: c.cityId,
      name: c.name,
      country: country(rctx, c.country),
      latitude: c.latitude!,
      longitude: c.longitude!,
      value: c.value,
      level: c.level,
    })),
    legend,
    unplaced: unplaced.map((c) => `${c.name}, ${country(rctx, c.country)}`),
  };
  return reportDocument(rctx, 'map', {
    title: d('title'),
    subtitle: periodLabel(rctx, data.period),
    fileStem: `accords-map${data.period ? `-${periodStem(data.period)}` : ''}`,
    empty: data.cities.length === 0,
    sections: [
      {
        type: 'figures',
        id: 'key-figures',
        title: d('figures'),
        items: [
          { label: d('placed'), value: placed.length, kind: 'integer' },
          { label: d('unplaced'), value: unplaced.length, kind: 'integer' },
          { label: d('active'), value: data.cities.filter((c) => c.value > 0).length, kind: 'integer' },
        ],
      },
      mapSection,
      table(
        rctx,
        'cities',
        d('list'),
        [
          column(rctx, 'partner', 'text', 20),
          column(rctx, 'country', 'text', 16),
          column(rctx, 'latitude', 'number', 10),
          column(rctx, 'longitude', 'number', 10),
          column(rctx, 'actions', 'integer', 8),
          column(rctx, 'level', 'text', 12),
        ],
        data.cities.map((c): Cell[] => [
          c.name,
          country(rctx, c.country),
          c.latitude,
          c.longitude,
          c.value,
          legend[c.level]?.label ?? null,
        ]),
      ),
    ],
  });
}
