import { Button, Group, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../shared/ipc/result';
import {
  backupSettingsSchema,
  type BackupOverviewView,
  type BackupSettingsInput,
} from '../../../../shared/schemas/backups';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import { useFormat } from '../../i18n/useFormat';
import { issuesOf, translateIssue } from '../../lib/fieldErrors';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { useBackupSettings } from './backupQueries';
import { ApiError } from '../../api/ApiError';
import { nativeDialogs } from '../../lib/nativeDialogs';
import type { ChosenFile } from '../../../../shared/schemas/fileHandles';

/** Where backups go (an absolute path, or the default) and how often they are made. */
export function BackupSettingsForm({ overview }: { overview: BackupOverviewView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useBackupSettings();
  const [dir, setDir] = useState(overview.custom ? overview.dir : '');
  const [minutes, setMinutes] = useState<number | string>(overview.periodicMinutes);
  const [dirError, setDirError] = useState<string | null>(null);
  // The desktop: the folder picked in main's dialog, sent as its handle with the next save.
  const dialogs = nativeDialogs();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);

  const chooseFolder = async () => {
    if (!dialogs) return;
    try {
      const picked = await dialogs.chooseOpen({
        purpose: 'backup-folder',
        title: t('safety.backups.settings.chooseTitle'),
      });
      if (picked) {
        setChosen(picked);
        setDir(picked.path);
        setDirError(null);
      }
    } catch (error) {
      notifyError(error);
    }
  };
  const [minutesError, setMinutesError] = useState<string | null>(null);

  const issueText = (issue: FieldIssue) => translateIssue(t, issue, format.language);

  const send = (input: BackupSettingsInput) => {
    const parsed = backupSettingsSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of fieldIssuesFromZod(parsed.error)) {
        if (issue.path.startsWith('dir')) setDirError(issueText(issue));
        else setMinutesError(issueText(issue));
      }
      return;
    }
    save.mutate(parsed.data, {
      onSettled: () => setChosen(null),
      onSuccess: (next) => {
        setDir(next.custom ? next.dir : '');
        setMinutes(next.periodicMinutes);
        notifySuccess(t('safety.backups.settings.saved'));
      },
      onError: (error) => {
        const found = issuesOf(error);
        if (found.length > 0) {
          for (const issue of found) {
            if (issue.path.startsWith('periodicMinutes')) setMinutesError(issueText(issue));
            else setDirError(issueText(issue));
          }
        } else if (error instanceof ApiError && error.key.startsWith('errors.safety.backupDir')) {
          setDirError(errorMessage(error));
        } else {
          notifyError(error);
        }
      },
    });
  };

  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="backups-settings">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const periodicMinutes = typeof minutes === 'number' ? minutes : Number.NaN;
          if (dialogs) {
            // The folder only changes through the dialog (or "Use the default").
            send(chosen ? { dirHandle: chosen.handle, periodicMinutes } : { periodicMinutes });
            return;
          }
          const trimmed = dir.trim();
          send({ dir: trimmed === '' ? null : trimmed, periodicMinutes });
        }}
      >
        <Stack gap="sm">
          <Title order={2} id="backups-settings" fz="h3">
            {t('safety.backups.settings.title')}
          </Title>
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              flex={1}
              label={t('safety.backups.settings.dir')}
              description={t(
                dialogs ? 'safety.backups.settings.chosenHint' : 'safety.backups.settings.dirHint',
                { dir: overview.defaultDir },
              )}
              placeholder={overview.defaultDir}
              value={dir}
              readOnly={dialogs !== null}
              onChange={(event) => {
                setDir(event.currentTarget.value);
                setDirError(null);
              }}
              error={dirError}
              maxLength={4096}
              spellCheck={false}
            />
            {dialogs && (
              <Button
                variant="default"
                disabled={save.isPending}
                onClick={() => void chooseFolder()}
              >
                {t('safety.backups.settings.choose')}
              </Button>
            )}
            <Button
              variant="default"
              disabled={!overview.custom || save.isPending}
              onClick={() => {
                setDirError(null);
                send({ dir: null });
              }}
            >
              {t('safety.backups.settings.useDefault')}
            </Button>
          </Group>
          <NumberInput
            maw="32rem"
            label={t('safety.backups.settings.interval')}
            description={t('safety.backups.settings.intervalHint')}
            value={minutes}
            onChange={(value) => {
              setMinutes(value);
              setMinutesError(null);
            }}
            error={minutesError}
            min={0}
            max={24 * 60}
            step={5}
            allowDecimal={false}
            allowNegative={false}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
