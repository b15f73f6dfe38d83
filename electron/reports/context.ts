import type Database from 'better-sqlite3';
import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../../shared/domain/enums';
import { resources } from '../../shared/i18n';
import { localDay } from '../services/overview/overview';
import { SETTING_OWN_CITY, getSetting } from '../services/settings/settings';
import type { ReportContext } from './types';

/** One translator per language, made once: documents are worded in main, without the renderer. */
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

/** What a report is built with: the reader's language and day, and the city that owes the report. */
export function reportContext(db: Database.Database, lang: Language, today?: string): ReportContext {
  return {
    db,
    lang,
    today: today ?? localDay(),
    t: translatorFor(lang),
    ownCity: getSetting(db, SETTING_OWN_CITY) ?? '',
  };
}
