import type Database from 'better-sqlite3';
import { dayRange } from '../../../shared/domain/partialDate';
import { searchKey } from '../../../shared/domain/text';
import {
  checkActionDates,
  checkBudget,
  checkUniqueIds,
  spentCurrency,
} from '../../../shared/domain/trackingRules';
import type { FieldIssue } from '../../../shared/ipc/result';
import {
  actionInputSchema,
  type ActionDetail,
  type ActionInput,
  type ActionUpdate,
  type Indicator,
  type ParsedActionInput,
  type Participant,
} from '../../../shared/schemas/actions';
import { diffFields, recordAudit, recordUpdate, type AuditView } from '../history/audit';
import { stripUndefined } from '../common/records';
import { newId, now } from '../common/clock';
import { assertNoIssues, notFound } from '../../core/errors';
import { checkIds, setThemes, themeCodes } from '../common/links';
import { selectActionRows, toActionRow, type StoredActionRow } from './list';
import { indexAction } from '../search/searchIndex';
import { moveToTrash } from '../trash/trash';

/** Project actions under an agreement: the full record, its indicators and participants. */

export function getAction(db: Database.Database, id: string): ActionDetail {
  const row = db
    .prepare(
      selectActionRows(
        'actions x',
        `, a.title AS agreementTitle, a.signed_on AS agreementSignedOn, x.partner_counterpart AS partnerCounterpart,
           x.funding_source AS fundingSource, x.outcomes, x.resident_benefits AS residentBenefits, x.notes`,
      ) + ' WHERE x.id = ?',
    )
    .get(id) as
    | (StoredActionRow &
        Omit<
          ActionDetail,
          keyof StoredActionRow | 'indicators' | 'participants' | 'budgetPlanned' | 'budgetSpent'
        >)
    | undefined;
  if (!row) throw notFound('Action', id);
  const {
    agreementTitle,
    agreementSignedOn,
    partnerCounterpart,
    fundingSource,
    outcomes,
    residentBenefits,
    notes,
    ...stored
  } = row;
  return {
    ...toActionRow(stored),
    agreementTitle,
    agreementSignedOn,
    partnerCounterpart,
    fundingSource,
    outcomes,
    residentBenefits,
    notes,
    indicators: db
      .prepare(
        `SELECT id, name, unit, target, achieved, created_at AS createdAt, updated_at AS updatedAt
         FROM action_indicators WHERE action_id = ? ORDER BY position`,
      )
      .all(id) as Indicator[],
    participants: db
      .prepare(
        `SELECT l.contact_id AS contactId, k.name, k.organisation, k.side, l.role
         FROM action_contacts l JOIN contacts k ON k.id = l.contact_id WHERE l.action_id = ?
         ORDER BY CASE l.role WHEN 'lead' THEN 0 WHEN 'counterpart' THEN 1 ELSE 2 END, k.name_key`,
      )
      .all(id) as Participant[],
  };
}

/** An action as its history lines show it: themes by code, participants and indicators by name. */
function auditView(x: ActionDetail): AuditView {
  return {
    title: x.title,
    kind: x.kind,
    status: x.status,
    startOn: x.startOn,
    endOn: x.endOn,
    place: x.place,
    leadDepartment: x.leadDepartment,
    partnerCounterpart: x.partnerCounterpart,
    participants: x.participants.map((p) => `${p.name} (${p.role})`),
    budgetPlanned: x.budgetPlanned,
    budgetSpent: x.budgetSpent,
    fundingSource: x.fundingSource,
    outcomes: x.outcomes,
    residentBenefits: x.residentBenefits,
    indicators: x.indicators.map(({ name, unit, target, achieved }) => ({
      name,
      unit,
      target,
      achieved,
    })),
    followUpOn: x.followUpOn,
    themes: themeCodes(x.themes),
    notes: x.notes,
    agreementId: x.agreementId,
  };
}

