import type { AgreementKind, AgreementStatus } from '../../../../shared/domain/enums';
import { isPartialDate } from '../../../../shared/domain/partialDate';
import { checkAgreementDates, checkExclusive } from '../../../../shared/domain/rules';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import type { FieldIssue } from '../../../../shared/ipc/result';
import {
  agreementInputSchema,
  type AgreementInput,
  type AgreementRow,
} from '../../../../shared/schemas/agreements';
import type { ThemeRef } from '../../../../shared/schemas/actions';
import type { ContactRef } from '../../../../shared/schemas/contacts';
import { dateFromParts, datePartsOf, EMPTY_DATE, type DateParts } from '../../lib/dateParts';

/** What the form is open for: a new agreement, or changes to one. */
export type AgreementFormTarget = { mode: 'create' } | { mode: 'edit'; agreement: AgreementRow };

/** What the agreement form holds while the user types. */
export interface AgreementFormValues {
  cityId: string | null;
  kind: AgreementKind;
  exclusive: boolean;
  signedOn: DateParts;
  status: AgreementStatus;
  endedOn: DateParts;
  endReason: string;
  title: string;
  notes: string;
  /** Null when the record at hand did not come with its links (a register row). */
  themeIds: string[] | null;
  contactIds: string[] | null;
}

/** The form's fields, named as the contract names them, so main's issues find their field. */
export const AGREEMENT_FIELDS = [
  'cityId',
  'kind',
  'exclusive',
  'signedOn',
  'status',
  'endedOn',
  'endReason',
  'title',
  'notes',
  'themeIds',
  'contactIds',
] as const;

/** The fields to send: links left out when the form did not know them, so they stay as they are. */
export function fieldsToSend(values: AgreementFormValues) {
  return AGREEMENT_FIELDS.filter(
    (field) =>
      !(field === 'themeIds' && values.themeIds === null) &&
      !(field === 'contactIds' && values.contactIds === null),
  );
}

export function emptyAgreementValues(): AgreementFormValues {
  return {
    cityId: null,
    kind: 'friendship_cooperation',
    exclusive: false,
    signedOn: EMPTY_DATE,
    status: 'active',
    endedOn: EMPTY_DATE,
    endReason: '',
    title: '',
    notes: '',
    themeIds: [],
    contactIds: [],
  };
}

export function agreementValuesOf(
  row: AgreementRow & { themes?: ThemeRef[]; contacts?: ContactRef[] },
): AgreementFormValues {
  return {
    cityId: row.cityId,
    kind: row.kind,
    exclusive: row.exclusive,
    signedOn: datePartsOf(row.signedOn),
    status: row.status,
    endedOn: datePartsOf(row.endedOn),
    endReason: row.endReason,
    title: row.title,
    notes: row.notes,
    themeIds: row.themes ? row.themes.map((theme) => theme.id) : null,
    contactIds: row.contacts ? row.contacts.map((contact) => contact.id) : null,
  };
}

/**
 * Checks the form the way main will: the shared schema, then the rules across fields.
 * Returns the input to send, or the issues to show at the fields.
 */
export function validateAgreement(
  values: AgreementFormValues,
): { ok: true; input: AgreementInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  if (!values.cityId) issues.push({ path: 'cityId', key: 'errors.required' });
  const signed = dateFromParts(values.signedOn, 'signedOn');
  if (signed.issue) issues.push(signed.issue);
  else if (signed.date === null) issues.push({ path: 'signedOn', key: 'errors.required' });
  const ended = dateFromParts(values.endedOn, 'endedOn');
  if (ended.issue) issues.push(ended.issue);

  const parsed = agreementInputSchema.safeParse({
    cityId: values.cityId ?? '',
    kind: values.kind,
    exclusive: values.exclusive,
    signedOn: signed.date ?? '',
    status: values.status,
    endedOn: ended.date,
    endReason: values.endReason,
    title: values.title,
    notes: values.notes,
    themeIds: values.themeIds ?? [],
    contactIds: values.contactIds ?? [],
  });
  const known = new Set(issues.map((issue) => issue.path));
  if (!parsed.success) {
    issues.push(...fieldIssuesFromZod(parsed.error).filter((issue) => !known.has(issue.path)));
  }
  // The rules across fields run even when another field is wrong: the user sees every error at once.
  issues.push(...checkExclusive(values.kind, values.exclusive));
  if (signed.date && isPartialDate(signed.date) && (!ended.date || isPartialDate(ended.date))) {
    issues.push(...checkAgreementDates(signed.date, ended.date));
  }
  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}
