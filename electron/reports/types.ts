import type Database from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/domain/enums';
import type { CalendarEvent, Cell, NoteEntry, ReportDocument } from '../../shared/reports/document';

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
  /** An export's long tables and notes, read as the file is written. */
  paged?: PagedReport;
}

/**
 * The long parts of an export's report (the 100,000-row actions list; a report's actions and
 * notes over all years), read from the database page by page as a format writer asks for them:
 * their sections hold none or only their first rows. Nothing stays open between two pages, so
 * other queries run on the connection meanwhile.
 */
export interface PagedReport {
  /** The tables whose rows are read as written (by section id). */
  tables: PagedTable[];
  /** The notes sections whose entries are read as written. */
  notes: PagedNotes[];
  /** Every calendar entry of the report, a page at a time (ICS): `document.events` is not used. */
  events(): Iterable<CalendarEvent[]>;
  /** The whole report as `buildReport` makes it with every row gathered (JSON, tests). */
  gather(): BuiltReport;
}

/** One long table's rows, read page by page. */
export interface PagedTable {
  /** The id of the table section these rows belong to. */
  sectionId: string;
  /** How many rows the table has. */
  count: number;
  /** The rows at these positions (for sizing columns from a sample), in the order asked. */
  rowsAt(indices: readonly number[]): Cell[][];
  /** Every row in order, a page at a time; each call reads afresh. */
  pages(): Iterable<Cell[][]>;
}

/** One long notes section's entries, read page by page. */
export interface PagedNotes {
  sectionId: string;
  /** How many entries the section has. */
  count: number;
  /** How many paragraphs they hold (the rows of a spreadsheet's notes table). */
  paragraphs: number;
  /** Every entry in order, a page at a time; each call reads afresh. */
  pages(): Iterable<NoteEntry[]>;
}
