import { Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSection, ReportColumn } from '../../../../shared/reports/document';
import { useFormat } from '../../i18n/useFormat';
import { DataDisclosure } from './DataDisclosure';
import { ReportTable } from './ReportTable';
import { levelColor, MAP_HEIGHT, MAP_WIDTH, pointRadius, worldShape } from './worldMap';
import classes from './Report.module.css';

/** A country code from the document ("CZ") reads as its name; any other text stays as it is. */
function useCountry() {
  const format = useFormat();
  return (country: string) => (/^[A-Z]{2}$/.test(country) ? format.country(country) : country);
}

/**
 * The partner cities on a world map drawn offline (bundled Natural Earth shapes), coloured and
 * sized by activity; each point names its city on hover; the same data as a table below.
 */
export function WorldMap({
  section,
  withData = true,
}: {
  section: MapSection;
  withData?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const country = useCountry();
  const world = worldShape();
  const levels = section.legend.length;
  const levelLabel = (level: number) =>
    section.legend.find((entry) => entry.level === level)?.label ?? String(level);

  // Quiet partners first, so the busiest are drawn on top.
  const points = useMemo(
    () =>
      [...section.points]
        .sort((a, b) => a.level - b.level)
        .flatMap((point) => {
          const at = world.project(point.longitude, point.latitude);
          return at ? [{ point, x: at[0], y: at[1] }] : [];
        }),
    [section.points, world],
  );

  const columns: ReportColumn[] = [
    { key: 'city', label: t('reports.map.city'), kind: 'text' },
    { key: 'country', label: t('reports.map.country'), kind: 'text' },
    { key: 'value', label: t('reports.map.value'), kind: 'integer' },
    { key: 'level', label: t('reports.map.level'), kind: 'text' },
  ];
  const rows = section.points.map((point) => [
    point.name,
    country(point.country),
    point.value,
    levelLabel(point.level),
  ]);

  return (
    <>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className={classes.map}
        role="img"
        aria-label={t('reports.map.label', { count: section.points.length })}
      >
        <g fill="#dee2e6" stroke="#ffffff" strokeWidth={0.5}>
          {world.countries.map((shape) => (
            <path key={shape.id} d={shape.d} />
          ))}
        </g>
        <g stroke="#ffffff" strokeWidth={1.25}>
          {points.map(({ point, x, y }) => (
            <circle
              key={point.cityId}
              cx={x}
              cy={y}
              r={pointRadius(point.level, levels)}
              fill={levelColor(point.level, levels)}
            >
              <title>
                {t('reports.map.point', {
                  city: point.name,
                  country: country(point.country),
                  value: format.number(point.value),
                  level: levelLabel(point.level),
                })}
              </title>
            </circle>
          ))}
        </g>
      </svg>
      <Group gap="md" mt="xs" align="center">
        <Text fz="sm" fw={600} id={`${section.id}-legend`}>
          {t('reports.map.legend')}
        </Text>
        <Group
          gap="md"
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-labelledby={`${section.id}-legend`}
        >
          {section.legend.map((entry) => (
            <Group key={entry.level} component="li" gap={6} wrap="nowrap">
              <span
                className={classes.swatch}
                style={{ background: levelColor(entry.level, levels) }}
                aria-hidden="true"
              />
              <Text component="span" fz="sm">
                {entry.label}
              </Text>
            </Group>
          ))}
        </Group>
      </Group>
      {section.unplaced.length > 0 && (
        <Text fz="sm" c="dimmed" mt="xs">
          {t('reports.map.unplaced', { cities: section.unplaced.join(', ') })}
        </Text>
      )}
      {withData && (
        <DataDisclosure summary={t('reports.view.showData')}>
          <ReportTable
            label={t('reports.view.dataOf', { title: section.title })}
            columns={columns}
            rows={rows}
          />
        </DataDisclosure>
      )}
    </>
  );
}
