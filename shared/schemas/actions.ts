import { z } from 'zod';
import { ACTION_KINDS, ACTION_STATUSES } from '../domain/enums';
import type { ActionKind, ActionStatus } from '../domain/enums';
import type { Money } from '../domain/money';
import {
  idSchema,
  optionalText,
  pageSchema,
  partialDateSchema,
  requiredText,
  sortDirectionSchema,
  type Page,
  type RecordStamp,
} from './common';
import { fullDateSchema, moneySchema, spentSchema } from './fields';

/** A project action as shown under its agreement. */
export interface ActionSummary extends RecordStamp {
  agreementId: string;
  title: string;
  kind: ActionKind;
  status: ActionStatus;
  startOn: string | null;
  endOn: string | null;
  notes: string;
  themes: ThemeRef[];
}

/** A theme as attached to a record. */
export interface ThemeRef {
  id: string;
  code: string;
  labelEn: string;
  labelFr: string;
}

/* ---- Tracking: the full action record, its list and its filters. ---- */

/** What a person does in an action. */
export const PARTICIPANT_ROLES = ['lead', 'counterpart', 'participant'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

const indicatorSchema = z.strictObject({
  /** Kept when updating an existing indicator; a new one gets a fresh id. */
  id: idSchema.optional(),
  name: requiredText(200),
  unit: optionalText(40).default(''),
  target: z.number().min(0).max(1e15).nullable().default(null),
  achieved: z.number().min(0).max(1e15).nullable().default(null),
});

const participantSchema = z.strictObject({
  contactId: idSchema,
  role: z.enum(PARTICIPANT_ROLES).default('participant'),
});

const actionFields = {
  agreementId: idSchema,
  title: requiredText(200),
  kind: z.enum(ACTION_KINDS),
  status: z.enum(ACTION_STATUSES),
  startOn: partialDateSchema.nullable(),
  endOn: partialDateSchema.nullable(),
  place: optionalText(200),
  leadDepartment: optionalText(120),
  partnerCounterpart: optionalText(200),
  participants: z.array(participantSchema).max(200),
  budgetPlanned: moneySchema.nullable(),
  budgetSpent: spentSchema.nullable(),
  fundingSource: optionalText(200),
  outcomes: optionalText(20_000),
  /** What residents gain from it, in plain words. */
  residentBenefits: optionalText(20_000),
  indicators: z.array(indicatorSchema).max(100),
  /** The day someone should look at it again. */
  followUpOn: fullDateSchema.nullable(),
  themeIds: z.array(idSchema).max(50),
  notes: optionalText(20_000),
};

/** What a user fills in for a project action. */
export const actionInputSchema = z.object({
  ...actionFields,
  status: actionFields.status.default('planned'),
  startOn: actionFields.startOn.default(null),
  endOn: actionFields.endOn.default(null),
  place: actionFields.place.default(''),
  leadDepartment: actionFields.leadDepartment.default(''),
  partnerCounterpart: actionFields.partnerCounterpart.default(''),
  participants: actionFields.participants.default([]),
  budgetPlanned: actionFields.budgetPlanned.default(null),
  budgetSpent: actionFields.budgetSpent.default(null),
  fundingSource: actionFields.fundingSource.default(''),
  outcomes: actionFields.outcomes.default(''),
  residentBenefits: actionFields.residentBenefits.default(''),
  indicators: actionFields.indicators.default([]),
  followUpOn: actionFields.followUpOn.default(null),
  themeIds: actionFields.themeIds.default([]),
  notes: actionFields.notes.default(''),
});
export type ActionInput = z.input<typeof actionInputSchema>;
export type ParsedActionInput = z.output<typeof actionInputSchema>;

export const actionUpdateSchema = z.object({ id: idSchema, changes: z.strictObject(actionFields).partial() });
export type ActionUpdate = z.input<typeof actionUpdateSchema>;

export const ACTION_SORT_FIELDS = ['startOn', 'title', 'status', 'kind', 'updatedAt', 'followUpOn'] as const;
export type ActionSortField = (typeof ACTION_SORT_FIELDS)[number];

/**
 * The actions list's filters. `from`/`to` keep the actions whose dates overlap the range
 * (partial dates: `to: '2020'` reaches 31 December 2020); undated actions drop out.
 */
export const actionListSchema = z
  .object({
    agreementId: idSchema.optional(),
    cityId: idSchema.optional(),
    themeId: idSchema.optional(),
    kind: z.enum(ACTION_KINDS).optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
    department: requiredText(120).optional(),
    /** Follow-ups due on or before this day. */
    followUpTo: fullDateSchema.optional(),
    text: optionalText(200).optional(),
    sort: z.enum(ACTION_SORT_FIELDS).default('startOn'),
    direction: sortDirectionSchema.default('desc'),
    ...pageSchema,
  })
  .default({ sort: 'startOn', direction: 'desc', limit: 200, offset: 0 });
export type ActionListFilter = z.input<typeof actionListSchema>;

/** An action as the actions list shows it. */
export interface ActionRow extends RecordStamp {
  agreementId: string;
  cityId: string;
  cityName: string;
  country: string;
  title: string;
  kind: ActionKind;
  status: ActionStatus;
  startOn: string | null;
  endOn: string | null;
  followUpOn: string | null;
  place: string;
  leadDepartment: string;
  budgetPlanned: Money | null;
  budgetSpent: Money | null;
  themes: ThemeRef[];
}

/** A measurable result of an action: "residents trained", target 200, achieved 140. */
export interface Indicator extends RecordStamp {
  name: string;
  unit: string;
  target: number | null;
  achieved: number | null;
}

/** A contact taking part in an action. */
export interface Participant {
  contactId: string;
  name: string;
  organisation: string;
  side: 'own' | 'partner';
  role: ParticipantRole;
}

/** Everything about one action. */
export interface ActionDetail extends ActionRow {
  agreementTitle: string;
  agreementSignedOn: string;
  partnerCounterpart: string;
  fundingSource: string;
  outcomes: string;
  residentBenefits: string;
  notes: string;
  indicators: Indicator[];
  participants: Participant[];
}

export type ActionPage = Page<ActionRow>;

/** What the actions list's filters can offer beyond the fixed lists. */
export interface ActionFacets {
  departments: string[];
  currencies: string[];
  fundingSources: string[];
  total: number;
}
