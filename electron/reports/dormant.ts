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
  // One pass over the actions of active agreements (actions_agreement), grouped per agreement.
  const activity = db
    .prepare(
      `SELECT a.id, count(x.id) AS actionCount, max(x.end_day) AS lastEndDay, max(x.start_day) AS lastStartDay,
              coalesce(max(x.status IN ('planned', 'ongoing') OR x.end_day >= @since), 0) AS active
       FROM agreements a LEFT JOIN actions x ON x.agreement_id = a.id
       WHERE a.status = 'active' GROUP BY a.id`,
    )
    .all({ since }) as { id: string; actionCount: number; lastEndDay: string | null; lastStartDay: string | null; active: number }[];
  const byId = new Map(activity.map((row) => [row.id, row]));
  const lastStart = db.prepare(
    'SELECT start_on FROM actions WHERE agreement_id = ? AND start_day = ? ORDER BY end_day DESC LIMIT 1',
  );
  const rows: DormantRow[] = [];
  for (const agreement of agreementsOf(db, { status: 'active' })) {
    const a = byId.get(agreement.id);
    if (!a || a.active || dayRange(agreement.signedOn).last > since) continue;
    const lastAction = a.lastStartDay === null ? null : (lastStart.pluck().get(agreement.id, a.lastStartDay) as string);
    const from = a.lastEndDay ?? dayRange(agreement.signedOn).first;
    rows.push({ agreement, lastAction, actionCount: a.actionCount, yearsWithout: wholeYears(from, today) });
  }
  rows.sort((l, r) => r.yearsWithout - l.yearsWithout || l.agreement.cityName.localeCompare(r.agreement.cityName));
  return { years: params.years, since, activeAgreements: activity.length, rows };
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
