import type Database from 'better-sqlite3';
import type { ActionRow } from '../../../shared/schemas/actions';
import type {
  CityFactSheet,
  DashboardRequest,
  DashboardSummary,
  StatusChange,
} from '../../../shared/schemas/overview';
import { dashboardSchema } from '../../../shared/schemas/overview';
import { listAgreements } from '../agreements/agreements';
import { historyOfField, recentChanges } from '../history/audit';
import { getCity } from '../cities/cities';
import { SELECT_ACTION_ROW, toActionRow, type StoredActionRow } from '../actions/list';
import { themesOf } from '../common/links';
import { listVersions } from '../versions/versions';

/** The read-only pages built from several records: a partner city's fact sheet and the dashboard. */

const TIMELINE_LIMIT = 500;

function actionRows(
  db: Database.Database,
  where: string,
  params: unknown[],
  order: string,
  limit: number,
): ActionRow[] {
  return (
    db
      .prepare(`${SELECT_ACTION_ROW} ${where} ORDER BY ${order} LIMIT ${limit}`)
      .all(...params) as StoredActionRow[]
  ).map(toActionRow);
}

/** An agreement's status changes, from its history: when, who, from what, to what, why. */
export function statusChanges(db: Database.Database, agreementId: string): StatusChange[] {
  return historyOfField(db, agreementId, 'status').map((entry) => {
    const [from, to] = entry.changes.status!;
    const reason = entry.changes.endReason?.[1];
    return {
      at: entry.at,
      user: entry.user,
      from: (from as string | null) ?? null,
      to: to as string,
      reason: typeof reason === 'string' ? reason : '',
    };
  });
}

/**
 * A partner city on one page: the city, its agreements with their versions, themes and status
 * changes, the people involved, its actions on a timeline and the follow-ups still open.
 */
export function cityFactSheet(
  db: Database.Database,
  id: string,
  /** `timeline: false`: without the timeline's rows (the partner report lists its actions itself). */
  options: { timeline?: boolean } = {},
): CityFactSheet {
  const city = getCity(db, id);
  const agreements = listAgreements(db, {
    cityId: id,
    sort: 'signedOn',
    direction: 'asc',
    limit: 1000,
  }).rows.map((row) => ({
    ...row,
    themes: themesOf(db, 'agreement', row.id),
    versions: listVersions(db, row.id),
    statusChanges: statusChanges(db, row.id),
  }));
  const ofCity = 'WHERE x.agreement_id IN (SELECT id FROM agreements WHERE city_id = ?)';
  const timeline =
    options.timeline === false
      ? []
      : actionRows(db, ofCity, [id], 'x.start_on IS NULL, x.start_on, x.title_key', TIMELINE_LIMIT);
  const timelineTotal = db
    .prepare(`SELECT count(*) FROM actions x ${ofCity}`)
    .pluck()
    .get(id) as number;
  const followUps = actionRows(
    db,
    `${ofCity} AND x.follow_up_on IS NOT NULL AND x.status IN ('planned', 'ongoing')`,
    [id],
    'x.follow_up_on, x.title_key',
    100,
  );
  const contacts = db
    .prepare(
      `SELECT k.id, k.name, k.role, k.organisation, k.side, json_group_array(DISTINCT via) AS via
       FROM (
         SELECT contact_id, 'city' AS via FROM contact_cities WHERE city_id = @id
         UNION ALL SELECT l.contact_id, 'agreement' FROM agreement_contacts l JOIN agreements a ON a.id = l.agreement_id WHERE a.city_id = @id
         UNION ALL SELECT l.contact_id, 'action' FROM action_contacts l JOIN actions x ON x.id = l.action_id
                   JOIN agreements a ON a.id = x.agreement_id WHERE a.city_id = @id
       ) links JOIN contacts k ON k.id = links.contact_id
       GROUP BY k.id ORDER BY k.side DESC, k.name_key`,
    )
    .all({ id }) as (Omit<CityFactSheet['contacts'][number], 'via'> & { via: string })[];
  const documentCount = db
    .prepare(
      `SELECT count(*) FROM documents d WHERE (d.owner_type = 'agreement' AND d.owner_id IN (SELECT id FROM agreements WHERE city_id = @id))
         OR (d.owner_type = 'action' AND d.owner_id IN (SELECT x.id FROM actions x JOIN agreements a ON a.id = x.agreement_id WHERE a.city_id = @id))`,
    )
    .pluck()
    .get({ id }) as number;
  return {
    city,
    agreements,
    contacts: contacts.map((c) => ({
      ...c,
      via: JSON.parse(c.via) as CityFactSheet['contacts'][number]['via'],
    })),
    timeline,
    timelineTotal,
    followUps,
    documentCount,
  };
}

/** Today on this computer's calendar, `YYYY-MM-DD`. */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The home screen: follow-ups due, actions in progress, recent changes and counts. */
export function dashboardSummary(
  db: Database.Database,
  request: DashboardRequest = undefined,
): DashboardSummary {
  const r = dashboardSchema.parse(request) ?? { days: 14, limit: 10 };
  const today = r.today ?? localDay();
  const limit = r.limit;
  const due = addDays(today, r.days);
  const open = "x.status IN ('planned', 'ongoing')";
  const followUpsDue = actionRows(
    db,
    `WHERE x.follow_up_on <= ? AND ${open}`,
    [due],
    'x.follow_up_on, x.rowid',
    limit,
  );
  const followUpsDueTotal = db
    .prepare(`SELECT count(*) FROM actions x WHERE x.follow_up_on <= ? AND ${open}`)
    .pluck()
    .get(due) as number;
  const inProgress = actionRows(
    db,
    "WHERE x.status = 'ongoing'",
    [],
    'x.start_on DESC, x.rowid DESC',
    limit,
  );
  const byStatus = (table: string) =>
    Object.fromEntries(
      (
        db.prepare(`SELECT status, count(*) AS n FROM ${table} GROUP BY status`).all() as {
          status: string;
          n: number;
        }[]
      ).map((s) => [s.status, s.n]),
    );
  const count = (table: string) =>
    db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const actionsByStatus = byStatus('actions');
  return {
    today,
    counts: {
      cities: count('cities'),
      agreements: count('agreements'),
      agreementsByStatus: byStatus('agreements'),
      actions: count('actions'),
      actionsByStatus,
      contacts: count('contacts'),
      documents: count('documents'),
      trash: count('trash'),
    },
    followUpsDue,
    followUpsDueTotal,
    inProgress,
    inProgressTotal: actionsByStatus.ongoing ?? 0,
    recentChanges: recentChanges(db, limit),
  };
}
