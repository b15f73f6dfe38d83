import type Database from 'better-sqlite3';
import type { ActionsListData } from '../../shared/reports/data';
import type { CalendarEvent, Cell, ReportDocument } from '../../shared/reports/document';
import type { ActionListFilter } from '../../shared/schemas/actions';
import { actionCells, actionColumns, doc, reportDocument, table } from './docKit';
import { actionEvents } from './events';
import { allActions } from './queries';
import type { ReportContext } from './types';

/** Exactly the actions list as filtered on screen: every row its filter keeps, in its order. */
export function computeActionsList(db: Database.Database, params: { filter: Omit<ActionListFilter, 'limit' | 'offset'> }): ActionsListData {
  return { filter: params.filter, rows: allActions(db, params.filter) };
}

export function actionsListDocument(data: ActionsListData, rctx: ReportContext): ReportDocument {
  return actionsListDocumentOf(rctx, {
    cells: data.rows.map((row) => actionCells(rctx, row)),
    events: actionEvents(rctx, data.rows),
  });
}

/** What the list's document is made of row by row: its table rows and calendar entries. */
export interface ActionsListParts {
  cells: Cell[][];
  events: CalendarEvent[];
}

/**
 * The list's document from its parts; `count` is the number of rows when they are paged (the
 * parts then hold none: an export reads them as it writes, see pagedActions.ts).
 */
export function actionsListDocumentOf(rctx: ReportContext, parts: ActionsListParts, count = parts.cells.length): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `actions.${key}`, options);
  return reportDocument(rctx, 'actions', {
    title: d('title'),
    subtitle: d('subtitle', { count }),
    fileStem: 'accords-actions',
    empty: count === 0,
    events: parts.events,
    sections: [table(rctx, 'actions', d('list'), actionColumns(rctx), parts.cells, { description: d('listDescription') })],
  });
}
