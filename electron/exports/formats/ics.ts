import ical from 'ical-generator';
import type { ReportDocument } from '../../../shared/reports/document';

/** Midnight UTC of a `YYYY-MM-DD` day: ical-generator writes an all-day date from UTC parts. */
function utcDay(day: string, plusDays = 0): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

/**
 * ICS: the document's dated things as all-day events, for Outlook and other calendars. The
 * uid is the document's stable one, so importing the file twice updates instead of doubling;
 * DTEND is the day after the last day (all-day ends are exclusive in iCalendar).
 */
export function renderIcs(document: ReportDocument): Buffer {
  const calendar = ical({
    name: document.title,
    prodId: { company: 'Accords', product: 'Accords', language: document.lang.toUpperCase() },
  });
  if (document.subtitle) calendar.description(document.subtitle);
  const stamp = new Date(document.generatedAt);
  for (const event of document.events) {
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start: utcDay(event.start),
      end: utcDay(event.end, 1),
      stamp,
      summary: event.title,
      description: event.description,
      ...(event.location ? { location: event.location } : {}),
    });
  }
  return Buffer.from(calendar.toString(), 'utf8');
}
