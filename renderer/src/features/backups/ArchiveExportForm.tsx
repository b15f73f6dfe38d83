import { Alert, Button, Checkbox, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import { archiveExportSchema } from '../../../../shared/schemas/backups';
import { useFormat } from '../../i18n/useFormat';
import { translateIssue } from '../../lib/fieldErrors';
import { nativeDialogs } from '../../lib/nativeDialogs';
import { notifyError } from '../../lib/notify';
import { archiveFieldError, suggestedArchivePath } from './archivePath';
import { backupContents } from './backupContents';
import { PathField } from './PathField';
import { useExportArchive } from './backupQueries';
import { formatSize } from './formatSize';

/** The last part of a path (either separator): the name the save dialog proposes. */
function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/**
 * Writes the whole data folder into one archive file: at the file chosen in the desktop's save
 * dialog, or at a path typed in the browser preview (into a folder that exists).
 */
export function ArchiveExportForm({ dataDir }: { dataDir: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const suggestion = suggestedArchivePath(dataDir, new Date());
  const [file, setFile] = useState(suggestion);
  const [fileError, setFileError] = useState<string | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const run = useExportArchive();
  const dialogs = nativeDialogs();

  // The desktop: main's save dialog picks the file (and asks before replacing one).
  const chooseAndExport = async () => {
    run.reset();
    if (!dialogs) return;
    try {
      const chosen = await dialogs.chooseSaveFile({
        purpose: 'archive-export',
        defaultName: fileNameOf(suggestion),
        title: t('safety.archive.exportDialogTitle'),
        filter: { name: 'Accords (.tar.gz)', extensions: ['gz'] },
      });
      if (chosen) run.mutate({ handle: chosen.handle }, { onError: notifyError });
    } catch (error) {
      notifyError(error);
    }
  };

  const submit = () => {
    run.reset();
    const parsed = archiveExportSchema.safeParse({ file, overwrite }, { reportInput: true });
    if (!parsed.success) {
      const issue = fieldIssuesFromZod(parsed.error)[0];
      setFileError(issue ? translateIssue(t, issue, format.language) : t('errors.invalid'));
      return;
    }
    run.mutate(parsed.data, {
      onError: (error) => {
        const message = archiveFieldError(t, format.language, error);
        if (message) setFileError(message);
        else notifyError(error);
      },
    });
  };

  return (
    <form
      noValidate
      aria-labelledby="archive-export"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Title order={3} id="archive-export" fz="h4">
          {t('safety.archive.exportTitle')}
        </Title>
        {dialogs ? (
          <Group justify="flex-end">
            <Button
              leftSection={<IconFileExport size={18} aria-hidden="true" />}
              loading={run.isPending}
              loaderProps={{ 'aria-label': t('safety.archive.exporting') }}
              onClick={() => void chooseAndExport()}
            >
              {t('safety.archive.exportChoose')}
            </Button>
          </Group>
        ) : (
          <>
            <PathField
              label={t('safety.archive.exportFile')}
              description={t('safety.archive.exportHint', { file: suggestion })}
              value={file}
              onChange={(text) => {
                setFile(text);
                setFileError(null);
              }}
              error={fileError}
              disabled={run.isPending}
            />
            <Group justify="space-between">
              <Checkbox
                label={t('safety.archive.overwrite')}
                checked={overwrite}
                onChange={(event) => {
                  setOverwrite(event.currentTarget.checked);
                  setFileError(null);
                }}
                disabled={run.isPending}
              />
              <Button
                type="submit"
                leftSection={<IconFileExport size={18} aria-hidden="true" />}
                loading={run.isPending}
                loaderProps={{ 'aria-label': t('safety.archive.exporting') }}
              >
                {t('safety.archive.exportButton')}
              </Button>
            </Group>
          </>
        )}
        {run.isPending && (
          <Alert color="blue" role="status" icon={<Loader size="sm" aria-hidden="true" />}>
            {t('safety.archive.exporting')}
          </Alert>
        )}
        {run.data && (
          <Alert color="teal" role="status" title={t('safety.archive.exportedTitle')}>
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('safety.archive.exported', {
                file: run.data.file,
                size: formatSize(run.data.size, format.language),
              })}
            </Text>
            <Text fz="sm" c="dimmed">
              {t('safety.archive.exportedContents', { contents: backupContents(t, run.data) })}{' '}
              {t('safety.archive.exportedFiles', { count: run.data.files })}
            </Text>
          </Alert>
        )}
      </Stack>
    </form>
  );
}
