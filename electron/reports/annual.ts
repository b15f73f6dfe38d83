import type Database from 'better-sqlite3';
import { ACTION_KINDS, ACTION_STATUSES } from '../../shared/domain/enums';
import { dayRange } from '../../shared/domain/partialDate';
import type { AnnualData, PeriodData } from '../../shared/reports/data';
import type { ChartSection, ReportDocument } from '../../shared/reports/document';
import {
  actionKindLabel,
  actionStatusLabel,
  actionsTable,
  agreementsTable,
  column,
  country,
  countSections,
  doc,
  major,
  notesSection,
  periodLabel,
  reportDocument,
  table,
  themeLabel,
} from './docKit';
import { actionEvents } from './events';
import { SCREEN_ROWS, type LongParts } from './longParts';
import { periodFilter, periodOf, periodStem, yearPeriod, type PeriodFields } from './period';
import {
  actionRowsOfListing,
  actionsListing,
  agreementsOf,
  scopeFigures,
  listingCount,
  noteCounts,
  notesListing,
  notesOfListing,
  undatedOpenListing,
} from './queries';
import type { ReportContext } from './types';

/**
 * The annual report: what the city's international action came to in a year (or a range).
 * An action belongs to the period when its [first day, last day] overlaps it; an action
 * without dates belongs to no period, so the planned or ongoing ones are counted and listed
 * apart ("undated, in progress") instead of vanishing, in the reports whose period includes
 * today (they are in progress now, not in 1995). An agreement is signed in the period
 * when every day its signature date can stand for lies inside it (a signature known only as
 * "2026" is in 2026, not in the first half of 2026).
 */
export function computeAnnual(db: Database.Database, params: PeriodFields, today: string, rows: number | 'all' = SCREEN_ROWS): AnnualData {
  const period = annualPeriod(params, today);
  const agreementsSigned = agreementsOf(db, {
    signedYears: [Number(period.first.slice(0, 4)), Number(period.last.slice(0, 4))],
  }).filter((a) => {
    const range = dayRange(a.signedOn);
    return range.first >= period.first && range.last <= period.last;
  });
  const scope = { period };
  const { breakdown, notes } = scopeFigures(db, scope);
  // Undated work in progress is today's: it belongs to a report whose period includes today.
  const withUndated = period.first <= today && today <= period.last;
  return {
    period,
    agreementsSigned,
    activePartners: breakdown.byPartner.length,
    breakdown,
    actions: actionRowsOfListing(db, actionsListing(scope), rows),
    undatedOpen: withUndated ? actionRowsOfListing(db, undatedOpenListing, rows) : [],
    undatedOpenCount: withUndated ? listingCount(db, undatedOpenListing) : 0,
    notes: notesOfListing(db, notesListing(scope), rows),
    noteCount: notes.entries,
  };
}

function annualPeriod(params: PeriodFields, today: string): PeriodData {
  return periodOf(params) ?? yearPeriod(Number(today.slice(0, 4)));
}

/** What an export of the annual report reads page by page: its actions, its undated ones, its notes. */
export function annualLongParts(db: Database.Database, data: AnnualData, today: string): LongParts {
  const scope = { period: data.period };
  const withUndated = data.period.first <= today && today <= data.period.last;
  return {
    tables: [
      { sectionId: 'actions', listing: actionsListing(scope), count: data.breakdown.total },
      ...(withUndated ? [{ sectionId: 'undated-open', listing: undatedOpenListing, count: data.undatedOpenCount }] : []),
    ],
    notes: [{ sectionId: 'notes', listing: notesListing(scope), count: data.noteCount, paragraphs: noteCounts(db, scope).paragraphs }],
    events: { listing: actionsListing(scope), extra: [] },
  };
}

