import { describe, expect, test } from 'vitest';
import { generateData } from '../../../electron/sample/generate';
import { listActions } from '../../../electron/services/actions/list';
import { SCREEN_ROWS } from '../../../electron/reports/longParts';
import type { ReportRequest } from '../../../shared/reports/requests';
import { suiteDatabase } from '../helpers/tempData';
import { report, section, TODAY } from './fixtures';

/**
 * A report's long actions table shows its first rows and links to the actions list filtered to
 * the same scope: that filter, sorted by start as the link sorts it, lists exactly the table's
 * actions (the same count, the same first rows). The address the screen makes of the filter
 * reads back as the same query (renderer/src/features/actions/actionsListHref.test.ts).
 */
const data = suiteDatabase();

function setUp() {
  const { db, ctx } = data();
  if ((db.prepare('SELECT count(*) FROM actions').pluck().get() as number) === 0)
    generateData(db, { cities: 10, agreements: 30, actions: 3_000, contacts: 10, seed: 11, today: TODAY });
  const pick = (sql: string) => db.prepare(sql).pluck().get() as string;
  return {
    db,
    ctx,
    themeId: pick("SELECT id FROM themes WHERE code = 'culture'"),
    cityId: pick('SELECT a.city_id FROM agreements a JOIN actions x ON x.agreement_id = a.id GROUP BY a.city_id ORDER BY count(*) DESC LIMIT 1'),
  };
}

describe("a report's 'show all' leads to the same actions", () => {
  const requests: [string, (ids: ReturnType<typeof setUp>) => ReportRequest][] = [
    ['annual, all years', () => ({ report: 'annual', from: '1900', to: '2100' })],
    ['annual, since 2015', () => ({ report: 'annual', from: '2015' })],
    ['theme, all time', ({ themeId }) => ({ report: 'theme', themeId })],
    ['partner', ({ cityId }) => ({ report: 'partner', cityId })],
  ];
  test.each(requests)('%s', (_name, request) => {
    const ids = setUp();
    const built = report(ids.ctx, request(ids));
    const table = section(built.document, 'actions', 'table');
    expect(table.rows).toHaveLength(SCREEN_ROWS);
    expect(table.total).toBeGreaterThan(SCREEN_ROWS);
    const listed = listActions(ids.db, { ...table.actionsFilter, sort: 'startOn', direction: 'asc', limit: SCREEN_ROWS });
    expect(listed.total).toBe(table.total);
    expect(listed.rows.map((row) => row.title)).toEqual(table.rows.map((row) => row[0]));
  });
});
