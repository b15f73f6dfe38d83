import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArchiveExportForm } from './ArchiveExportForm';
import { ArchiveImportForm } from './ArchiveImportForm';
import { suggestedArchivePath } from './archivePath';

/** Moving to another computer: export the whole data folder as one archive, or open one. */
export function MoveComputerSection({ dataDir }: { dataDir: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="backups-move">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} id="backups-move" fz="h3">
            {t('safety.archive.title')}
          </Title>
          <Text c="dimmed" fz="sm" maw="44rem">
            {t('safety.archive.intro')}
          </Text>
        </Stack>
        <ArchiveExportForm dataDir={dataDir} />
        <Divider />
        <ArchiveImportForm example={suggestedArchivePath(dataDir, new Date())} />
      </Stack>
    </Paper>
  );
}
