import { dayRange } from '../../shared/domain/partialDate';
import type { AgreementAnniversary } from '../../shared/reports/data';
import type { CalendarEvent } from '../../shared/reports/document';
import type { ActionRow } from '../../shared/schemas/actions';
import {
  actionKindLabel,
  actionStatusLabel,
  agreementKindLabel,
  country,
  dateText,
  datesText,
  doc,
} from './docKit';
import type { ReportContext } from './types';

/**
 * Calendar entries of the documents: whole days, `end` inclusive, and a uid stable across
 * exports (`action-<id>@accords`), so a calendar that imports a file twice updates its entries.
 */

/** Calendar entries for dated actions (their whole span) and their follow-up days. */
export function actionEvents(rctx: ReportContext, rows: ActionRow[], followUps = true): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const row of rows) {
    const location = row.place || row.cityName;
    if (row.startOn) {
      const start = dayRange(row.startOn).first;
      const end = dayRange(row.endOn ?? row.startOn).last;
      events.push({
        uid: `action-${row.id}@accords`,
        kind: 'action',
        title: `${row.title} — ${row.cityName}`,
        description: [
          actionKindLabel(rctx, row.kind),
          actionStatusLabel(rctx, row.status),
          datesText(rctx, row.startOn, row.endOn),
        ].join(' · '),
        start,
        end: end < start ? start : end,
        location,
      });
    }
    if (followUps && row.followUpOn && (row.status === 'planned' || row.status === 'ongoing')) {
      events.push({
        uid: `followup-${row.id}@accords`,
        kind: 'followUp',
        title: doc(rctx, 'events.followUp', { title: row.title }),
        description: doc(rctx, 'events.followUpDescription', { city: row.cityName, status: actionStatusLabel(rctx, row.status) }),
        start: row.followUpOn,
        end: row.followUpOn,
        location,
      });
    }
  }
  return events;
}

/** One calendar entry per round anniversary; a year-only signature says its day is unknown. */
export function anniversaryEvents(rctx: ReportContext, rows: AgreementAnniversary[]): CalendarEvent[] {
  return rows.map(({ agreement, anniversary }) => ({
    uid: `anniversary-${agreement.id}-${anniversary.date.slice(0, 4)}@accords`,
    kind: 'anniversary',
    title: doc(rctx, 'events.anniversary', { years: anniversary.years, city: agreement.cityName }),
    description: [
      doc(rctx, 'events.anniversarySigned', {
        kind: agreementKindLabel(rctx, agreement.kind),
        signed: dateText(rctx, agreement.signedOn),
      }),
      anniversary.precision === 'day' ? '' : doc(rctx, `events.dayUnknown_${anniversary.precision}`),
    ]
      .filter(Boolean)
      .join(' '),
    start: anniversary.day,
    end: anniversary.day,
    location: `${agreement.cityName}, ${country(rctx, agreement.country)}`,
  }));
}
