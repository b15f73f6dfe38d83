import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { pageMeta } from './api/pageMeta';
import { installChangeSync } from './app/changeSync';
import { createQueryClient } from './app/queryClient';
import { createRouter } from './app/router';
import { cssVariablesResolver, themeIn } from './app/theme';

const getStyleNonce = () => pageMeta.nonce;

export function App() {
  const { t, i18n } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  const close = t('common.close');
  const theme = useMemo(() => themeIn(close), [close]);
  // Installed with the client it refreshes (and again should React make a new one).
  useEffect(() => installChangeSync(queryClient), [queryClient]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      getStyleNonce={getStyleNonce}
      defaultColorScheme="light"
    >
      <DatesProvider settings={{ locale: i18n.resolvedLanguage ?? 'en' }}>
        <QueryClientProvider client={queryClient}>
          <ModalsProvider labels={{ confirm: t('common.confirm'), cancel: t('common.cancel') }}>
            <Notifications position="bottom-right" limit={4} />
            <RouterProvider router={router} />
          </ModalsProvider>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