/** Every rule of an action, each issue at its field. */
function checkRules(db: Database.Database, x: ParsedActionInput, selfId: string | null): void {
  const issues: FieldIssue[] = [...checkActionDates(x.startOn, x.endOn), ...checkBudget(x)];
  if (!db.prepare('SELECT 1 FROM agreements WHERE id = ?').get(x.agreementId))
    issues.push({ path: 'agreementId', key: 'errors.notFound' });
  issues.push(...checkIds(db, 'themes', 'themeIds', x.themeIds));
  const contactIds = x.participants.map((p) => p.contactId);
  issues.push(
    ...checkIds(db, 'contacts', 'participants', contactIds).map((i) => ({
      ...i,
      path: `${i.path}.contactId`,
    })),
  );
  const indicatorIds = x.indicators.flatMap((i, index) => (i.id ? [[i.id, index] as const] : []));
  issues.push(
    ...checkUniqueIds(
      'indicators',
      indicatorIds.map(([id]) => id),
    ).map(() => ({ path: 'indicators', key: 'errors.duplicate' })),
  );
  if (indicatorIds.length) {
    const owned = new Set(
      db
        .prepare('SELECT id FROM action_indicators WHERE action_id IS ?')
        .pluck()
        .all(selfId) as string[],
    );
    for (const [id, index] of indicatorIds)
      if (!owned.has(id)) issues.push({ path: `indicators.${index}.id`, key: 'errors.notFound' });
  }
  assertNoIssues(issues, 'The action breaks a rule');
}

function bind(x: ParsedActionInput, id: string, stamp: string) {
  const start = x.startOn ? dayRange(x.startOn).first : null;
  const endDate = x.endOn ?? x.startOn;
  return {
    id,
    stamp,
    agreementId: x.agreementId,
    title: x.title,
    titleKey: searchKey(x.title),
    kind: x.kind,
    status: x.status,
    startOn: x.startOn,
    endOn: x.endOn,
    startDay: start,
    endDay: endDate ? dayRange(endDate).last : null,
    place: x.place,
    leadDepartment: x.leadDepartment,
    partnerCounterpart: x.partnerCounterpart,
    plannedMinor: x.budgetPlanned?.amountMinor ?? null,
    plannedCurrency: x.budgetPlanned?.currency ?? null,
    spentMinor: x.budgetSpent?.amountMinor ?? null,
    spentCurrency: spentCurrency(x),
    fundingSource: x.fundingSource,
    outcomes: x.outcomes,
    residentBenefits: x.residentBenefits,
    followUpOn: x.followUpOn,
    notes: x.notes,
  };
}

const COLUMNS = `agreement_id = @agreementId, title = @title, title_key = @titleKey, kind = @kind, status = @status,
  start_on = @startOn, end_on = @endOn, start_day = @startDay, end_day = @endDay, place = @place,
  lead_department = @leadDepartment, partner_counterpart = @partnerCounterpart,
  budget_planned_minor = @plannedMinor, budget_planned_currency = @plannedCurrency,
  budget_spent_minor = @spentMinor, budget_spent_currency = @spentCurrency, funding_source = @fundingSource,
  outcomes = @outcomes, resident_benefits = @residentBenefits, follow_up_on = @followUpOn, notes = @notes, updated_at = @stamp`;

