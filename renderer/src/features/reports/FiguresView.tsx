import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { FiguresSection } from '../../../../shared/reports/document';
import { formatCell } from '../../../../shared/reports/formatCell';
import { useFormat } from '../../i18n/useFormat';

/** The numbers that sum a report up, as cards. */
export function FiguresView({ section }: { section: FiguresSection }) {
  const { language } = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="md" component="dl" m={0}>
      {section.items.map((item) => (
        <Paper key={item.label} withBorder radius="sm" p="md">
          <Text component="dt" fz="sm" c="dimmed" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} fz={28} fw={700} lh={1.25} className="tabular">
            {formatCell(item.value, item.kind, language)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