/** The annual report as a document. */
export function annualDocument(data: AnnualData, rctx: ReportContext): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `annual.${key}`, options);
  const { breakdown, period } = data;
  const budgetCharts: ChartSection[] = data.breakdown.budgets.map((b) => ({
    type: 'chart',
    id: `budget-${b.currency}-chart`,
    title: d('budgetChart', { currency: b.currency }),
    chart: 'bar',
    orientation: 'vertical',
    categories: [doc(rctx, 'columns.budgetPlanned'), doc(rctx, 'columns.budgetSpent')],
    series: [{ key: 'amount', label: b.currency, values: [major(b.plannedMinor, b.currency), major(b.spentMinor, b.currency)] }],
    valueKind: 'money',
    currency: b.currency,
    categoryLabel: doc(rctx, 'columns.budget'),
    valueLabel: b.currency,
  }));
  return reportDocument(rctx, 'annual', {
    title: period.year !== null ? d('title', { year: period.year }) : d('titleRange'),
    subtitle: periodLabel(rctx, period),
    fileStem: `accords-annual-${periodStem(period)}`,
    empty: breakdown.total === 0 && data.agreementsSigned.length === 0 && data.undatedOpenCount === 0,
    events: actionEvents(rctx, data.actions),
    sections: [
      {
        type: 'figures',
        id: 'key-figures',
        title: d('figures'),
        description: d('figuresDescription'),
        items: [
          { label: d('agreementsSigned'), value: data.agreementsSigned.length, kind: 'integer' },
          { label: d('activePartners'), value: data.activePartners, kind: 'integer' },
          { label: d('actions'), value: breakdown.total, kind: 'integer' },
          { label: d('done'), value: breakdown.byStatus.done, kind: 'integer' },
          { label: d('undatedOpen'), value: data.undatedOpenCount, kind: 'integer' },
        ],
      },
      ...countSections(
        rctx,
        'actions-by-theme',
        d('byTheme'),
        'theme',
        breakdown.byTheme.map((t) => ({ label: themeLabel(rctx, t), count: t.count })),
        { description: d('byThemeDescription'), chartLimit: 15 },
      ),
      ...countSections(
        rctx,
        'actions-by-kind',
        d('byKind'),
        'actionKind',
        ACTION_KINDS.map((k) => ({ label: actionKindLabel(rctx, k), count: breakdown.byKind[k] })),
      ),
      ...countSections(
        rctx,
        'actions-by-partner',
        d('byPartner'),
        'partner',
        breakdown.byPartner.map((p) => ({
          label: p.cityName,
          count: p.total,
          cells: [country(rctx, p.country), p.byStatus.done],
        })),
        { chartLimit: 15, extraColumns: [column(rctx, 'country', 'text', 16), column(rctx, 'done', 'integer', 8)] },
      ),
      ...countSections(
        rctx,
        'actions-by-status',
        d('byStatus'),
        'status',
        ACTION_STATUSES.map((s) => ({ label: actionStatusLabel(rctx, s), count: breakdown.byStatus[s] })),
      ),
      table(
        rctx,
        'budgets',
        d('budgets'),
        [
          column(rctx, 'currency', 'text', 10),
          column(rctx, 'budgetPlanned', 'money', 16),
          column(rctx, 'budgetSpent', 'money', 16),
          column(rctx, 'actionsWithBudget', 'integer', 10),
        ],
        breakdown.budgets.map((b) => [
          b.currency,
          { amountMinor: b.plannedMinor, currency: b.currency },
          { amountMinor: b.spentMinor, currency: b.currency },
          b.actions,
        ]),
        { description: d('budgetsDescription'), emptyMessage: d('budgetsEmpty') },
      ),
      ...budgetCharts,
      agreementsTable(rctx, 'agreements-signed', d('agreementsSignedTable'), data.agreementsSigned, d('agreementsSignedDescription')),
      actionsTable(rctx, 'actions', d('actionsTable'), data.actions, d('actionsDescription'), {
        total: breakdown.total,
        filter: periodFilter(period),
      }),
      actionsTable(rctx, 'undated-open', d('undatedTable'), data.undatedOpen, d('undatedDescription'), { total: data.undatedOpenCount }),
      notesSection(rctx, 'notes', data.notes, data.noteCount),
    ],
  });
}