/** Replaces the indicators and participants; indicators given with their id keep it and their creation date. */
function writeChildren(
  db: Database.Database,
  id: string,
  x: ParsedActionInput,
  stamp: string,
  only?: { indicators: boolean; participants: boolean; themes: boolean },
): void {
  if (!only || only.indicators) {
    const created = new Map(
      (
        db
          .prepare('SELECT id, created_at AS createdAt FROM action_indicators WHERE action_id = ?')
          .all(id) as { id: string; createdAt: string }[]
      ).map((r) => [r.id, r.createdAt]),
    );
    db.prepare('DELETE FROM action_indicators WHERE action_id = ?').run(id);
    const insert = db.prepare(
      `INSERT INTO action_indicators (id, action_id, position, name, unit, target, achieved, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    x.indicators.forEach((i, position) =>
      insert.run(
        i.id ?? newId(),
        id,
        position,
        i.name,
        i.unit,
        i.target,
        i.achieved,
        (i.id && created.get(i.id)) ?? stamp,
        stamp,
      ),
    );
  }
  if (!only || only.participants) {
    db.prepare('DELETE FROM action_contacts WHERE action_id = ?').run(id);
    const insert = db.prepare(
      'INSERT INTO action_contacts (action_id, contact_id, role) VALUES (?, ?, ?)',
    );
    for (const p of x.participants) insert.run(id, p.contactId, p.role);
  }
  if (!only || only.themes) setThemes(db, 'action', id, x.themeIds);
}

/** Records a project action under an agreement after checking every rule. */
export function createAction(db: Database.Database, input: ActionInput): ActionDetail {
  const x = actionInputSchema.parse(input);
  return db
    .transaction(() => {
      checkRules(db, x, null);
      const id = newId();
      const stamp = now();
      db.prepare(
        `INSERT INTO actions (id, agreement_id, title, kind, status, notes, created_at, updated_at)
         VALUES (@id, @agreementId, @title, @kind, @status, @notes, @stamp, @stamp)`,
      ).run({
        id,
        agreementId: x.agreementId,
        title: x.title,
        kind: x.kind,
        status: x.status,
        notes: x.notes,
        stamp,
      });
      db.prepare(`UPDATE actions SET ${COLUMNS} WHERE id = @id`).run(bind(x, id, stamp));
      writeChildren(db, id, x, stamp);
      const action = getAction(db, id);
      recordAudit(db, {
        entityType: 'action',
        entityId: id,
        parentId: x.agreementId,
        action: 'create',
        label: action.title,
        changes: diffFields(null, auditView(action)),
        at: stamp,
      });
      indexAction(db, id);
      return action;
    })
    .immediate();
}

/** The input an action's stored state amounts to (to merge a partial update into). */
function inputOf(x: ActionDetail): ParsedActionInput {
  return {
    agreementId: x.agreementId,
    title: x.title,
    kind: x.kind,
    status: x.status,
    startOn: x.startOn,
    endOn: x.endOn,
    place: x.place,
    leadDepartment: x.leadDepartment,
    partnerCounterpart: x.partnerCounterpart,
    participants: x.participants.map((p) => ({ contactId: p.contactId, role: p.role })),
    budgetPlanned: x.budgetPlanned,
    budgetSpent: x.budgetSpent,
    fundingSource: x.fundingSource,
    outcomes: x.outcomes,
    residentBenefits: x.residentBenefits,
    indicators: x.indicators.map(({ id, name, unit, target, achieved }) => ({
      id,
      name,
      unit,
      target,
      achieved,
    })),
    followUpOn: x.followUpOn,
    themeIds: x.themes.map((t) => t.id),
    notes: x.notes,
  };
}

/** Changes the given fields of an action; the result must still obey every rule. */
export function updateAction(
  db: Database.Database,
  id: string,
  changes: ActionUpdate['changes'],
): ActionDetail {
  return db
    .transaction(() => {
      const current = getAction(db, id);
      const next = actionInputSchema.parse({ ...inputOf(current), ...stripUndefined(changes) });
      checkRules(db, next, id);
      const stamp = now();
      db.prepare(`UPDATE actions SET ${COLUMNS} WHERE id = @id`).run(bind(next, id, stamp));
      writeChildren(db, id, next, stamp, {
        indicators: changes.indicators !== undefined,
        participants: changes.participants !== undefined,
        themes: changes.themeIds !== undefined,
      });
      const action = getAction(db, id);
      recordUpdate(
        db,
        {
          entityType: 'action',
          entityId: id,
          parentId: action.agreementId,
          label: action.title,
          at: stamp,
        },
        auditView(current),
        auditView(action),
      );
      indexAction(db, id);
      return action;
    })
    .immediate();
}

/** Sends an action (with its indicators, links and documents) to the trash. */
export function deleteAction(db: Database.Database, id: string): { id: string } {
  return db
    .transaction(() => {
      const action = getAction(db, id);
      moveToTrash(db, 'action', id, {
        label: action.title,
        parentId: action.agreementId,
        changes: diffFields(auditView(action), null),
      });
      return { id };
    })
    .immediate();
}
