import { Alert, Button, Group, Loader, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileImport, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import { archiveImportSchema } from '../../../../shared/schemas/backups';
import { useFormat } from '../../i18n/useFormat';
import { translateIssue } from '../../lib/fieldErrors';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { archiveFieldError } from './archivePath';
import { backupContents } from './backupContents';
import { useImportArchive } from './backupQueries';

interface Props {
  /** An example path for the hint (the suggested export path on the backups screen). */
  example: string;
  /** Heading level: 3 inside the backups screen's section, 2 on the recovery screen. */
  order?: 2 | 3;
}

/**
 * Opens an archive made on another computer in this folder: a path, then a confirmation that
 * says the current data will be replaced and backed up first. Used by the backups screen and
 * the recovery screen (a new computer, or a folder whose database is damaged).
 */
export function ArchiveImportForm({ example, order = 3 }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const run = useImportArchive((result) =>
    notifySuccess(t('safety.archive.imported', { contents: backupContents(t, result) })),
  );

  const ask = () => {
    run.reset();
    const parsed = archiveImportSchema.safeParse({ file }, { reportInput: true });
    if (!parsed.success) {
      const issue = fieldIssuesFromZod(parsed.error)[0];
      setFileError(issue ? translateIssue(t, issue, format.language) : t('errors.invalid'));
      return;
    }
    setConfirming(parsed.data.file);
  };

  const confirm = () => {
    if (!confirming) return;
    run.mutate(confirming, {
      onSuccess: () => setConfirming(null),
      onError: (error) => {
        // A path or archive problem belongs to the field; anything else stays in the dialog.
        const message = archiveFieldError(t, format.language, error);
        if (message) {
          setFileError(message);
          setConfirming(null);
        }
      },
    });
  };

  const fieldLabel = t('safety.archive.importFile');
  return (
    <>
      <form
        noValidate
        aria-labelledby="archive-import"
        onSubmit={(event) => {
          event.preventDefault();
          ask();
        }}
      >
        <Stack gap="sm">
          <Title order={order} id="archive-import" fz={order === 2 ? 'h3' : 'h4'}>
            {t('safety.archive.importTitle')}
          </Title>
          <Text c="dimmed" fz="sm">
            {t('safety.archive.importText')}
          </Text>
          <TextInput
            label={fieldLabel}
            description={t('safety.archive.importHint', { file: example })}
            value={file}
            onChange={(event) => {
              setFile(event.currentTarget.value);
              setFileError(null);
            }}
            error={fileError}
            maxLength={4096}
            spellCheck={false}
            disabled={run.isPending}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              variant="default"
              leftSection={<IconFileImport size={18} aria-hidden="true" />}
              disabled={run.isPending}
            >
              {t('safety.archive.importButton')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={confirming !== null}
        onClose={() => !run.isPending && setConfirming(null)}
        title={t('safety.archive.confirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text style={{ overflowWrap: 'anywhere' }}>
            {t('safety.archive.confirmText', { file: confirming ?? '' })}
          </Text>
          <Alert
            color="teal"
            variant="light"
            icon={<IconShieldCheck size={18} aria-hidden="true" />}
          >
            {t('safety.archive.confirmSafety')}
          </Alert>
          {run.isPending && (
            <Alert color="blue" role="status" icon={<Loader size="sm" aria-hidden="true" />}>
              {t('safety.archive.importing')}
            </Alert>
          )}
          {run.error != null && (
            <Alert color="red" role="alert">
              {errorMessage(run.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)} disabled={run.isPending}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={run.isPending} onClick={confirm}>
              {t('safety.archive.confirmButton')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
