import { z } from 'zod';
import {
  idSchema,
  optionalText,
  pageSchema,
  requiredText,
  type Page,
  type RecordStamp,
} from './common';
import { emailSchema, phoneSchema } from './fields';
import { SIDES, type Side } from './versions';

const contactFields = {
  name: requiredText(120),
  role: optionalText(120),
  organisation: optionalText(200),
  /** A person of a partner administration, or of our own departments. */
  side: z.enum(SIDES),
  /** The partner city a partner contact works for; null for our own staff. */
  cityId: idSchema.nullable(),
  email: emailSchema,
  phone: phoneSchema,
  /** The language to write to them in, as people name it ("French", "pt-BR"). */
  language: optionalText(60),
  notes: optionalText(20_000),
};

/** What a user fills in for a contact. */
export const contactInputSchema = z.object({
  ...contactFields,
  role: contactFields.role.default(''),
  organisation: contactFields.organisation.default(''),
  side: contactFields.side.default('partner'),
  cityId: contactFields.cityId.default(null),
  email: contactFields.email.default(''),
  phone: contactFields.phone.default(''),
  language: contactFields.language.default(''),
  notes: contactFields.notes.default(''),
});
export type ContactInput = z.input<typeof contactInputSchema>;

export const contactUpdateSchema = z.object({
  id: idSchema,
  changes: z.strictObject(contactFields).partial(),
});
export type ContactUpdate = z.input<typeof contactUpdateSchema>;

/** The directory of people: a text (name, role, organisation, e-mail), a partner city, a side. */
export const contactListSchema = z
  .object({
    text: optionalText(200).optional(),
    cityId: idSchema.optional(),
    side: z.enum(SIDES).optional(),
    ...pageSchema,
  })
  .default({ limit: 200, offset: 0 });
export type ContactListFilter = z.input<typeof contactListSchema>;

/** A contact as stored, with the partner city it belongs to. */
export interface Contact extends RecordStamp {
  name: string;
  role: string;
  organisation: string;
  side: Side;
  cityId: string | null;
  cityName: string | null;
  email: string;
  phone: string;
  language: string;
  notes: string;
}

/** A contact as attached to another record. */
export interface ContactRef {
  id: string;
  name: string;
  role: string;
  organisation: string;
  side: Side;
}

/** A contact with what they are linked to. */
export interface ContactDetail extends Contact {
  agreements: { id: string; cityName: string; title: string; signedOn: string }[];
  actions: {
    id: string;
    title: string;
    role: string;
    startOn: string | null;
    agreementId: string;
  }[];
}

export type ContactPage = Page<Contact>;
