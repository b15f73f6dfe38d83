import { describe, expect, test } from 'vitest';
import { scopedActions } from '../../../electron/reports/queries';
import { yearPeriod } from '../../../electron/reports/period';
import { generateData } from '../../../electron/sample/generate';
import { tempDatabase } from '../helpers/tempData';

/** The reports read a scope through its index, never the whole actions table. */
describe('query plans of the reports', () => {
  test('a period, a city or a theme is found through its index', () => {
    const { db } = tempDatabase();
    generateData(db, { cities: 20, agreements: 40, actions: 500, seed: 3, today: '2026-12-01' });
    const cityId = db.prepare('SELECT id FROM cities LIMIT 1').pluck().get() as string;
    const themeId = db.prepare('SELECT id FROM themes LIMIT 1').pluck().get() as string;
    const plan = (sql: string, params: Record<string, unknown>) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
    for (const scope of [{ period: yearPeriod(2026) }, { cityId }, { themeId }, { period: yearPeriod(2000), themeId }]) {
      const w = scopedActions(scope);
      const details = plan(`${w.with} SELECT x.status, count(*) FROM ${w.from} GROUP BY x.status`, w.params);
      expect(details.some((d) => /^SCAN x\b/.test(d)), JSON.stringify(details)).toBe(false);
      expect(details.some((d) => /SEARCH .*USING (COVERING )?INDEX (actions_start_day|actions_end_day|agreements_city|action_themes_theme)/.test(d))).toBe(true);
    }
    const busy = plan(
      "SELECT 1 FROM actions WHERE agreement_id = @id AND (status IN ('planned', 'ongoing') OR end_day >= @since) ORDER BY start_on DESC LIMIT 1",
      { id: 'x', since: '2023-12-01' },
    );
    expect(busy).toEqual([expect.stringMatching(/SEARCH actions USING INDEX actions_agreement \(agreement_id=\?\)/)]);
  });
});
