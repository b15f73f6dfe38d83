import type { z } from 'zod';
import { actionInputSchema } from '../schemas/actions';
import { agreementInputSchema } from '../schemas/agreements';
import { cityInputSchema } from '../schemas/cities';
import { contactInputSchema } from '../schemas/contacts';
import type { FieldKey } from './fields';
import type { ImportTarget } from './types';

/**
 * The records a row becomes, in the app's own input shapes. Ids the file cannot know (the
 * partner city's, the agreement's) are left out: the import finds or creates those records
 * by name when it commits, from the references kept beside each record.
 */
export const recordSchemas = {
  city: cityInputSchema,
  agreement: agreementInputSchema.omit({ cityId: true, contactIds: true }),
  action: actionInputSchema.omit({ agreementId: true }),
  contact: contactInputSchema.omit({ cityId: true }),
};

/** How a row names the partner city it belongs to. */
export interface CityRef {
  name: string;
  country: string;
}

/** How a row names an agreement of its partner city: the kind and the signature year, if given. */
export interface AgreementKey {
  signedOn: string | null;
  kind: string | null;
}

/** How an action's row names its agreement: partner city, and the kind and year if given. */
export interface AgreementRef extends CityRef, AgreementKey {}

/** The records of one row, by target. */
export type TargetRecord = {
  register: {
    city: z.output<typeof cityInputSchema>;
    agreement: z.output<typeof recordSchemas.agreement>;
    /** The row's contact, when it names one: linked to the row's city and agreement. */
    contact?: z.output<typeof recordSchemas.contact>;
  };
  city: { city: z.output<typeof cityInputSchema> };
  agreement: { city: CityRef; agreement: z.output<typeof recordSchemas.agreement> };
  action: { agreement: AgreementRef; action: z.output<typeof recordSchemas.action> };
  contact: {
    city: CityRef | null;
    /** The agreement of `city` the contact follows, when the row names one. */
    agreement: AgreementKey | null;
    contact: z.output<typeof recordSchemas.contact>;
  };
}[ImportTarget];

/** A part of a row's records: which schema checks it and which field fills each property. */
export interface RecordPart {
  name: string;
  schema: z.ZodType;
  /** Property → the field whose column fills it (for placing a problem at its column). */
  fields: Record<string, FieldKey>;
  value: Record<string, unknown>;
  /** Left out (not checked, not stored) when the row fills none of its fields. */
  optional?: boolean;
}

type Values = Partial<Record<FieldKey, unknown>>;

const text = (values: Values, field: FieldKey): string =>
  (values[field] as string | undefined) ?? '';
const orNull = (values: Values, field: FieldKey): unknown => values[field] ?? null;
const orUndefined = (values: Values, field: FieldKey): unknown => values[field] ?? undefined;

/** Drops the properties left undefined, so the schemas' defaults apply to them. */
function defined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

function cityPart(values: Values, notes: string): RecordPart {
  return {
    name: 'city',
    schema: cityInputSchema,
    fields: {
      name: 'cityName',
      country: 'country',
      region: 'region',
      latitude: 'latitude',
      longitude: 'longitude',
      website: 'website',
      languages: 'languages',
      notes: 'notes',
    },
    value: defined({
      name: text(values, 'cityName'),
      country: text(values, 'country'),
      region: orUndefined(values, 'region'),
      latitude: orUndefined(values, 'latitude'),
      longitude: orUndefined(values, 'longitude'),
      website: orUndefined(values, 'website'),
      languages: orUndefined(values, 'languages'),
      notes: notes || undefined,
    }),
  };
}

function agreementPart(values: Values, notes: string): RecordPart {
  const kind = values.kind as { kind: string; exclusive: boolean } | null | undefined;
  const exclusive = (values.exclusive as boolean | null | undefined) ?? kind?.exclusive;
  return {
    name: 'agreement',
    schema: recordSchemas.agreement,
    fields: {
      kind: 'kind',
      exclusive: 'exclusive',
      signedOn: 'signedOn',
      status: 'status',
      endedOn: 'endedOn',
      endReason: 'endReason',
      title: 'title',
      themeIds: 'themes',
      notes: 'notes',
    },
    value: defined({
      kind: kind?.kind,
      exclusive,
      signedOn: orUndefined(values, 'signedOn'),
      status: orUndefined(values, 'status'),
      endedOn: orUndefined(values, 'endedOn'),
      endReason: orUndefined(values, 'endReason'),
      title: orUndefined(values, 'title'),
      themeIds: orUndefined(values, 'themes'),
      notes: notes || undefined,
    }),
  };
}

