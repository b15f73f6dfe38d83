import type { ActionListFilter, ActionRow } from '../../shared/schemas/actions';
import type { CalendarEvent, Cell } from '../../shared/reports/document';
import { withReaderLanguage } from '../db/functions';
import { actionRowIdsInOrder, actionRowsOf } from '../services/actions/list';
import { actionCellReader } from './actionCellRows';
import { actionsListDocumentOf } from './actionsList';
import { actionCells } from './docKit';
import { actionEvents } from './events';
import { READ_CHUNK } from './readLists';
import type { BuiltReport, PagedTable, ReportContext } from './types';

/**
 * The actions list of an export, paged: its ordered ids are read now (one query, 100,000
 * integers), its rows later, `READ_CHUNK` at a time, as the file is written. Each format takes
 * only what it writes: table cells for CSV, XLSX, DOCX and PDF (read as cells); calendar
 * entries for ICS; the typed rows for JSON. Nothing holds the whole list but JSON's gathered report.
 */
export function pagedActionsList(rctx: ReportContext, filter: Omit<ActionListFilter, 'limit' | 'offset'>): BuiltReport {
  const { db, lang } = rctx;
  const ids = withReaderLanguage(db, lang, () => actionRowIdsInOrder(db, filter));
  const rowsOf = (chunk: readonly number[]): ActionRow[] => withReaderLanguage(db, lang, () => actionRowsOf(db, chunk));
  function* rowPages(): Iterable<ActionRow[]> {
    for (let start = 0; start < ids.length; start += READ_CHUNK) yield rowsOf(ids.slice(start, start + READ_CHUNK));
  }
  const cellsOf = (rows: ActionRow[]): Cell[][] => rows.map((row) => actionCells(rctx, row));
  const document = (cells: Cell[][], events: CalendarEvent[], count: number) => actionsListDocumentOf(rctx, { cells, events }, count);

  // The table's cells are read as cells (actionCellRows.ts), not made from list rows; the
  // reader (its partners and themes) is made when a format first asks for cells.
  let reader: ((rowids: readonly number[]) => Cell[][]) | undefined;
  const cellsAt = (rowids: readonly number[]) => (reader ??= actionCellReader(rctx))(rowids);
  const paged: PagedTable = {
    sectionId: 'actions',
    count: ids.length,
    rowsAt(indices) {
      const wanted = indices.flatMap((index) => (ids[index] === undefined ? [] : [ids[index]]));
      const rows: Cell[][] = [];
      for (let start = 0; start < wanted.length; start += READ_CHUNK) rows.push(...cellsAt(wanted.slice(start, start + READ_CHUNK)));
      return rows;
    },
    *pages() {
      for (let start = 0; start < ids.length; start += READ_CHUNK) yield cellsAt(ids.slice(start, start + READ_CHUNK));
    },
    *events() {
      for (const rows of rowPages()) yield actionEvents(rctx, rows);
    },
    gather() {
      const rows: ActionRow[] = [];
      for (const page of rowPages()) for (const row of page) rows.push(row);
      return { data: { filter, rows }, document: document(cellsOf(rows), actionEvents(rctx, rows), rows.length) };
    },
  };
  return { data: { filter, rows: [] }, document: document([], [], ids.length), paged };
}
