import type Database from 'better-sqlite3';
import { roundAnniversaryIn, roundAnniversarySignatureYears } from '../../shared/domain/anniversaries';
import type { AgreementAnniversary, AnniversariesData } from '../../shared/reports/data';
import type { Cell, ReportDocument } from '../../shared/reports/document';
import { agreementKindLabel, agreementStatusLabel, column, country, doc, reportDocument, table } from './docKit';
import { anniversaryEvents } from './events';
import { agreementsOf } from './queries';
import type { ReportContext } from './types';

/** `String#localeCompare`'s order (the default locale), built once rather than per comparison. */
const byName = new Intl.Collator().compare;

/**
 * Round anniversaries (shared/domain/anniversaries) of every agreement's signature in `year`.
 * Only the agreements signed in a round year before it are read (the rule gives the years;
 * the signature-year index finds them), and the rule still decides each one.
 */
export function computeAnniversaries(db: Database.Database, params: { year: number }): AnniversariesData {
  const rows: AgreementAnniversary[] = [];
  for (const agreement of agreementsOf(db, { signedYearIn: roundAnniversarySignatureYears(params.year) })) {
    const anniversary = roundAnniversaryIn(agreement.signedOn, params.year);
    if (anniversary) rows.push({ agreement, anniversary });
  }
  // Soonest first; a signature known only by its year is shown on 1 January.
  rows.sort((l, r) => (l.anniversary.day < r.anniversary.day ? -1 : l.anniversary.day > r.anniversary.day ? 1 : byName(l.agreement.cityName, r.agreement.cityName)));
  return { year: params.year, rows };
}

/** The anniversaries as a table and calendar entries. */
export function anniversariesTable(rctx: ReportContext, id: string, title: string, rows: AgreementAnniversary[], description?: string) {
  return table(
    rctx,
    id,
    title,
    [
      column(rctx, 'anniversaryDate', 'date', 14),
      column(rctx, 'years', 'integer', 6),
      column(rctx, 'partner', 'text', 20),
      column(rctx, 'country', 'text', 16),
      column(rctx, 'signed', 'date', 14),
      column(rctx, 'agreementKind', 'text', 24),
      column(rctx, 'agreementStatus', 'text', 10),
    ],
    rows.map(({ agreement, anniversary }): Cell[] => [
      anniversary.date,
      anniversary.years,
      agreement.cityName,
      country(rctx, agreement.country),
      agreement.signedOn,
      agreementKindLabel(rctx, agreement.kind),
      agreementStatusLabel(rctx, agreement.status),
    ]),
    description ? { description } : {},
  );
}

export function anniversariesDocument(data: AnniversariesData, rctx: ReportContext): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `anniversaries.${key}`, options);
  return reportDocument(rctx, 'anniversaries', {
    title: d('title', { year: data.year }),
    subtitle: d('subtitle', { year: data.year }),
    fileStem: `accords-anniversaries-${data.year}`,
    empty: data.rows.length === 0,
    events: anniversaryEvents(rctx, data.rows),
    sections: [
      {
        type: 'figures',
        id: 'key-figures',
        title: d('figures'),
        items: [{ label: d('count'), value: data.rows.length, kind: 'integer' }],
      },
      anniversariesTable(rctx, 'anniversaries', d('list'), data.rows, doc(rctx, 'common.anniversaryRule')),
    ],
  });
}
