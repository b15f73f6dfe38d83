import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/domain/enums';
import { LANGUAGES } from '../../../shared/domain/enums';
import { resources } from '../../../shared/i18n';

/** The language to start in before main has said which one the user chose. */
export function browserLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the interface currently speaks. */
export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'en';
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  dayjs.locale(language);
}

/** Starts i18next once, before the first render. */
export async function initI18n(): Promise<void> {
  i18next.on('languageChanged', applyToDocument);
  await i18next.use(initReactI18next).init({
    resources,
    lng: browserLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(currentLanguage());
}
