import { Alert, FileInput, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_CHUNK_BYTES, IMPORT_MAX_UPLOAD_BYTES } from '../../../../shared/schemas/imports';
import { call } from '../../api/client';
import { useFormat } from '../../i18n/useFormat';
import { errorMessage } from '../../lib/notify';
import { formatBytes } from '../documents/fileData';
import classes from './Import.module.css';
import { isSpreadsheetName, uploadFile } from './uploadFile';
import type { UploadedFile } from './useImportWizard';

const MAX_MB = IMPORT_MAX_UPLOAD_BYTES / (1024 * 1024);

interface Props {
  onUploaded: (file: UploadedFile) => void;
}

/**
 * The first step: a file dropped on the zone or chosen with the file field, checked for its
 * type and size here, then sent to main in chunks with a progress bar.
 */
export function FileStep({ onUploaded }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [sending, setSending] = useState<{ name: string; share: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const send = async (file: File | null) => {
    if (!file || sending) return;
    setError(null);
    if (!isSpreadsheetName(file.name)) {
      setError(t('importScreen.file.wrongType', { name: file.name }));
      return;
    }
    if (file.size > IMPORT_MAX_UPLOAD_BYTES) {
      setError(
        t('importScreen.file.tooBig', {
          name: file.name,
          size: formatBytes(file.size, language),
          max: MAX_MB,
        }),
      );
      return;
    }
    abort.current = new AbortController();
    setSending({ name: file.name, share: 0 });
    try {
      const fileId = await uploadFile(
        file,
        IMPORT_CHUNK_BYTES,
        (chunk) => call('imports:upload', chunk),
        (share) => setSending({ name: file.name, share }),
        abort.current.signal,
      );
      onUploaded({ fileId, name: file.name });
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setSending(null);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void send(event.dataTransfer.files.item(0));
  };

  return (
    <Stack gap="md" maw="44rem">
      <Paper
        withBorder
        radius="md"
        p="xl"
        className={classes.dropZone}
        data-over={over || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Stack align="center" gap="xs">
          <IconFileSpreadsheet size={40} stroke={1.4} aria-hidden="true" />
          <Text fw={600}>{t('importScreen.file.drop')}</Text>
          <Text c="dimmed" fz="sm" ta="center">
            {t('importScreen.file.dropHint', { max: MAX_MB })}
          </Text>
          <FileInput
            w="100%"
            maw="24rem"
            mt="sm"
            label={t('importScreen.file.choose')}
            placeholder={t('importScreen.file.choosePlaceholder')}
            accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconUpload size={16} aria-hidden="true" />}
            value={null}
            // Mantine's placeholder grey is 2:1 on white; the app's dimmed text reads at 6:1.
            styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
            onChange={(file) => void send(file)}
            disabled={sending !== null}
          />
        </Stack>
      </Paper>
      {sending && (
        <Stack gap={4} role="status" aria-live="polite">
          <Group justify="space-between">
            <Text fz="sm">{t('importScreen.file.uploading', { name: sending.name })}</Text>
            <Text fz="sm" c="dimmed" className="tabular">
              {new Intl.NumberFormat(language, { style: 'percent' }).format(sending.share)}
            </Text>
          </Group>
          <Progress
            value={sending.share * 100}
            aria-label={t('importScreen.file.uploading', { name: sending.name })}
          />
        </Stack>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
