import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { BackupRestoreResult } from '../../../../shared/schemas/backups';

/**
 * What a restore did, in the reader's language: the headline, the attached files brought back
 * from the backup, and (kept on screen until closed) the files the backup did not have.
 */
export function restoreOutcome(
  t: TFunction,
  headline: string,
  result: Pick<BackupRestoreResult, 'attachmentsRestored' | 'attachmentsMissing'>,
): { message: string; warning: string | null } {
  const parts = [headline];
  if (result.attachmentsRestored > 0)
    parts.push(t('safety.backups.attachmentsRestored', { count: result.attachmentsRestored }));
  const warning =
    result.attachmentsMissing > 0
      ? t('safety.backups.attachmentsMissing', { count: result.attachmentsMissing })
      : null;
  return { message: parts.join(' '), warning };
}

/** Shows a restore's outcome: a confirmation, and a warning that stays when files are missing. */
export function notifyRestored(
  t: TFunction,
  headline: string,
  result: Pick<BackupRestoreResult, 'attachmentsRestored' | 'attachmentsMissing'>,
): void {
  const { message, warning } = restoreOutcome(t, headline, result);
  notifications.show({ color: 'teal', message, autoClose: 6000 });
  if (warning) notifications.show({ color: 'yellow', message: warning, autoClose: false });
}
