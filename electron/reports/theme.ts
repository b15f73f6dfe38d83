import type Database from 'better-sqlite3';
import type { ThemeData } from '../../shared/reports/data';
import type { ReportDocument } from '../../shared/reports/document';
import { getTheme } from '../services/themes/themes';
import {
  actionsTable,
  agreementsTable,
  column,
  country,
  countSections,
  doc,
  notesSection,
  periodLabel,
  reportDocument,
  themeLabel,
} from './docKit';
import { actionEvents } from './events';
import { SCREEN_ROWS, type LongParts } from './longParts';
import { periodFilter, periodOf, periodStem, type PeriodFields } from './period';
import { actionRowsOfListing, actionsListing, agreementsOf, scopeFigures, noteCounts, notesListing, notesOfListing } from './queries';
import type { ReportContext } from './types';

/** One theme across partners: all its actions, or those whose dates overlap a period. */
export function computeTheme(db: Database.Database, params: PeriodFields & { themeId: string }, rows: number | 'all' = SCREEN_ROWS): ThemeData {
  const { id, code, labelEn, labelFr } = getTheme(db, params.themeId);
  const period = periodOf(params);
  const scope = { period, themeId: id };
  const { breakdown, notes } = scopeFigures(db, scope);
  return {
    theme: { id, code, labelEn, labelFr },
    period,
    breakdown,
    actions: actionRowsOfListing(db, actionsListing(scope), rows),
    agreements: agreementsOf(db, { themeId: id }),
    notes: notesOfListing(db, notesListing(scope), rows),
    noteCount: notes.entries,
  };
}

/** What an export of the theme report reads page by page: its actions and its notes. */
export function themeLongParts(db: Database.Database, data: ThemeData): LongParts {
  const scope = { period: data.period, themeId: data.theme.id };
  return {
    tables: [{ sectionId: 'actions', listing: actionsListing(scope), count: data.breakdown.total }],
    notes: [{ sectionId: 'notes', listing: notesListing(scope), count: data.noteCount, paragraphs: noteCounts(db, scope).paragraphs }],
    events: { listing: actionsListing(scope), extra: [] },
  };
}

export function themeDocument(data: ThemeData, rctx: ReportContext): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `theme.${key}`, options);
  const { breakdown } = data;
  const label = themeLabel(rctx, data.theme);
  return reportDocument(rctx, 'theme', {
    title: d('title', { theme: label }),
    subtitle: periodLabel(rctx, data.period),
    fileStem: `accords-theme-${data.theme.code}${data.period ? `-${periodStem(data.period)}` : ''}`,
    empty: breakdown.total === 0 && data.agreements.length === 0,
    events: actionEvents(rctx, data.actions),
    sections: [
      {
        type: 'figures',
        id: 'key-figures',
        title: d('figures'),
        items: [
          { label: d('actions'), value: breakdown.total, kind: 'integer' },
          { label: d('partners'), value: breakdown.byPartner.length, kind: 'integer' },
          { label: d('done'), value: breakdown.byStatus.done, kind: 'integer' },
          { label: d('ongoing'), value: breakdown.byStatus.ongoing, kind: 'integer' },
          { label: d('agreements'), value: data.agreements.length, kind: 'integer' },
        ],
      },
      ...countSections(
        rctx,
        'by-partner',
        d('byPartner'),
        'partner',
        breakdown.byPartner.map((p) => ({
          label: p.cityName,
          count: p.total,
          cells: [country(rctx, p.country), p.byStatus.planned, p.byStatus.ongoing, p.byStatus.done, p.byStatus.cancelled],
        })),
        {
          description: d('byPartnerDescription'),
          chartLimit: 15,
          extraColumns: [
            column(rctx, 'country', 'text', 16),
            column(rctx, 'planned', 'integer', 8),
            column(rctx, 'ongoing', 'integer', 8),
            column(rctx, 'done', 'integer', 8),
            column(rctx, 'cancelled', 'integer', 8),
          ],
        },
      ),
      actionsTable(rctx, 'actions', d('actionsTable'), data.actions, d('actionsDescription'), {
        total: breakdown.total,
        filter: { themeId: data.theme.id, ...periodFilter(data.period) },
      }),
      agreementsTable(rctx, 'agreements', d('agreementsTable'), data.agreements, d('agreementsDescription')),
      notesSection(rctx, 'notes', data.notes, data.noteCount),
    ],
  });
}