function actionPart(values: Values, notes: string): RecordPart {
  const spent = values.budgetSpent as { amountMinor: number; currency: string } | null | undefined;
  return {
    name: 'action',
    schema: recordSchemas.action,
    fields: {
      title: 'title',
      kind: 'actionKind',
      status: 'actionStatus',
      startOn: 'startOn',
      endOn: 'endOn',
      place: 'place',
      leadDepartment: 'leadDepartment',
      partnerCounterpart: 'partnerCounterpart',
      budgetPlanned: 'budgetPlanned',
      budgetSpent: 'budgetSpent',
      fundingSource: 'fundingSource',
      outcomes: 'outcomes',
      residentBenefits: 'residentBenefits',
      followUpOn: 'followUpOn',
      themeIds: 'themes',
      notes: 'notes',
    },
    value: defined({
      title: text(values, 'title'),
      kind: orUndefined(values, 'actionKind'),
      status: orUndefined(values, 'actionStatus'),
      startOn: orUndefined(values, 'startOn'),
      endOn: orUndefined(values, 'endOn'),
      place: orUndefined(values, 'place'),
      leadDepartment: orUndefined(values, 'leadDepartment'),
      partnerCounterpart: orUndefined(values, 'partnerCounterpart'),
      budgetPlanned: orUndefined(values, 'budgetPlanned'),
      budgetSpent: spent ? { amountMinor: spent.amountMinor, currency: spent.currency } : undefined,
      fundingSource: orUndefined(values, 'fundingSource'),
      outcomes: orUndefined(values, 'outcomes'),
      residentBenefits: orUndefined(values, 'residentBenefits'),
      followUpOn: orUndefined(values, 'followUpOn'),
      themeIds: orUndefined(values, 'themes'),
      notes: notes || undefined,
    }),
  };
}

/** Contact property → the field that fills it: on a contacts sheet, and on a register's row. */
const CONTACT_FIELDS: Record<'contact' | 'register', Record<string, FieldKey>> = {
  contact: {
    name: 'name',
    role: 'role',
    organisation: 'organisation',
    side: 'side',
    email: 'email',
    phone: 'phone',
    language: 'language',
    notes: 'notes',
  },
  register: { name: 'contactName', role: 'contactRole', email: 'contactEmail', phone: 'contactPhone' },
};

function contactPart(values: Values, notes: string, from: 'contact' | 'register'): RecordPart {
  const fields = CONTACT_FIELDS[from];
  const value: Record<string, unknown> = {};
  for (const [property, field] of Object.entries(fields))
    value[property] = property === 'name' ? text(values, field) : orUndefined(values, field);
  if (from === 'contact') value.notes = notes || undefined;
  return {
    name: 'contact',
    schema: recordSchemas.contact,
    fields,
    value: defined(value),
    ...(from === 'register' ? { optional: true } : {}),
  };
}

/** The agreement a contact's row names by its kind and signature year, or null when it names none. */
function agreementKey(values: Values): AgreementKey | null {
  const kind = (values.kind as { kind: string } | null | undefined)?.kind ?? null;
  const signedOn = (values.agreementSignedOn as string | null | undefined) ?? null;
  return kind === null && signedOn === null ? null : { kind, signedOn };
}

/** The partner city a row names, or null when it names none. */
function cityRef(values: Values): CityRef | null {
  const name = text(values, 'cityName').trim();
  return name === '' ? null : { name, country: text(values, 'country') };
}

/**
 * The parts a row of a target is made of, ready to be checked with their schemas. In a
 * register the notes go to the agreement (the row is an agreement); the city's stay empty.
 */
export function recordParts(
  target: ImportTarget,
  values: Values,
  notes: string,
): { parts: RecordPart[]; refs: Record<string, unknown> } {
  switch (target) {
    case 'register':
      return {
        parts: [cityPart(values, ''), agreementPart(values, notes), contactPart(values, '', 'register')],
        refs: {},
      };
    case 'city':
      return { parts: [cityPart(values, notes)], refs: {} };
    case 'agreement':
      return { parts: [agreementPart(values, notes)], refs: { city: cityRef(values) } };
    case 'action': {
      const kind = values.kind as { kind: string } | null | undefined;
      const agreement = {
        ...cityRef(values),
        signedOn: orNull(values, 'agreementSignedOn'),
        kind: kind?.kind ?? null,
      };
      return { parts: [actionPart(values, notes)], refs: { agreement } };
    }
    case 'contact':
      return {
        parts: [contactPart(values, notes, 'contact')],
        refs: { city: cityRef(values), agreement: agreementKey(values) },
      };
  }
}
