import type { ActionKind, ActionStatus } from '../../../../shared/domain/enums';
import { toMinor, fromMinor } from '../../../../shared/domain/money';
import { isPartialDate } from '../../../../shared/domain/partialDate';
import {
  checkActionDates,
  checkBudget,
  checkUniqueIds,
} from '../../../../shared/domain/trackingRules';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import type { FieldIssue } from '../../../../shared/ipc/result';
import {
  actionInputSchema,
  type ActionDetail,
  type ParsedActionInput,
  type ParticipantRole,
} from '../../../../shared/schemas/actions';
import { safeMinorDigits } from './money';

/** What the form is open for: a new action (perhaps under a given agreement), or changes to one. */
export type ActionFormTarget =
  { mode: 'create'; agreementId: string | null } | { mode: 'edit'; action: ActionDetail };

/** One indicator row as typed. */
export interface IndicatorValues {
  /** A stable key for React; the stored id when the indicator exists. */
  key: string;
  id?: string;
  name: string;
  unit: string;
  target: number | '';
  achieved: number | '';
}

/** The form's values, as typed (amounts in major units, dates as text). */
export interface ActionFormValues {
  agreementId: string | null;
  title: string;
  kind: ActionKind | null;
  status: ActionStatus;
  startOn: string;
  endOn: string;
  place: string;
  leadDepartment: string;
  partnerCounterpart: string;
  contactIds: string[];
  /** Roles of the contacts already linked, kept on save. */
  roles: Record<string, ParticipantRole>;
  plannedAmount: number | '';
  plannedCurrency: string;
  spentAmount: number | '';
  spentCurrency: string;
  fundingSource: string;
  outcomes: string;
  residentBenefits: string;
  indicators: IndicatorValues[];
  followUpOn: string | null;
  themeIds: string[];
  notes: string;
}

/** The form's fields, as main's issue paths name them. */
export const ACTION_FIELDS = [
  'agreementId',
  'title',
  'kind',
  'status',
  'startOn',
  'endOn',
  'place',
  'leadDepartment',
  'partnerCounterpart',
  'participants',
  'budgetPlanned',
  'budgetSpent',
  'fundingSource',
  'outcomes',
  'residentBenefits',
  'indicators',
  'followUpOn',
  'themeIds',
  'notes',
] as const;

/** Sets a field and clears the errors at `clears` (the field itself by default). */
export type SetActionField = <K extends keyof ActionFormValues>(
  field: K,
  value: ActionFormValues[K],
  clears?: string,
) => void;

/** What each group of the form's fields receives. */
export interface ActionFieldsProps {
  values: ActionFormValues;
  set: SetActionField;
  /** The translated error at a path, or under it unless `exact`. */
  error: (path: string, exact?: boolean) => string | undefined;
}

let counter = 0;
export const newKey = () => `new-${++counter}`;

export function emptyActionValues(agreementId: string | null): ActionFormValues {
  return {
    agreementId,
    title: '',
    kind: null,
    status: 'planned',
    startOn: '',
    endOn: '',
    place: '',
    leadDepartment: '',
    partnerCounterpart: '',
    contactIds: [],
    roles: {},
    plannedAmount: '',
    plannedCurrency: 'EUR',
    spentAmount: '',
    spentCurrency: '',
    fundingSource: '',
    outcomes: '',
    residentBenefits: '',
    indicators: [],
    followUpOn: null,
    themeIds: [],
    notes: '',
  };
}

