import type Database from 'better-sqlite3';
import type { Language } from '../../shared/domain/enums';
import { translatorFor } from '../core/translator';
import { localDay } from '../services/overview/overview';
import { SETTING_OWN_CITY, getSetting } from '../services/settings/settings';
import type { ReportContext } from './types';

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
