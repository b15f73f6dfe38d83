import type Database from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/domain/enums';
import type { CalendarEvent, Cell, ReportDocument } from '../../shared/reports/document';

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
  /** An export's list too long to hold: its table's rows, read as the file is written. */
  paged?: PagedTable;
}

/**
 * The rows of a document's table read from the database page by page as a format writer asks
 * for them (the 100,000-row actions list of an export): the table section itself holds none,
 * the document's calendar entries and the data's rows are left empty too. Nothing stays open
 * between two pages, so other queries run on the connection meanwhile.
 */
export interface PagedTable {
  /** The id of the table section these rows belong to. */
  sectionId: string;
  /** How many rows the table has. */
  count: number;
  /** The rows at these positions (for sizing columns from a sample), in the order asked. */
  rowsAt(indices: readonly number[]): Cell[][];
  /** Every row in order, a page at a time; each call reads afresh. */
  pages(): Iterable<Cell[][]>;
  /** The calendar entries of the same rows, a page at a time (ICS). */
  events(): Iterable<CalendarEvent[]>;
  /** The whole report as `buildReport` makes it, rows gathered (JSON, tests). */
  gather(): BuiltReport;
}
