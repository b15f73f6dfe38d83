import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type {
  ArchiveExportInput,
  ArchiveImportInput,
  ArchiveImportResult,
  BackupRestoreResult,
  BackupSettingsInput,
} from '../../../../shared/schemas/backups';

/** Query keys of the data-safety screens: whether the folder is open, and its backups. */
export const safetyKeys = {
  all: ['safety'] as const,
  status: () => [...safetyKeys.all, 'status'] as const,
  overview: () => [...safetyKeys.all, 'backups'] as const,
};

export const safetyQueries = {
  /** Ready, or in recovery (then only the session channels answer). */
  status: () =>
    queryOptions({ queryKey: safetyKeys.status(), queryFn: () => call('app:status', undefined) }),
  overview: () =>
    queryOptions({
      queryKey: safetyKeys.overview(),
      queryFn: () => call('backups:overview', undefined),
    }),
};

/**
 * Restores a backup the list offered, from the recovery screen or the backups screen. Every
 * piece of data on screen may have changed, so every query is refetched (the mutation stays
 * pending until then). This one stays here rather than in app/changeSync.ts: besides the
 * records (which main reports as changed wholesale), what is not a record changes too —
 * whether the folder is in recovery, the backups list — and no change describes that. `onRestored` runs here rather than in `mutate`'s options: the screen
 * that asked may be gone by then (the recovery screen gives way to the app).
 */
export function useRestoreBackup(
  channel: 'recovery:restore' | 'backups:restore',
  onRestored?: (result: BackupRestoreResult, file: string) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: string) => call(channel, { file }),
    onSuccess: (result, file) => {
      onRestored?.(result, file);
      return queryClient.invalidateQueries();
    },
  });
}

/**
 * Starts a new, empty register instead of restoring (only when no database is in place). As
 * after a restore, the folder leaves recovery, which no record change describes: everything
 * is refetched here.
 */
export function useStartEmpty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('recovery:start-empty', undefined),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** A backup is a file, not a record: the backups list is refreshed here. */
export function useCreateBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups:create', undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: safetyKeys.overview() }),
  });
}

/** Saves the backup folder and interval; main answers with the new overview. */
export function useBackupSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BackupSettingsInput) => call('backups:settings', input),
    onSuccess: (overview) => queryClient.setQueryData(safetyKeys.overview(), overview),
  });
}

/** An integrity check on demand; its result is shown, nothing is cached. */
export function useCheckDatabase() {
  return useMutation({ mutationFn: (full: boolean) => call('backups:check', { full }) });
}

/** Writes the whole data folder (database and attachments) into one portable archive. */
export function useExportArchive() {
  return useMutation({ mutationFn: (input: ArchiveExportInput) => call('archive:export', input) });
}

/**
 * Replaces this folder's data with an archive's (main backs the current register up first).
 * Everything on screen may have changed, so every query is refetched, as after a restore
 * (the backups list grew too, which no record change describes);
 * `onImported` runs here because the screen that asked may be gone by then.
 */
export function useImportArchive(onImported?: (result: ArchiveImportResult) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ArchiveImportInput) => call('archive:import', input),
    onSuccess: (result) => {
      onImported?.(result);
      return queryClient.invalidateQueries();
    },
  });
}
