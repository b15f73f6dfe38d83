import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Agreements – Accords": the window title names the screen, in the current language. */
export function useDocumentTitle(screen: string | null): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = screen ? `${screen} – ${app}` : app;
  }, [screen, app]);
}
