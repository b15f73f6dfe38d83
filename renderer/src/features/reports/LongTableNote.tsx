import { Anchor, Group, Text } from '@mantine/core';
import { IconList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TableSection } from '../../../../shared/reports/document';
import { useFormat } from '../../i18n/useFormat';
import { actionsListHref } from '../actions/useActionFilters';

/**
 * Under a long table shown by its first rows: how many it has, and the actions list filtered
 * to the same scope (period, theme, partner) to see them all; the exports hold every row.
 */
export function LongTableNote({ section }: { section: TableSection }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const total = section.total ?? section.rows.length;
  if (total <= section.rows.length) return null;
  const filter = section.actionsFilter;
  return (
    <Group justify="space-between" gap="sm" mt="xs">
      <Text fz="sm" c="dimmed">
        {t('reports.view.firstRows', { shown: number(section.rows.length), total: number(total) })}
      </Text>
      {filter && (
        <Anchor
          component={Link}
          to={actionsListHref({ ...filter, sort: 'startOn', direction: 'asc' })}
          fz="sm"
        >
          <Group gap={4} component="span">
            <IconList size={14} aria-hidden="true" />
            {t('reports.view.showAllActions', { count: total, formatted: number(total) })}
          </Group>
        </Anchor>
      )}
    </Group>
  );
}
