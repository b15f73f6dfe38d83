import { describe, expect, test } from 'vitest';
import { dumpTables, tempDatabase } from '../helpers/tempData';
import type { ReportRequest } from '../../../shared/reports/requests';
import { addDatedActions, columnOf, figures, report, section } from './fixtures';

describe('annual report on the Paris example', () => {
  test('with only the 4 undated ongoing actions: nothing in 2026, the undated ones counted apart', () => {
    const { ctx } = tempDatabase({ sample: true });
    const { document, data } = report(ctx, { report: 'annual', year: 2026 });
    expect(data.breakdown.total).toBe(0);
    expect(data.undatedOpen.map((a) => a.cityName).sort()).toEqual(['Copenhagen', 'London', 'Prague', 'Prague']);
    // agreements signed, active partners, actions, done, undated in progress
    expect(figures(document)).toEqual([0, 0, 0, 0, 4]);
    expect(document.emptyMessage).toBeNull();
    expect(section(document, 'undated-open', 'table').rows).toHaveLength(4);
    expect(document.title).toBe('Annual report of international action 2026');
    expect(document.fileStem).toBe('accords-annual-2026');
    expect(document.ownCity).toBe('Paris');
    expect(section(document, 'key-figures', 'figures').description).toMatch(/undated/i);
  });

  test('undated work in progress belongs to the reports whose period includes today', () => {
    const { ctx } = tempDatabase({ sample: true });
    // Jakarta was signed in 1995; the 4 undated ongoing actions are not 1995's.
    expect(figures(report(ctx, { report: 'annual', year: 1995 }).document)).toEqual([1, 0, 0, 0, 0]);
    expect(report(ctx, { report: 'annual', from: '2020' }).data.undatedOpen).toHaveLength(4);
  });

  test('neither year nor range: the current year of today', () => {
    const { ctx } = tempDatabase({ sample: true });
    const { data, document } = report(ctx, { report: 'annual' });
    expect(data.period).toEqual({ first: '2026-01-01', last: '2026-12-31', year: 2026 });
    expect(document.subtitle).toBe('January 1, 2026 – December 31, 2026');
  });

  test('dated actions: overlap with the period, budgets per currency, outcomes, events', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const added = addDatedActions(db);
    const before = dumpTables(db);
    const { document, data } = report(ctx, { report: 'annual', year: 2026 });
    expect(dumpTables(db)).toEqual(before);
    // Prague's drill, London's visit (Nov 2025 – Feb 2026) and Tokyo's forum; not Kyoto 2025 nor Berlin 2010.
    expect(data.actions.map((a) => a.title).sort()).toEqual(['Flood drill with the Vltava crews', 'Resilience forum', 'Social housing study visit']);
    expect(figures(document)).toEqual([0, 3, 3, 1, 4]);
    expect(data.breakdown.byStatus).toEqual({ planned: 1, ongoing: 1, done: 1, cancelled: 0 });
    expect(data.breakdown.byKind.expert_mission).toBe(1);
    expect(data.breakdown.byKind.study_visit).toBe(1);
    expect(data.breakdown.byTheme.map((t) => [t.code, t.count])).toEqual([
      ['risk_prevention', 1],
      ['social_housing', 1],
    ]);
    expect(data.breakdown.budgets).toEqual([
      { currency: 'EUR', plannedMinor: 500_000, spentMinor: 450_000, actions: 1 },
      { currency: 'GBP', plannedMinor: 100_000, spentMinor: 0, actions: 1 },
      { currency: 'JPY', plannedMinor: 3_000_000, spentMinor: 0, actions: 1 },
    ]);
    const budgets = section(document, 'budgets', 'table');
    expect(budgets.rows[0]).toEqual(['EUR', { amountMinor: 500_000, currency: 'EUR' }, { amountMinor: 450_000, currency: 'EUR' }, 1]);
    const eurChart = section(document, 'budget-EUR-chart', 'chart');
    expect(eurChart).toMatchObject({ valueKind: 'money', currency: 'EUR', series: [{ values: [5000, 4500] }] });
    expect(section(document, 'budget-JPY-chart', 'chart').series[0]!.values).toEqual([3_000_000, 0]);
    expect(columnOf(section(document, 'actions-by-partner-table', 'table'), 'partner').sort()).toEqual(['London', 'Prague', 'Tokyo']);
    expect(section(document, 'actions-by-status-chart', 'chart').categories).toEqual(['Planned', 'Ongoing', 'Done']);
    const notes = section(document, 'notes', 'notes');
    expect(notes.entries).toHaveLength(1);
    expect(notes.entries[0]!.paragraphs).toEqual([
      { label: 'Outcomes', text: 'The alert chain was tested end to end.' },
      { label: 'Benefits for residents', text: 'Residents of flood zones are warned within minutes.' },
    ]);
    const drill = document.events.find((e) => e.uid === `action-${added.drill.id}@accords`);
    expect(drill).toMatchObject({ kind: 'action', start: '2026-03-10', end: '2026-03-12' });
    // A month-precise action spans whole months, end inclusive.
    expect(document.events.find((e) => e.uid === `action-${added.housingVisit.id}@accords`)).toMatchObject({ start: '2025-11-01', end: '2026-02-28' });
    expect(document.events.find((e) => e.uid === `followup-${added.tokyo.id}@accords`)).toMatchObject({ kind: 'followUp', start: '2026-12-15', end: '2026-12-15' });
  });

  test('a range of partial dates: from the first day of `from` to the last day of `to`', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    addDatedActions(db);
    const march = report(ctx, { report: 'annual', from: '2026-03', to: '2026-03' });
    expect(march.data.actions.map((a) => a.title)).toEqual(['Flood drill with the Vltava crews']);
    expect(march.document.title).toBe('Report of international action');
    expect(march.document.fileStem).toBe('accords-annual-2026-03-01_2026-03-31');
    expect(report(ctx, { report: 'annual', year: 2025 }).data.actions.map((a) => a.title).sort()).toEqual([
      'Craft heritage workshop',
      'Social housing study visit',
    ]);
  });

  test('agreements signed in the period: the whole signature date inside it', () => {
    const { ctx } = tempDatabase({ sample: true });
    const names = (request: ReportRequest & { report: 'annual' }) => report(ctx, request).data.agreementsSigned.map((a) => a.cityName);
    expect(names({ report: 'annual', year: 1997 }).sort()).toEqual(['Beijing', 'Prague', 'Riyadh', 'Saint Petersburg', 'Santiago de Chile', 'Tbilisi']);
    expect(names({ report: 'annual', year: 2006 })).toEqual(['Montreal']);
    expect(names({ report: 'annual', from: '2006-04', to: '2006-06' })).toEqual(['Montreal']);
    expect(names({ report: 'annual', from: '2006-01', to: '2006-03' })).toEqual([]);
    // A year-only signature cannot be placed inside half a year.
    expect(names({ report: 'annual', from: '1997-01', to: '1997-06' })).toEqual([]);
  });

  test('an empty database gives the empty message', () => {
    const { ctx } = tempDatabase();
    const { document } = report(ctx, { report: 'annual', year: 2026 });
    expect(document.emptyMessage).toBe('No agreement was signed and no action took place in this period.');
    expect(document.events).toEqual([]);
  });
});
