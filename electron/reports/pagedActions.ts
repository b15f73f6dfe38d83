import type { ActionListFilter, ActionRow } from '../../shared/schemas/actions';
import { withReaderLanguage } from '../db/functions';
import { actionRowIdsInOrder, actionRowsOf } from '../services/actions/list';
import { actionsListDocumentOf } from './actionsList';
import { actionCells } from './docKit';
import { actionEvents } from './events';
import { pagedActionEvents, pagedActionRows } from './longParts';
import { READ_CHUNK } from './readLists';
import type { BuiltReport, ReportContext } from './types';

/**
 * The actions list of an export, paged: its ordered ids are read now (one query, 100,000
 * integers), its rows later, `READ_CHUNK` at a time, as the file is written. Each format takes
 * only what it writes: table cells for CSV, XLSX, DOCX and PDF; calendar entries for ICS; the
 * typed rows for JSON. Nothing holds the whole list but JSON's gathered report.
 */
export function pagedActionsList(rctx: ReportContext, filter: Omit<ActionListFilter, 'limit' | 'offset'>): BuiltReport {
  const { db, lang } = rctx;
  const ids = withReaderLanguage(db, lang, () => actionRowIdsInOrder(db, filter));
  const document = actionsListDocumentOf(rctx, { cells: [], events: [] }, ids.length);
  return {
    data: { filter, rows: [] },
    document,
    paged: {
      tables: [pagedActionRows(rctx, 'actions', () => ids, ids.length)],
      notes: [],
      events: () => pagedActionEvents(rctx, ids),
      gather() {
        const rows: ActionRow[] = [];
        for (let start = 0; start < ids.length; start += READ_CHUNK) {
          rows.push(...withReaderLanguage(db, lang, () => actionRowsOf(db, ids.slice(start, start + READ_CHUNK))));
        }
        const cells = rows.map((row) => actionCells(rctx, row));
        return { data: { filter, rows }, document: actionsListDocumentOf(rctx, { cells, events: actionEvents(rctx, rows) }, rows.length) };
      },
    },
  };
}
