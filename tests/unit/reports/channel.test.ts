import { describe, expect, test } from 'vitest';
import { cityIdByName, dumpTables, tempDatabase } from '../helpers/tempData';
import { MISSING, call, callError } from '../helpers/domain';

describe('reports:view through the dispatcher', () => {
  test('answers the document of every report kind', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const before = dumpTables(db);
    const annual = call(ctx, 'reports:view', { request: { report: 'annual', year: 2026 }, lang: 'fr', today: '2026-12-01' });
    expect(annual).toMatchObject({ kind: 'annual', lang: 'fr', today: '2026-12-01', fileStem: 'accords-annual-2026' });
    const anniversaries = call(ctx, 'reports:view', { request: { report: 'anniversaries', year: 2026 } });
    expect(anniversaries.events.map((e) => e.title)).toContain('70 years of the agreement with Rome');
    const partner = call(ctx, 'reports:view', { request: { report: 'partner', cityId: cityIdByName(db, 'Rome') } });
    expect(partner.title).toBe('Partner city: Rome');
    expect(call(ctx, 'reports:view', { request: { report: 'dormant' }, today: '2026-12-01' }).kind).toBe('dormant');
    // The document is JSON: it crosses IPC unchanged.
    expect(JSON.parse(JSON.stringify(annual))).toEqual(annual);
    expect(dumpTables(db)).toEqual(before);
  });

  test('a bad request is a validation error, an unknown city is not found', () => {
    const { ctx } = tempDatabase({ sample: true });
    const both = callError(ctx, 'reports:view', { request: { report: 'annual', year: 2026, from: '2026-01' } });
    expect(both.code).toBe('validation');
    expect(JSON.stringify(both.details)).toContain('errors.reports.yearOrRange');
    expect(callError(ctx, 'reports:view', { request: { report: 'nope' } }).code).toBe('validation');
    expect(callError(ctx, 'reports:view', { request: { report: 'dormant', years: 0 } }).code).toBe('validation');
    expect(callError(ctx, 'reports:view', { request: { report: 'annual' }, today: '2026-02-30' }).code).toBe('validation');
    expect(callError(ctx, 'reports:view', { request: { report: 'partner', cityId: MISSING } }).code).toBe('not_found');
    expect(callError(ctx, 'reports:view', { request: { report: 'theme', themeId: MISSING } }).code).toBe('not_found');
    // A reversed range in a list's filter is refused as the actions list refuses it.
    expect(callError(ctx, 'reports:view', { request: { report: 'actions', filter: { from: '2026', to: '2020' } } })).toMatchObject({
      code: 'rule',
      details: { issues: [expect.objectContaining({ path: 'to' })] },
    });
  });
});
