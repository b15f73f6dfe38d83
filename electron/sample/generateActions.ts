import { ACTION_KINDS, type ActionKind } from '../../shared/domain/enums';
import { dayRange, precisionOf, yearOf } from '../../shared/domain/partialDate';
import { searchKey } from '../../shared/domain/text';
import {
  BENEFITS,
  DEPARTMENTS,
  FUNDING_SOURCES,
  INDICATORS,
  KIND_TITLES,
  OUTCOMES,
  PEOPLE,
} from './generatorData';
import { actionDocument, putSearchEntry } from '../services/search/searchIndex';
import {
  addDays,
  batched,
  blur,
  randomDay,
  type GenAgreement,
  type GenContext,
} from './generateKit';

/**
 * Synthetic project actions: a kind, one or two themes, dates after the agreement was signed
 * (up to a year ahead), a status that fits the dates, budgets in minor units (mostly euros,
 * sometimes the partner's currency), indicators, outcomes and follow-ups.
 */
export function generateActions(g: GenContext, agreements: GenAgreement[], count: number): void {
  const { db, r, newId, stamp, today, themeIds, progress } = g;
  const insertAction = db.prepare(
    `INSERT INTO actions (id, agreement_id, title, title_key, kind, status, start_on, end_on, start_day, end_day, place, lead_department,
                        partner_counterpart, budget_planned_minor, budget_planned_currency, budget_spent_minor, budget_spent_currency,
                        funding_source, outcomes, resident_benefits, follow_up_on, notes, created_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tagAction = db.prepare('INSERT INTO action_themes (action_id, theme_id) VALUES (?, ?)');
  const insertIndicator = db.prepare(
    `INSERT INTO action_indicators (id, action_id, position, name, unit, target, achieved, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  batched(
    db,
    count,
    () => {
      const agreement = r.pick(agreements);
      const id = newId();
      const kind = r.weighted<ActionKind>(
        ACTION_KINDS.map((k) => [k, k === 'other' ? 3 : k === 'joint_project' ? 15 : 10]),
      );
      const themes = new Set<{ id: string; label: string }>();
      for (let t = r.int(1, 2); t > 0 && themeIds.length; t -= 1) themes.add(r.pick(themeIds));
      const firstTheme = [...themes][0];
      const title = `${r.pick(KIND_TITLES[kind]!)}${firstTheme ? `: ${firstTheme.label.toLowerCase()}` : ''} — ${agreement.city.name}`;
      const firstDay = agreement.signedDay > today ? today : agreement.signedDay;
      const startDay = randomDay(r, Math.max(1950, yearOf(firstDay)), addDays(today, 365));
      const long = kind === 'joint_project' || kind === 'staff_exchange';
      const endDay = addDays(startDay, long ? r.int(60, 900) : r.int(0, 10));
      const startOn = blur(r, startDay, [1, 2, 7]);
      const endOn = r.chance(0.8)
        ? precisionOf(startOn) === 'day'
          ? endDay
          : blur(r, endDay, [0, 1, 0]).slice(0, startOn.length)
        : null;
      const end = endOn ?? startOn;
      const status =
        dayRange(startOn).first > today
          ? 'planned'
          : dayRange(end).last < today
            ? r.chance(0.1)
              ? 'cancelled'
              : 'done'
            : 'ongoing';
      const currency = r.chance(0.75) ? 'EUR' : agreement.city.country.currency;
      const scale = currency === 'JPY' || currency === 'KRW' || currency === 'VND' ? 150 : 1;
      const planned = r.chance(0.7)
        ? r.int(long ? 20_000 : 1_000, long ? 400_000 : 25_000) * 100 * scale
        : null;
      const spent =
        planned !== null && status === 'done' ? Math.round((planned * r.int(60, 110)) / 100) : null;
      const followUp =
        (status === 'ongoing' || status === 'planned') && r.chance(0.4)
          ? addDays(today, r.int(-60, 180))
          : null;
      const done = status === 'done';
      const place = r.chance(0.5) ? agreement.city.name : 'Paris';
      const department = r.pick(DEPARTMENTS);
      const counterpart = r.chance(0.5)
        ? `${r.pick(PEOPLE.first)} ${r.pick(PEOPLE.last)}, ${r.pick(PEOPLE.roles)}`
        : '';
      const funding = planned !== null ? r.pick(FUNDING_SOURCES) : '';
      const outcomes = done ? r.pick(OUTCOMES) : '';
      const benefits = done && r.chance(0.6) ? r.pick(BENEFITS) : '';
      const notes = r.chance(0.2) ? `Prepared with the ${department} department.` : '';
      const { lastInsertRowid: actionNumber } = insertAction.run(
        id,
        agreement.id,
        title,
        searchKey(title),
        kind,
        status,
        startOn,
        endOn,
        dayRange(startOn).first,
        dayRange(end).last,
        place,
        department,
        counterpart,
        planned,
        planned === null ? null : currency,
        spent,
        spent === null ? null : currency,
        funding,
        outcomes,
        benefits,
        followUp,
        notes,
        stamp,
        stamp,
      );
      for (const theme of themes) tagAction.run(id, theme.id);
      const indicators: string[] = [];
      for (let n = r.chance(0.3) ? r.int(1, 2) : 0, position = 0; position < n; position += 1) {
        const indicator =
          INDICATORS[(position + r.int(0, INDICATORS.length - 1)) % INDICATORS.length]!;
        const target = r.int(5, 500);
        insertIndicator.run(
          newId(),
          id,
          position,
          indicator.name,
          indicator.unit,
          target,
          done ? r.int(0, target) : null,
          stamp,
          stamp,
        );
        indicators.push(indicator.name);
      }
      putSearchEntry(
        db,
        'action',
        actionNumber,
        actionDocument({
          title,
          place,
          leadDepartment: department,
          partnerCounterpart: counterpart,
          fundingSource: funding,
          outcomes,
          residentBenefits: benefits,
          notes,
          indicators,
        }),
      );
    },
    (done) => progress(`actions ${done}/${count}`),
  );
}
