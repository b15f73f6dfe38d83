import type Database from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/domain/enums';
import type { ReportDocument } from '../../shared/reports/document';

/** What a report is built with: the database and the reader's language and day. */
export interface ReportContext {
  db: Database.Database;
  lang: Language;
  /** The reader's calendar day, `YYYY-MM-DD`. */
  today: string;
  /** Translates in `lang` (shared/i18n resources). */
  t: TFunction;
  /** The city that owes the report (the "own city" setting), '' when not set. */
  ownCity: string;
}

/**
 * A built report: the document every screen and file shows, and the typed figures it was
 * built from (what the JSON export writes, what the unit tests check).
 */
export interface BuiltReport<Data = unknown> {
  document: ReportDocument;
  data: Data;
}
