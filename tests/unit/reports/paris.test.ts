import { describe, expect, test } from 'vitest';
import { listActions } from '../../../electron/services/actions/list';
import { listAgreements } from '../../../electron/services/agreements/agreements';
import { updateCity } from '../../../electron/services/cities/cities';
import { activityLevels } from '../../../electron/reports/map';
import { cityIdByName, tempDatabase } from '../helpers/tempData';
import { themeId } from '../helpers/domain';
import { addDatedActions, columnOf, figures, report, section } from './fixtures';

describe('reports on the Paris example', () => {
  test('partner: Prague with its agreement, actions, notes and next anniversary', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const { drill } = addDatedActions(db);
    const { document, data } = report(ctx, { report: 'partner', cityId: cityIdByName(db, 'Prague') });
    expect(document.title).toBe('Partner city: Prague');
    expect(document.subtitle).toBe('Prague, Czechia');
    expect(document.fileStem).toBe('accords-partner-prague');
    // agreements, actions, done, contacts, follow-ups open
    expect(figures(document)).toEqual([1, 3, 1, 0, 0]);
    expect(columnOf(section(document, 'actions', 'table'), 'title')).toHaveLength(3);
    expect(section(document, 'notes', 'notes').entries.map((e) => e.heading)).toContain(
      'Real-time flood alerts by mobile phone for the flood risk prevention plan (PPRI)',
    );
    expect(data.nextAnniversaries).toEqual([
      expect.objectContaining({ anniversary: { years: 30, date: '2027', day: '2027-01-01', precision: 'year' } }),
    ]);
    expect(document.events.map((e) => e.uid)).toContain(`action-${drill.id}@accords`);
    expect(document.events.find((e) => e.kind === 'anniversary')?.description).toMatch(/exact day is not known/);
  });

  test('partner: Montreal lists its three versions', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const { document } = report(ctx, { report: 'partner', cityId: cityIdByName(db, 'Montreal') });
    expect(columnOf(section(document, 'versions', 'table'), 'date')).toEqual(['2006-04', '2014-05', '2023-04']);
  });

  test('theme: risk prevention gives Prague’s real-time flood alerts with its notes', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    const { document, data } = report(ctx, { report: 'theme', themeId: themeId(db, 'risk_prevention') });
    expect(document.title).toBe('Theme: Risk prevention');
    expect(data.breakdown.total).toBe(1);
    expect(section(document, 'by-partner-table', 'table').rows).toEqual([['Prague', 1, 'Czechia', 0, 1, 0, 0]]);
    const [entry] = section(document, 'notes', 'notes').entries;
    expect(entry!.heading).toMatch(/^Real-time flood alerts/);
    expect(entry!.paragraphs[0]!.text).toMatch(/Prague set up a system alerting the population in real time/);
  });

  test('theme with a period: only the actions whose dates overlap it', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    addDatedActions(db);
    const risk = themeId(db, 'risk_prevention');
    expect(report(ctx, { report: 'theme', themeId: risk }).data.breakdown.total).toBe(2);
    const in2026 = report(ctx, { report: 'theme', themeId: risk, year: 2026 });
    expect(in2026.data.actions.map((a) => a.title)).toEqual(['Flood drill with the Vltava crews']);
    expect(figures(in2026.document)).toEqual([1, 1, 1, 0, 0]);
    const in2020 = report(ctx, { report: 'theme', themeId: risk, year: 2020 });
    expect(in2020.document.emptyMessage).toMatch(/No action/);
  });

  test('timeline: 40 agreements from Rome 1956 to Montreal 2006-04, per decade', () => {
    const { ctx } = tempDatabase({ sample: true });
    const { document, data } = report(ctx, { report: 'timeline' });
    expect(data.agreements).toHaveLength(40);
    expect(data.agreements[0]).toMatchObject({ cityName: 'Rome', signedOn: '1956' });
    expect(data.agreements.at(-1)).toMatchObject({ cityName: 'Montreal', signedOn: '2006-04' });
    expect(data.bucket).toBe('decade');
    const chart = section(document, 'signatures-chart', 'chart');
    const perDecade = Object.fromEntries(chart.categories.map((c, i) => [c, chart.series[0]!.values[i]]));
    expect(perDecade).toMatchObject({ '1950s': 2, '1990s': 19, '2000s': 14 });
    const list = section(document, 'agreements-by-year', 'table');
    // The year column is a year-precision date: 1956, never "1,956".
    expect(list.columns[0]!.kind).toBe('date');
    expect(list.rows[0]).toEqual(['1956', 'Rome', 'Italy', 'Twinning', 'Active', '1956']);
    // A short span counts per year.
    const nineties = report(ctx, { report: 'timeline', fromYear: 1995, toYear: 1999 });
    expect(nineties.data.bucket).toBe('year');
    expect(nineties.data.counts).toEqual([
      { start: 1995, count: 1 },
      { start: 1996, count: 2 },
      { start: 1997, count: 6 },
      { start: 1998, count: 4 },
      { start: 1999, count: 3 },
    ]);
  });

  test('anniversaries 2026: Rome 70, Chicago and San Francisco 30, London and Porto Alegre 25, Montreal 20', () => {
    const { ctx } = tempDatabase({ sample: true });
    const { document, data } = report(ctx, { report: 'anniversaries', year: 2026 });
    expect(Object.fromEntries(data.rows.map((r) => [r.agreement.cityName, r.anniversary.years]))).toEqual({
      Rome: 70,
      Chicago: 30,
      'San Francisco': 30,
      London: 25,
      'Porto Alegre': 25,
      Montreal: 20,
    });
    const rome = document.events.find((e) => e.title.includes('Rome'))!;
    expect(rome).toMatchObject({ title: '70 years of the agreement with Rome', start: '2026-01-01', end: '2026-01-01' });
    expect(rome.description).toMatch(/exact day is not known/);
    const montreal = document.events.find((e) => e.title.includes('Montreal'))!;
    expect(montreal).toMatchObject({ start: '2026-04-01', end: '2026-04-01' });
    expect(montreal.description).toMatch(/month/);
    expect(rome.uid).toMatch(/^anniversary-.+-2026@accords$/);
  });

  test('dormant: ongoing, planned and recent actions count as activity; young agreements are left out', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    addDatedActions(db);
    const { document, data } = report(ctx, { report: 'dormant' });
    expect(data.years).toBe(3);
    expect(data.since).toBe('2023-12-01');
    // Copenhagen, London, Prague (undated ongoing), Tokyo (planned) and Kyoto (done in 2025) are active.
    const names = data.rows.map((r) => r.agreement.cityName);
    expect(names).toHaveLength(35);
    expect(names).not.toContain('Prague');
    expect(names).not.toContain('Kyoto');
    expect(data.rows[0]).toMatchObject({ agreement: { cityName: 'Rome' }, lastAction: null, actionCount: 0, yearsWithout: 70 });
    expect(data.rows.find((r) => r.agreement.cityName === 'Berlin')).toMatchObject({ lastAction: '2010-05', actionCount: 1, yearsWithout: 16 });
    const table = section(document, 'dormant', 'table');
    expect(table.rows[0]![4]).toBe('Never');
    expect(figures(document)).toEqual([35, 40]);
    // Over 25 years, only agreements signed by 2000 are old enough to judge (29), and Berlin's
    // 2010 action is recent enough, beside Prague, Tokyo and Kyoto.
    const old = report(ctx, { report: 'dormant', years: 25 }).data;
    expect(old.rows).toHaveLength(25);
    expect(old.rows.map((r) => r.agreement.cityName)).not.toContain('Berlin');
    expect(old.rows.every((r) => Number(r.agreement.signedOn.slice(0, 4)) <= 2000)).toBe(true);
  });

  test('map: partner cities coloured by actions, unplaced ones apart', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    addDatedActions(db);
    updateCity(db, cityIdByName(db, 'Sydney'), { latitude: null, longitude: null });
    const { document, data } = report(ctx, { report: 'map' });
    const map = section(document, 'map', 'map');
    expect(map.points).toHaveLength(39);
    expect(map.unplaced).toEqual(['Sydney, Australia']);
    expect(map.legend.map((l) => l.label)).toEqual(['None', '1', '2', '3']);
    expect(map.points.find((p) => p.name === 'Prague')).toMatchObject({ value: 3, level: 3 });
    expect(map.points.find((p) => p.name === 'Rome')).toMatchObject({ value: 0, level: 0 });
    expect(data.cities).toHaveLength(40);
    expect(section(document, 'cities', 'table').rows).toHaveLength(40);
    const in2026 = section(report(ctx, { report: 'map', year: 2026 }).document, 'map', 'map');
    expect(in2026.points.filter((p) => p.value > 0).map((p) => p.name).sort()).toEqual(['London', 'Prague', 'Tokyo']);
  });

  test('activity levels: quartiles of the non-zero values, merged when equal', () => {
    expect(activityLevels([0, 0])).toEqual([{ level: 0, min: 0, max: 0 }]);
    expect(activityLevels(Array.from({ length: 100 }, (_, i) => i + 1)).map((l) => [l.min, l.max])).toEqual([
      [0, 0],
      [1, 25],
      [26, 50],
      [51, 75],
      [76, 100],
    ]);
    expect(activityLevels([5, 5, 5]).map((l) => [l.min, l.max])).toEqual([
      [0, 0],
      [5, 5],
    ]);
  });

  test('lists: exactly the rows the on-screen filters keep, in their order', () => {
    const { ctx, db } = tempDatabase({ sample: true });
    addDatedActions(db);
    const filter = { country: 'US', sort: 'city', direction: 'asc', lang: 'en' } as const;
    const agreements = report(ctx, { report: 'agreements', filter });
    expect(columnOf(section(agreements.document, 'agreements', 'table'), 'partner')).toEqual(
      listAgreements(db, filter).rows.map((r) => r.cityName),
    );
    expect(agreements.document.subtitle).toBe('The register as filtered: 3 agreements');
    expect(report(ctx, { report: 'agreements', filter: { country: 'IT', sort: 'city', direction: 'asc', lang: 'en' } }).document.subtitle).toBe(
      'The register as filtered: 1 agreement',
    );
    expect(report(ctx, { report: 'agreements', filter: { country: 'IT', sort: 'city', direction: 'asc', lang: 'fr' } }, 'fr').document.subtitle).toBe(
      'Le registre filtré\u00a0: 1 accord',
    );
    // Round anniversaries in the next 12 months (Geneva 2002 → 25 in 2027…), none for the US ones.
    expect(agreements.document.events).toEqual([]);
    expect(report(ctx, { report: 'agreements' }).document.events.map((e) => e.title)).toContain('25 years of the agreement with Geneva');
    const prague = cityIdByName(db, 'Prague');
    const actions = report(ctx, { report: 'actions', filter: { cityId: prague, sort: 'title', direction: 'asc' } });
    expect(columnOf(section(actions.document, 'actions', 'table'), 'title')).toEqual(
      listActions(db, { cityId: prague, sort: 'title', direction: 'asc' }).rows.map((r) => r.title),
    );
    const from2026 = report(ctx, { report: 'actions', filter: { from: '2026', sort: 'startOn', direction: 'desc' } });
    expect(from2026.data.rows.map((r) => r.title)).toEqual(['Resilience forum', 'Flood drill with the Vltava crews', 'Social housing study visit']);
    expect(from2026.document.events.map((e) => e.kind).sort()).toEqual(['action', 'action', 'action', 'followUp']);
    expect(report(ctx, { report: 'actions', filter: { kind: 'other', sort: 'startOn', direction: 'desc' } }).document.emptyMessage).toBe(
      'No action matches these filters.',
    );
  });
});
