import type Database from 'better-sqlite3';
import type { ActionsListData } from '../../shared/reports/data';
import type { ReportDocument } from '../../shared/reports/document';
import type { ActionListFilter } from '../../shared/schemas/actions';
import { actionsTable, doc, reportDocument } from './docKit';
import { actionEvents } from './events';
import { allActions } from './queries';
import type { ReportContext } from './types';

/** Exactly the actions list as filtered on screen: every row its filter keeps, in its order. */
export function computeActionsList(db: Database.Database, params: { filter: Omit<ActionListFilter, 'limit' | 'offset'> }): ActionsListData {
  return { filter: params.filter, rows: allActions(db, params.filter) };
}

export function actionsListDocument(data: ActionsListData, rctx: ReportContext): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `actions.${key}`, options);
  return reportDocument(rctx, 'actions', {
    title: d('title'),
    subtitle: d('subtitle', { count: data.rows.length }),
    fileStem: 'accords-actions',
    empty: data.rows.length === 0,
    events: actionEvents(rctx, data.rows),
    sections: [actionsTable(rctx, 'actions', d('list'), data.rows, d('listDescription'))],
  });
}
