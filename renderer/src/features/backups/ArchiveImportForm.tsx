import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import { archiveImportSchema, type ArchiveImportInput } from '../../../../shared/schemas/backups';
import { useFormat } from '../../i18n/useFormat';
import { translateIssue } from '../../lib/fieldErrors';
import { nativeDialogs } from '../../lib/nativeDialogs';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { archiveFieldError } from './archivePath';
import { backupContents } from './backupContents';
import { PathField } from './PathField';
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
  // What the confirmation names: the typed path (preview) or the dialog's choice (desktop).
  const [confirming, setConfirming] = useState<{ shown: string; input: ArchiveImportInput } | null>(
    null,
  );
  const dialogs = nativeDialogs();
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
    const typed = parsed.data.file ?? file.trim();
    setConfirming({ shown: typed, input: { file: typed } });
  };

  // The desktop: main's open dialog picks the archive; its handle goes with the import.
  const choose = async () => {
    run.reset();
    if (!dialogs) return;
    try {
      const chosen = await dialogs.chooseOpen({
        purpose: 'archive-import',
        title: t('safety.archive.importDialogTitle'),
      });
      if (chosen) setConfirming({ shown: chosen.path, input: { handle: chosen.handle } });
    } catch (error) {
      notifyError(error);
    }
  };

  const confirm = () => {
    if (!confirming) return;
    run.mutate(confirming.input, {
      onSuccess: () => setConfirming(null),
      onError: (error) => {
        // A path or archive problem belongs to the field; anything else stays in the dialog.
        // (A dialog's handle is spent: the desktop chooses again.)
        const message = archiveFieldError(t, format.language, error);
        if (dialogs) {
          setConfirming(null);
          notifyError(error);
        } else if (message) {
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
          {dialogs ? (
            <Group justify="flex-end">
              <Button
                variant="default"
                leftSection={<IconFileImport size={18} aria-hidden="true" />}
                disabled={run.isPending}
                onClick={() => void choose()}
              >
                {t('safety.archive.importChoose')}
              </Button>
            </Group>
          ) : (
            <>
              <PathField
                label={fieldLabel}
                description={t('safety.archive.importHint', { file: example })}
                value={file}
                onChange={(text) => {
                  setFile(text);
                  setFileError(null);
                }}
                error={fileError}
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
            </>
          )}
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
            {t('safety.archive.confirmText', { file: confirming?.shown ?? '' })}
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
