import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { emptyDocument, richDocument } from './fixtures';
import { render } from './helpers';

function parse(file: Buffer) {
  const calendar = new ICAL.Component(ICAL.parse(file.toString('utf8')));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

describe('ICS export', () => {
  it('lists the events as all-day entries with stable uids, summaries, places and stamps', async () => {
    const file = await render(richDocument('en'), 'ics');
    const { calendar, events } = parse(file);
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Accords/);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Annual report of international action 2026',
    );
    expect(events.map((e) => e.uid)).toEqual([
      'action-1@accords',
      'followup-2@accords',
      'anniversary-rome-70@accords',
    ]);
    const [visit, followUp, anniversary] = events;
    expect(visit?.summary).toBe('Study visit to Kyoto');
    expect(visit?.location).toBe('Kyoto, Japan');
    expect(visit?.description).toBe('Heritage crafts, 4 officials');
    expect(visit?.startDate.isDate).toBe(true);
    expect(visit?.startDate.toString()).toBe('2026-05-12');
    // All-day ends are exclusive: a visit to the 15th ends on the 16th.
    expect(visit?.endDate.toString()).toBe('2026-05-16');
    expect(followUp?.startDate.toString()).toBe('2026-06-02');
    expect(followUp?.endDate.toString()).toBe('2026-06-03');
    expect(followUp?.description).toBe('Send the report; ask about the “next” drill');
    expect(anniversary?.summary).toBe('Rome: 70 years');
    const stamp = calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp');
    expect(String(stamp)).toBe('2026-12-01T09:30:00Z');
    expect(file.toString('utf8')).toContain('\r\n');
  });

  it('refuses a document with nothing dated, saying why, rather than write an empty calendar', async () => {
    await expect(render(emptyDocument('fr'), 'ics')).rejects.toMatchObject({
      code: 'rule',
      key: 'errors.reports.noCalendarEvents',
    });
  });
});
