import {
  Alert,
  Badge,
  Button,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { importQueries } from './importQueries';
import { UndoBatchModal, type UndoTarget } from './UndoBatchModal';

/** The imports made so far: file, date, what each did, and the undo of the ones still in effect. */
export function BatchList() {
  const { t } = useTranslation();
  const format = useFormat();
  const batches = useQuery(importQueries.batches());
  const [undoing, setUndoing] = useState<UndoTarget | null>(null);

  let body;
  if (batches.error)
    body = (
      <Alert color="red" role="alert">
        {errorMessage(batches.error)}
      </Alert>
    );
  else if (!batches.data) body = <Loader size="sm" aria-label={t('importScreen.batches.title')} />;
  else if (batches.data.length === 0)
    body = (
      <Text c="dimmed" fz="sm">
        {t('importScreen.batches.empty')}
      </Text>
    );
  else
    body = (
      <Table striped withTableBorder fz="sm" aria-label={t('importScreen.batches.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('importScreen.batches.file')}</Table.Th>
            <Table.Th scope="col">{t('importScreen.batches.date')}</Table.Th>
            <Table.Th scope="col">{t('importScreen.batches.counts')}</Table.Th>
            <Table.Th scope="col">{t('importScreen.batches.state')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('importScreen.batches.undo')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.data.map((batch) => (
            <Table.Tr key={batch.id}>
              <Table.Th scope="row" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {batch.fileName}
              </Table.Th>
              <Table.Td className="tabular">{format.timestamp(batch.createdAt)}</Table.Td>
              <Table.Td className="tabular">
                {t('importScreen.batches.countsValue', {
                  created: format.number(batch.created),
                  updated: format.number(batch.updated),
                  skipped: format.number(batch.skipped),
                })}
              </Table.Td>
              <Table.Td>
                {batch.undoneAt ? (
                  <Badge variant="light" color="gray" tt="none">
                    {t('importScreen.batches.undone', { date: format.timestamp(batch.undoneAt) })}
                  </Badge>
                ) : (
                  <Badge variant="light" color="teal" tt="none">
                    {t('importScreen.batches.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {!batch.undoneAt && (
                  <Button
                    size="xs"
                    variant="light"
                    color="orange"
                    leftSection={<IconArrowBackUp size={14} aria-hidden="true" />}
                    onClick={() => setUndoing(batch)}
                  >
                    {t('importScreen.batches.undo')}
                    <VisuallyHidden> ({batch.fileName})</VisuallyHidden>
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );

  return (
    <Stack gap="sm" component="section" aria-labelledby="import-batches">
      <Title order={2} id="import-batches" fz="h3">
        {t('importScreen.batches.title')}
      </Title>
      {body}
      <UndoBatchModal batch={undoing} onClose={() => setUndoing(null)} />
    </Stack>
  );
}
