import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../../shared/domain/enums';
import { resources } from '../../shared/i18n';

/**
 * One translator per language, made once: main words its documents, reports and messages
 * (reports, the import's report and rejected rows, the command line) without the renderer.
 */
const translators = new Map<Language, TFunction>();

/** Translates shared/i18n keys in one language (the same resources the screens load). */
export function translatorFor(lang: Language): TFunction {
  let t = translators.get(lang);
  if (!t) {
    const i18n = i18next.createInstance();
    void i18n.init({
      lng: lang,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = i18n.t.bind(i18n) as TFunction;
    translators.set(lang, t);
  }
  return t;
}
