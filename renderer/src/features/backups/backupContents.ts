import type { TFunction } from 'i18next';
import type { BackupInfo } from '../../../../shared/schemas/backups';

/** "40 agreements, 112 actions, 38 partner cities", in the reader's language. */
export function backupContents(t: TFunction, backup: Pick<BackupInfo, 'counts'>): string {
  return [
    t('safety.backup.agreementCount', { count: backup.counts.agreements ?? 0 }),
    t('safety.backup.actionCount', { count: backup.counts.actions ?? 0 }),
    t('safety.backup.cityCount', { count: backup.counts.cities ?? 0 }),
  ].join(', ');
}
