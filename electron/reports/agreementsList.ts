import type Database from 'better-sqlite3';
import { roundAnniversariesBetween } from '../../shared/domain/anniversaries';
import type { AgreementAnniversary, AgreementsListData } from '../../shared/reports/data';
import type { Cell, ReportDocument } from '../../shared/reports/document';
import type { AgreementListFilter, AgreementRow } from '../../shared/schemas/agreements';
import {
  agreementKindLabel,
  agreementStatusLabel,
  column,
  country,
  doc,
  reportDocument,
  table,
} from './docKit';
import { anniversaryEvents } from './events';
import { addDays, minusYears } from './period';
import { allAgreements } from './queries';
import type { ReportContext } from './types';

/**
 * Exactly the register as filtered on screen: every row its filter keeps, in its order, and
 * the round anniversaries of those agreements in the next 12 months (for a calendar).
 */
export function computeAgreementsList(
  db: Database.Database,
  params: { filter: Omit<AgreementListFilter, 'limit' | 'offset'> },
  today: string,
): AgreementsListData {
  return agreementsListData(params.filter, allAgreements(db, params.filter), today);
}

/** The list's data from its rows (read at once or in chunks): the rows and their coming anniversaries. */
export function agreementsListData(
  filter: Omit<AgreementListFilter, 'limit' | 'offset'>,
  rows: AgreementRow[],
  today: string,
): AgreementsListData {
  const last = addDays(minusYears(today, -1), -1);
  const upcomingAnniversaries: AgreementAnniversary[] = [];
  for (const row of rows) {
    for (const anniversary of roundAnniversariesBetween(row.signedOn, today, last)) {
      const { id, cityId, cityName, country: code, kind, exclusive, signedOn, status } = row;
      upcomingAnniversaries.push({ agreement: { id, cityId, cityName, country: code, kind, exclusive, signedOn, status }, anniversary });
    }
  }
  upcomingAnniversaries.sort((l, r) => l.anniversary.day.localeCompare(r.anniversary.day));
  return { filter, rows, upcomingAnniversaries };
}

export function agreementsListDocument(data: AgreementsListData, rctx: ReportContext): ReportDocument {
  const d = (key: string, options?: Record<string, unknown>) => doc(rctx, `agreements.${key}`, options);
  return reportDocument(rctx, 'agreements', {
    title: d('title'),
    subtitle: d('subtitle', { count: data.rows.length }),
    fileStem: 'accords-agreements',
    empty: data.rows.length === 0,
    events: anniversaryEvents(rctx, data.upcomingAnniversaries),
    sections: [
      table(
        rctx,
        'agreements',
        d('list'),
        [
          column(rctx, 'partner', 'text', 20),
          column(rctx, 'country', 'text', 16),
          column(rctx, 'agreementKind', 'text', 24),
          column(rctx, 'signed', 'date', 14),
          column(rctx, 'agreementStatus', 'text', 10),
          column(rctx, 'exclusive', 'text', 8),
          column(rctx, 'actions', 'integer', 8),
          column(rctx, 'title', 'text', 30),
        ],
        data.rows.map((row): Cell[] => [
          row.cityName,
          country(rctx, row.country),
          agreementKindLabel(rctx, row.kind),
          row.signedOn,
          agreementStatusLabel(rctx, row.status),
          doc(rctx, row.exclusive ? 'common.yes' : 'common.no'),
          row.actionCount,
          row.title || null,
        ]),
        { description: d('listDescription') },
      ),
    ],
  });
}
