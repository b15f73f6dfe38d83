import { checkContactCity } from '../../../../shared/domain/trackingRules';
import { fieldIssuesFromZod } from '../../../../shared/ipc/issues';
import type { FieldIssue } from '../../../../shared/ipc/result';
import {
  contactInputSchema,
  type Contact,
  type ContactInput,
} from '../../../../shared/schemas/contacts';
import type { Side } from '../../../../shared/schemas/versions';

export interface ContactFormValues {
  name: string;
  role: string;
  organisation: string;
  side: Side;
  cityId: string | null;
  email: string;
  phone: string;
  language: string;
  notes: string;
}

/** The form's fields, named as the contract names them. */
export const CONTACT_FIELDS = [
  'name',
  'role',
  'organisation',
  'side',
  'cityId',
  'email',
  'phone',
  'language',
  'notes',
] as const;

export function emptyContactValues(): ContactFormValues {
  return {
    name: '',
    role: '',
    organisation: '',
    side: 'partner',
    cityId: null,
    email: '',
    phone: '',
    language: '',
    notes: '',
  };
}

export function contactValuesOf(contact: Contact): ContactFormValues {
  return {
    name: contact.name,
    role: contact.role,
    organisation: contact.organisation,
    side: contact.side,
    cityId: contact.cityId,
    email: contact.email,
    phone: contact.phone,
    language: contact.language,
    notes: contact.notes,
  };
}

/** Checks a contact the way main will: the shared schema, then the side/city rule. */
export function validateContact(
  values: ContactFormValues,
): { ok: true; input: ContactInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = contactInputSchema.safeParse(values);
  const issues = parsed.success ? [] : fieldIssuesFromZod(parsed.error);
  issues.push(...checkContactCity(values.side, values.cityId));
  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}
