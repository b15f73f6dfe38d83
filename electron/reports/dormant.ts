import type Database from 'better-sqlite3';
import { dayRange } from '../../shared/domain/partialDate';
import type { DormantData, DormantRow } from '../../shared/reports/data';
import type { Cell, ReportDocument } from '../../shared/reports/document';
import { agreementKindLabel, column, country, doc, reportDocument, table } from './docKit';
import { minusYears, wholeYears } from './period';
import { agreementsOf } from './queries';
import type { ReportContext } from './types';

/**
 * Active agreements with no action in the last `years` years. Activity is any action whose
 * dates reach `since` or later, or that is planned or ongoing (dated or not): work under way
 * is activity. An agreement signed less than `years` years ago is too young to be dormant:
 * only those whose signature date surely lies before `since` are judged.
 */
export function computeDormant(db: Database.Database, params: { years: number }, today: string): DormantData {
  const since = minusYears(today, params.years);
  // Per agreement, its actions newest first (actions_agreement backwards): a busy agreement
  // shows a recent or open action at once, so only the dormant ones are read in full.
  const busy = db
    .prepare(
      `SELECT 1 FROM actions WHERE agreement_id = ? AND (status IN ('planned', 'ongoing') OR end_day >= ?)
       ORDER BY start_on DESC LIMIT 1`,
    )
    .pluck();
  const active = agreementsOf(db, { status: 'active' });
  const count = db.prepare('SELECT count(*) FROM actions WHERE agreement_id = ?').pluck();
  const latest = db.prepare(
    `SELECT start_on AS startOn, end_day AS endDay FROM actions
     WHERE agreement_id = ? AND start_day IS NOT NULL ORDER BY end_day DESC, start_day DESC LIMIT 1`,
  );
  const rows: DormantRow[] = [];
  for (const agreement of active) {
    if (dayRange(agreement.signedOn).last > since || busy.get(agreement.id, since) !== undefined) continue;
    const last = latest.get(agreement.id) as { startOn: string; endDay: string } | undefined;
    rows.push({
      agreement,
      lastAction: last?.startOn ?? null,
      actionCount: count.get(agreement.id) as number,
      yearsWithout: wholeYears(last?.endDay ?? dayRange(agreement.signedOn).first, today),
    });
  }
  rows.sort((l, r) => r.yearsWithout - l.yearsWithout || l.agreement.cityName.localeCompare(r.agreement.cityName));
  return { years: params.years, since, activeAgreements: active.length, rows };
}

export function dormantDocument(data: DormantData, rctx: ReportContext): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `dormant.${key}`, options);
  const since = new Intl.DateTimeFormat(rctx.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${data.since}T00:00:00Z`));
  return reportDocument(rctx, 'dormant', {
    title: d('title'),
    subtitle: d('subtitle', { since, years: data.years }),
    fileStem: `accords-dormant-${data.years}y`,
    empty: data.rows.length === 0,
    emptyOptions: { years: data.years },
    sections: [
      {
        type: 'figures',
        id: 'key-figures',
        title: d('figures'),
        items: [
          { label: d('count'), value: data.rows.length, kind: 'integer' },
          { label: d('active'), value: data.activeAgreements, kind: 'integer' },
        ],
      },
      table(
        rctx,
        'dormant',
        d('list'),
        [
          column(rctx, 'partner', 'text', 20),
          column(rctx, 'country', 'text', 16),
          column(rctx, 'agreementKind', 'text', 24),
          column(rctx, 'signed', 'date', 14),
          column(rctx, 'lastAction', 'date', 14),
          column(rctx, 'actionCount', 'integer', 8),
          column(rctx, 'yearsWithout', 'integer', 8),
        ],
        data.rows.map((row): Cell[] => [
          row.agreement.cityName,
          country(rctx, row.agreement.country),
          agreementKindLabel(rctx, row.agreement.kind),
          row.agreement.signedOn,
          // A date column: a partial date, or the word "never" (formats show text that is no date as is).
          row.lastAction ?? doc(rctx, 'common.never'),
          row.actionCount,
          row.yearsWithout,
        ]),
        { description: d('description', { years: data.years }) },
      ),
    ],
  });
}
