import { Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/schemas/imports';
import { useFormat } from '../../i18n/useFormat';

const ENTITIES = ['city', 'agreement', 'action', 'contact'] as const;
const ENTITY_LABEL = {
  city: 'cities',
  agreement: 'agreements',
  action: 'actions',
  contact: 'contacts',
} as const;

/** The four totals (created, updated, skipped, refused), then the same by kind of record. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const totals = [
    ['created', result.created, 'teal'],
    ['updated', result.updated, 'blue'],
    ['skipped', result.skipped, 'gray'],
    ['rejected', result.rejected, 'red'],
  ] as const;
  const kinds = ENTITIES.filter((entity) => {
    const counts = result.byEntity[entity];
    return counts.created + counts.updated + counts.skipped > 0;
  });
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" maw="48rem">
        {totals.map(([key, value, color]) => (
          <Paper key={key} withBorder radius="sm" p="sm">
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`importScreen.summary.${key}`)}
            </Text>
            <Text fz="xl" fw={700} c={value > 0 ? `${color}.8` : undefined} className="tabular">
              {format.number(value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {kinds.length > 0 && (
        <Group>
          <Table withTableBorder fz="sm" w="auto" miw="32rem">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('importScreen.summary.records')}</Table.Th>
                <Table.Th scope="col">{t('importScreen.summary.created')}</Table.Th>
                <Table.Th scope="col">{t('importScreen.summary.updated')}</Table.Th>
                <Table.Th scope="col">{t('importScreen.summary.skipped')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kinds.map((entity) => {
                const counts = result.byEntity[entity];
                return (
                  <Table.Tr key={entity}>
                    <Table.Th scope="row">
                      {t(`importScreen.summary.${ENTITY_LABEL[entity]}`)}
                    </Table.Th>
                    <Table.Td className="tabular">{format.number(counts.created)}</Table.Td>
                    <Table.Td className="tabular">{format.number(counts.updated)}</Table.Td>
                    <Table.Td className="tabular">{format.number(counts.skipped)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Group>
      )}
    </>
  );
}
