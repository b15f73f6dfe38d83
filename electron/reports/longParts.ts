import type { CalendarEvent, Cell } from '../../shared/reports/document';
import { withReaderLanguage } from '../db/functions';
import { actionRowsOf } from '../services/actions/list';
import { actionCellReader } from './actionCellRows';
import { noteEntry } from './docKit';
import { actionEvents } from './events';
import { allRowids, notesOf, type Listing } from './queries';
import { READ_CHUNK } from './readLists';
import type { BuiltReport, PagedNotes, PagedReport, PagedTable, ReportContext } from './types';

/**
 * The long parts of a report (its actions, its notes: 100,000 rows and 84,000 notes over all
 * years at city-archive scale). The screen gets their first `SCREEN_ROWS` and their size, and
 * offers the actions list filtered to the same scope; an export reads every row page by page
 * as the file is written (`PagedReport`), so no step holds them all.
 */

/** Rows of a long table (entries of a notes section) a report screen shows at once. */
export const SCREEN_ROWS = 100;

/** What a report's export reads page by page. */
export interface LongParts {
  /** Tables of actions, by section id, with the rows in order and how many there are. */
  tables: { sectionId: string; listing: Listing; count: number }[];
  notes: { sectionId: string; listing: Listing; count: number; paragraphs: number }[];
  /** The actions whose calendar entries the report has (read page by page), then entries of its own. */
  events: { listing: Listing | null; extra: CalendarEvent[] };
}

/** Ids read once, when a writer first asks for rows (`count` was counted with the figures). */
function lazyIds(read: () => number[]): () => number[] {
  let ids: number[] | null = null;
  return () => (ids ??= read());
}

function* chunks<T>(ids: readonly number[], read: (chunk: number[]) => T[]): Iterable<T[]> {
  for (let start = 0; start < ids.length; start += READ_CHUNK) yield read(ids.slice(start, start + READ_CHUNK));
}

/** A table of actions read page by page: the list's rows as the document's cells. */
export function pagedActionRows(rctx: ReportContext, sectionId: string, ids: () => number[], count: number): PagedTable {
  // The table's cells are read as cells (actionCellRows.ts), not made from list rows; the
  // reader (its partners and themes) is made when a format first asks for cells.
  let reader: ((rowids: readonly number[]) => Cell[][]) | undefined;
  const cellsOf = (chunk: number[]): Cell[][] => (reader ??= actionCellReader(rctx))(chunk);
  return {
    sectionId,
    count,
    rowsAt(indices) {
      const all = ids();
      const wanted = indices.flatMap((index) => (all[index] === undefined ? [] : [all[index]]));
      const rows: Cell[][] = [];
      for (const page of chunks(wanted, cellsOf)) rows.push(...page);
      return rows;
    },
    *pages() {
      yield* chunks(ids(), cellsOf);
    },
  };
}

/** Calendar entries of actions, a page of rows at a time. */
export function* pagedActionEvents(rctx: ReportContext, ids: readonly number[]): Iterable<CalendarEvent[]> {
  const { db, lang } = rctx;
  for (const rows of chunks(ids, (chunk) => withReaderLanguage(db, lang, () => actionRowsOf(db, chunk)))) yield actionEvents(rctx, rows);
}

function pagedNotes(rctx: ReportContext, part: LongParts['notes'][number]): PagedNotes {
  const { db, lang } = rctx;
  const ids = lazyIds(() => withReaderLanguage(db, lang, () => allRowids(db, part.listing)));
  return {
    sectionId: part.sectionId,
    count: part.count,
    paragraphs: part.paragraphs,
    *pages() {
      for (const notes of chunks(ids(), (chunk) => withReaderLanguage(db, lang, () => notesOf(db, chunk)))) {
        yield notes.map((note) => noteEntry(rctx, note));
      }
    },
  };
}

/**
 * A report built for the screen (`shown`: long parts by their first rows) made into the report
 * an export writes: every long part paged, every calendar entry from the pages, and `gather`
 * (the report with every row, for JSON) built only when asked.
 */
export function pagedReport(rctx: ReportContext, shown: BuiltReport, parts: LongParts, gather: () => BuiltReport): BuiltReport {
  const { db, lang } = rctx;
  const idsOf = (listing: Listing) => lazyIds(() => withReaderLanguage(db, lang, () => allRowids(db, listing)));
  const paged: PagedReport = {
    tables: parts.tables.map((part) => pagedActionRows(rctx, part.sectionId, idsOf(part.listing), part.count)),
    notes: parts.notes.map((part) => pagedNotes(rctx, part)),
    *events() {
      const { listing, extra } = parts.events;
      if (listing) yield* pagedActionEvents(rctx, idsOf(listing)());
      yield extra;
    },
    gather,
  };
  return { ...shown, paged };
}
