import { computeAnnual } from '../../../electron/reports/annual';
import { computeAnniversaries } from '../../../electron/reports/anniversaries';
import { computeDormant } from '../../../electron/reports/dormant';
import { computeMap } from '../../../electron/reports/map';
import { computePartner } from '../../../electron/reports/partner';
import { computeTheme } from '../../../electron/reports/theme';
import { computeTimeline } from '../../../electron/reports/timeline';
import { minusYears } from '../../../electron/reports/period';
import { measure } from '../lib/measure';
import type { BenchSuite } from '../lib/suite';
import {
  allScope,
  cityScope,
  periodScope,
  rawAgreementsSigned,
  rawAnniversaries,
  rawBreakdownRowsNotes,
  rawDormant,
  rawFactSheet,
  rawMap,
  rawTimeline,
  rawUndatedOpen,
  themeScope,
} from './rawReports';

/**
 * Every report's data (what `reports:view` builds before wording the document) against raw SQL
 * computing the same figures and reading the same rows (suites/rawReports.ts). Goals: ≤ 50 ms
 * for one year, ≤ 150 ms over all years, and ≤ 2× the raw computation.
 */
/** The list's order when a scope has an equality filter (its index ends with start_on). */
const BY_START = 'x.start_on, x.rowid';

export const reportsSuite: BenchSuite = {
  name: 'reports',
  run({ db, record, today }) {
    const pick = (sql: string) => db.prepare(sql).pluck().get() as string;
    const busiestCity = pick(
      'SELECT a.city_id FROM agreements a JOIN actions x ON x.agreement_id = a.id GROUP BY a.city_id ORDER BY count(*) DESC LIMIT 1',
    );
    const themeId = pick("SELECT id FROM themes WHERE code = 'culture'");
    const year = Number(today.slice(0, 4)) - 1;
    const oneYear = { maxMs: 50, maxRatio: 2 };
    const allYears = { maxMs: 150, maxRatio: 2 };
    const figures: [string, () => unknown, () => unknown, typeof oneYear][] = [
      [
        `report annual ${year}`,
        () => computeAnnual(db, { year }, today),
        () => [
          rawAgreementsSigned(db, year, year),
          rawBreakdownRowsNotes(db, periodScope(`${year}-01-01`, `${year}-12-31`)),
        ],
        oneYear,
      ],
      [
        'report annual all years',
        () => computeAnnual(db, { from: '1900', to: '2100' }, today),
        () => [
          rawAgreementsSigned(db, 1900, 2100),
          rawBreakdownRowsNotes(db, periodScope('1900-01-01', '2100-12-31')),
          rawUndatedOpen(db),
        ],
        allYears,
      ],
      [
        'report theme (all time)',
        () => computeTheme(db, { themeId }),
        () => rawBreakdownRowsNotes(db, themeScope(themeId), BY_START),
        allYears,
      ],
      [
        `report theme ${year}`,
        () => computeTheme(db, { themeId, year }),
        () =>
          rawBreakdownRowsNotes(db, {
            ...periodScope(`${year}-01-01`, `${year}-12-31`),
            where: `${periodScope('', '').where} AND x.id IN (SELECT action_id FROM action_themes WHERE theme_id = @themeId)`,
            params: { first: `${year}-01-01`, last: `${year}-12-31`, themeId },
          }, BY_START),
        oneYear,
      ],
      [
        'report partner (busiest city)',
        () => computePartner(db, { cityId: busiestCity }, today),
        () => [rawFactSheet(db, busiestCity), rawBreakdownRowsNotes(db, cityScope(busiestCity), BY_START)],
        allYears,
      ],
      ['report map (all time)', () => computeMap(db, {}), () => rawMap(db, allScope), allYears],
      [
        `report map ${year}`,
        () => computeMap(db, { year }),
        () => rawMap(db, periodScope(`${year}-01-01`, `${year}-12-31`)),
        oneYear,
      ],
      ['report timeline', () => computeTimeline(db, {}), () => rawTimeline(db), allYears],
      [
        'report dormant (3 years)',
        () => computeDormant(db, { years: 3 }, today),
        () => rawDormant(db, minusYears(today, 3)),
        allYears,
      ],
      [
        `report anniversaries ${year + 1}`,
        () => computeAnniversaries(db, { year: year + 1 }),
        () => rawAnniversaries(db, year + 1),
        oneYear,
      ],
    ];
    for (const [name, app, baseline, goal] of figures) {
      record({
        name,
        app: measure(app, { minRuns: 10 }),
        baseline: measure(baseline, { minRuns: 10 }),
        goal: { ...goal },
      });
    }
  },
};
