import type Database from 'better-sqlite3';
import type { HandlerContext } from '../../../electron/core/context';
import { buildReport } from '../../../electron/reports/view';
import type { ReportDataOf } from '../../../shared/reports/data';
import type { ReportDocument, ReportSection, TableSection } from '../../../shared/reports/document';
import type { ReportRequest } from '../../../shared/reports/requests';
import { reportViewSchema } from '../../../shared/reports/requests';
import { addAction, themeId } from '../helpers/domain';

/** The reader's day every report test is computed for. */
export const TODAY = '2026-12-01';

/** Builds a report the way `reports:view` does (the request parsed by its schema). */
export function report<K extends keyof ReportDataOf>(
  ctx: HandlerContext,
  request: ReportRequest & { report: K },
  lang: 'en' | 'fr' = 'en',
): { document: ReportDocument; data: ReportDataOf[K] } {
  const built = buildReport(ctx, reportViewSchema.parse({ request, lang, today: TODAY }));
  return built as { document: ReportDocument; data: ReportDataOf[K] };
}

/** The section with this id, of the expected type. */
export function section<T extends ReportSection['type']>(
  document: ReportDocument,
  id: string,
  type: T,
): Extract<ReportSection, { type: T }> {
  const found = document.sections.find((s) => s.id === id);
  if (!found || found.type !== type) throw new Error(`No ${type} section ${id} in ${document.kind}`);
  return found as Extract<ReportSection, { type: T }>;
}

/** A figure's value by its position (labels differ by language). */
export function figures(document: ReportDocument): (number | object)[] {
  return section(document, 'key-figures', 'figures').items.map((i) => i.value);
}

/** One column of a table, by key. */
export function columnOf(table: TableSection, key: string): unknown[] {
  const index = table.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`No column ${key} in ${table.id}`);
  return table.rows.map((row) => row[index]);
}

/**
 * Dated actions added to the Paris example (which has only 4 undated ongoing ones), so the
 * periods, budgets and outcomes have something to count.
 */
export function addDatedActions(db: Database.Database) {
  const risk = themeId(db, 'risk_prevention');
  const housing = themeId(db, 'social_housing');
  return {
    drill: addAction(db, 'Prague', {
      title: 'Flood drill with the Vltava crews',
      kind: 'expert_mission',
      status: 'done',
      startOn: '2026-03-10',
      endOn: '2026-03-12',
      themeIds: [risk],
      budgetPlanned: { amountMinor: 500_000, currency: 'EUR' },
      budgetSpent: { amountMinor: 450_000, currency: 'EUR' },
      outcomes: 'The alert chain was tested end to end.',
      residentBenefits: 'Residents of flood zones are warned within minutes.',
    }),
    housingVisit: addAction(db, 'London', {
      title: 'Social housing study visit',
      kind: 'study_visit',
      status: 'ongoing',
      startOn: '2025-11',
      endOn: '2026-02',
      themeIds: [housing],
      budgetPlanned: { amountMinor: 100_000, currency: 'GBP' },
    }),
    kyoto: addAction(db, 'Kyoto', { title: 'Craft heritage workshop', status: 'done', startOn: '2025', endOn: '2025' }),
    tokyo: addAction(db, 'Tokyo', {
      title: 'Resilience forum',
      status: 'planned',
      startOn: '2026-06-01',
      budgetPlanned: { amountMinor: 3_000_000, currency: 'JPY' },
      followUpOn: '2026-12-15',
    }),
    berlin: addAction(db, 'Berlin', { title: 'Youth orchestra exchange', status: 'done', startOn: '2010-05', endOn: '2010-06' }),
  };
}
