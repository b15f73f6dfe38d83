import { Button, Table, VisuallyHidden } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/schemas/backups';
import { useFormat } from '../../i18n/useFormat';
import { formatBackupDate, formatSize } from './formatSize';

interface Props {
  backups: readonly BackupInfo[];
  label: string;
  onRestore: (backup: BackupInfo) => void;
  /** The backup being restored: its button spins, the others wait. */
  restoring?: string | null;
}

/** Backups with their date, reason, size and contents, each with its own Restore button. */
export function BackupTable({ backups, label, onRestore, restoring = null }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={label} striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('safety.backup.takenAt')}</Table.Th>
            <Table.Th scope="col">{t('safety.backup.reason')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('safety.backup.size')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('safety.backup.agreements')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('safety.backup.actions')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('safety.backup.cities')}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('safety.backup.restore')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => {
            const date = formatBackupDate(backup.createdAt, format.language);
            return (
              <Table.Tr key={backup.file}>
                <Table.Th scope="row" fw={500} title={backup.name}>
                  {date}
                </Table.Th>
                <Table.Td>{t(`safety.reasons.${backup.reason}`)}</Table.Td>
                <Table.Td ta="right">{formatSize(backup.size, format.language)}</Table.Td>
                <Table.Td ta="right">{format.number(backup.counts.agreements ?? 0)}</Table.Td>
                <Table.Td ta="right">{format.number(backup.counts.actions ?? 0)}</Table.Td>
                <Table.Td ta="right">{format.number(backup.counts.cities ?? 0)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconRestore size={16} aria-hidden="true" />}
                    aria-label={t('safety.backup.restoreOne', { date })}
                    loading={restoring === backup.file}
                    disabled={restoring !== null && restoring !== backup.file}
                    onClick={() => onRestore(backup)}
                  >
                    {t('safety.backup.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