export function actionValuesOf(action: ActionDetail): ActionFormValues {
  return {
    agreementId: action.agreementId,
    title: action.title,
    kind: action.kind,
    status: action.status,
    startOn: action.startOn ?? '',
    endOn: action.endOn ?? '',
    place: action.place,
    leadDepartment: action.leadDepartment,
    partnerCounterpart: action.partnerCounterpart,
    contactIds: action.participants.map((p) => p.contactId),
    roles: Object.fromEntries(action.participants.map((p) => [p.contactId, p.role])),
    plannedAmount: action.budgetPlanned
      ? fromMinor(action.budgetPlanned.amountMinor, action.budgetPlanned.currency)
      : '',
    plannedCurrency: action.budgetPlanned?.currency ?? 'EUR',
    spentAmount: action.budgetSpent
      ? fromMinor(
          action.budgetSpent.amountMinor,
          action.budgetSpent.currency ?? action.budgetPlanned?.currency ?? 'EUR',
        )
      : '',
    spentCurrency: action.budgetSpent?.currency ?? '',
    fundingSource: action.fundingSource,
    outcomes: action.outcomes,
    residentBenefits: action.residentBenefits,
    indicators: action.indicators.map((indicator) => ({
      key: indicator.id,
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      target: indicator.target ?? '',
      achieved: indicator.achieved ?? '',
    })),
    followUpOn: action.followUpOn,
    themeIds: action.themes.map((theme) => theme.id),
    notes: action.notes,
  };
}

function minor(amount: number, currency: string): number {
  return currency.length === 3
    ? toMinor(amount, currency.toUpperCase())
    : Math.round(amount * 10 ** safeMinorDigits(currency));
}

/** What main receives; a date that is not one yet is sent as typed so the schema names it. */
export function toActionInput(values: ActionFormValues): Record<string, unknown> {
  const plannedCurrency = values.plannedCurrency.trim().toUpperCase();
  const spentCurrency = values.spentCurrency.trim().toUpperCase();
  return {
    agreementId: values.agreementId ?? '',
    title: values.title,
    kind: values.kind ?? undefined,
    status: values.status,
    startOn: values.startOn.trim() || null,
    endOn: values.endOn.trim() || null,
    place: values.place,
    leadDepartment: values.leadDepartment,
    partnerCounterpart: values.partnerCounterpart,
    participants: values.contactIds.map((contactId) => ({
      contactId,
      role: values.roles[contactId] ?? 'participant',
    })),
    budgetPlanned:
      values.plannedAmount === ''
        ? null
        : {
            amountMinor: minor(values.plannedAmount, plannedCurrency || 'EUR'),
            currency: plannedCurrency,
          },
    budgetSpent:
      values.spentAmount === ''
        ? null
        : {
            amountMinor: minor(values.spentAmount, spentCurrency || plannedCurrency || 'EUR'),
            currency: spentCurrency || null,
          },
    fundingSource: values.fundingSource,
    outcomes: values.outcomes,
    residentBenefits: values.residentBenefits,
    indicators: values.indicators.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      name: row.name,
      unit: row.unit,
      target: row.target === '' ? null : row.target,
      achieved: row.achieved === '' ? null : row.achieved,
    })),
    followUpOn: values.followUpOn,
    themeIds: values.themeIds,
    notes: values.notes,
  };
}

export type Checked = { ok: true; input: ParsedActionInput } | { ok: false; issues: FieldIssue[] };

/** The shared schema, then the shared rules: the same verdict main would give. */
export function validateAction(values: ActionFormValues): Checked {
  const raw = toActionInput(values);
  const parsed = actionInputSchema.safeParse(raw, { reportInput: true });
  const issues = parsed.success ? [] : fieldIssuesFromZod(parsed.error);
  if (!values.agreementId) {
    // No agreement chosen yet: "required", not the id format the schema checks.
    const at = issues.findIndex((issue) => issue.path === 'agreementId');
    const required = { path: 'agreementId', key: 'errors.required' };
    if (at >= 0) issues.splice(at, 1, required);
    else issues.unshift(required);
  }
  // Partial dates read well only once valid: the rules compare them.
  const start = typeof raw.startOn === 'string' && isPartialDate(raw.startOn) ? raw.startOn : null;
  const end = typeof raw.endOn === 'string' && isPartialDate(raw.endOn) ? raw.endOn : null;
  if (!issues.some((issue) => issue.path === 'startOn' || issue.path === 'endOn')) {
    issues.push(...checkActionDates(values.startOn.trim() ? start : null, end));
  }
  if (parsed.success) {
    issues.push(...checkBudget(parsed.data));
  }
  issues.push(...checkUniqueIds('themeIds', values.themeIds));
  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}
