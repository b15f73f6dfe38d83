import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { usePrefetchQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { safetyQueries } from '../features/backups/backupQueries';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { FirstRunScreen } from '../features/setup/FirstRunScreen';
import { isLanguage } from '../i18n/i18n';
import { errorMessage } from '../lib/notify';
import { appQueries, useAppState, useUpdateSettings } from './appQueries';
import { AppLayout } from './AppLayout';
import { useMenuCommands } from './useMenuCommands';

/**
 * Asks main first whether the data folder is open: while the register awaits recovery, only
 * the recovery screen is shown (main refuses every other channel then).
 */
export function Root() {
  const { t } = useTranslation();
  const status = useQuery(safetyQueries.status());
  // Asked beside the status rather than after it: one round trip less before the first screen
  // (while the register awaits recovery, main refuses it and nothing shows the refusal).
  usePrefetchQuery(appQueries.state());
  if (status.isPending) {
    return (
      <Center h="100dvh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (status.isError)
    return <LoadFailure error={status.error} retry={() => void status.refetch()} />;
  if (status.data.mode === 'recovery') return <RecoveryScreen recovery={status.data.recovery} />;
  return <ReadyRoot />;
}

function LoadFailure({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100dvh" p="md">
      <Stack maw={480}>
        <Alert color="red" title={t('app.loadError')} role="alert">
          {errorMessage(error)}
        </Alert>
        <Button onClick={retry}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}

/**
 * Waits for main's app state, takes the language the user chose last time, then shows the
 * first-run screen (an empty database and no city of one's own yet) or the app.
 */
function ReadyRoot() {
  const { t, i18n } = useTranslation();
  const state = useAppState();
  const languageTaken = useRef(false);
  useMenuCommands();
  const savedLanguage = state.data?.language;
  const { mutate: saveLanguage } = useUpdateSettings();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (languageTaken.current || state.data === undefined) return;
    languageTaken.current = true;
    if (isLanguage(savedLanguage) && savedLanguage !== i18n.resolvedLanguage) {
      void i18n.changeLanguage(savedLanguage);
    } else if (!isLanguage(savedLanguage) && isLanguage(i18n.resolvedLanguage)) {
      // Main shows city names in the reader's language: tell it the one the screens start in.
      saveLanguage(
        { language: i18n.resolvedLanguage },
        { onSuccess: () => void queryClient.invalidateQueries() },
      );
    }
  }, [state.data, savedLanguage, i18n, saveLanguage, queryClient]);

  if (state.isPending) {
    return (
      <Center h="100dvh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (state.isError) return <LoadFailure error={state.error} retry={() => void state.refetch()} />;

  const firstRun = state.data.empty && !state.data.ownCity;
  return (
    <AppLayout ownCity={state.data.ownCity} withNavbar={!firstRun}>
      {firstRun ? <FirstRunScreen /> : <Outlet />}
    </AppLayout>
  );
}
