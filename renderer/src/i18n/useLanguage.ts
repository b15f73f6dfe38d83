import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/enums';
import { useUpdateSettings } from '../app/appQueries';
import { notifyError } from '../lib/notify';
import { isLanguage } from './i18n';

/** The interface language and a switch that also remembers the choice in main's settings. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const settings = useUpdateSettings();
  const queryClient = useQueryClient();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const { mutate } = settings;
  const setLanguage = useCallback(
    (next: Language) => {
      void i18n.changeLanguage(next);
      // Main words city names in the reader's language: every list is read again in the new one.
      mutate({ language: next }, { onError: notifyError, onSuccess: () => void queryClient.invalidateQueries() });
    },
    [i18n, mutate, queryClient],
  );
  return { language, setLanguage };
}
