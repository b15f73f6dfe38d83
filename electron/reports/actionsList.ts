import type Database from 'better-sqlite3';
import type { ActionsListData } from '../../shared/reports/data';
import type { CalendarEvent, Cell, ReportDocument } from '../../shared/reports/document';
import type { ActionListFilter, ActionRow } from '../../shared/schemas/actions';
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

/** Adds a chunk of rows to the parts (exports add them as they read, so no step holds 100,000). */
export function addActionsListRows(parts: ActionsListParts, rows: ActionRow[], rctx: ReportContext): void {
  for (const row of rows) parts.cells.push(actionCells(rctx, row));
  for (const event of actionEvents(rctx, rows)) parts.events.push(event);
}

/** The list's document from its parts. */
export function actionsListDocumentOf(rctx: ReportContext, parts: ActionsListParts): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `actions.${key}`, options);
  const count = parts.cells.length;
  return reportDocument(rctx, 'actions', {
    title: d('title'),
    subtitle: d('subtitle', { count }),
    fileStem: 'accords-actions',
    empty: count === 0,
    events: parts.events,
    sections: [table(rctx, 'actions', d('list'), actionColumns(rctx), parts.cells, { description: d('listDescription') })],
  });
}
