import { z } from 'zod';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../domain/enums';
import type { AgreementKind, AgreementStatus } from '../domain/enums';
import {
  countrySchema,
  idSchema,
  optionalText,
  pageSchema,
  partialDateSchema,
  sortDirectionSchema,
  type Page,
  type RecordStamp,
} from './common';
import type { ActionSummary, ThemeRef } from './actions';
import type { ContactRef } from './contacts';
import type { AgreementVersion } from './versions';

const agreementFields = {
  cityId: idSchema,
  kind: z.enum(AGREEMENT_KINDS),
  exclusive: z.boolean(),
  signedOn: partialDateSchema,
  status: z.enum(AGREEMENT_STATUSES),
  endedOn: partialDateSchema.nullable(),
  endReason: optionalText(2_000),
  title: optionalText(200),
  notes: optionalText(20_000),
  /** The themes of cooperation the agreement covers. */
  themeIds: z.array(idSchema).max(50),
  /** The people who follow the agreement, on either side. */
  contactIds: z.array(idSchema).max(200),
};

/** What a user fills in for an agreement. */
export const agreementInputSchema = z.object({
  ...agreementFields,
  exclusive: agreementFields.exclusive.default(false),
  status: agreementFields.status.default('active'),
  endedOn: agreementFields.endedOn.default(null),
  endReason: agreementFields.endReason.default(''),
  title: agreementFields.title.default(''),
  notes: agreementFields.notes.default(''),
  themeIds: agreementFields.themeIds.default([]),
  contactIds: agreementFields.contactIds.default([]),
});
export type AgreementInput = z.input<typeof agreementInputSchema>;

export const agreementUpdateSchema = z.object({
  id: idSchema,
  // Built from the fields without defaults: a field left out of an update stays as it is.
  changes: z.object(agreementFields).partial(),
});
export type AgreementUpdate = z.input<typeof agreementUpdateSchema>;

export const AGREEMENT_SORT_FIELDS = ['signedOn', 'city', 'country', 'kind', 'status'] as const;
export type AgreementSortField = (typeof AGREEMENT_SORT_FIELDS)[number];

/** The register's search box, filters, sort order and window. */
export const agreementListSchema = z
  .object({
    text: optionalText(200).optional(),
    country: countrySchema.optional(),
    decade: z.number().int().min(1000).max(9990).multipleOf(10).optional(),
    kind: z.enum(AGREEMENT_KINDS).optional(),
    status: z.enum(AGREEMENT_STATUSES).optional(),
    cityId: idSchema.optional(),
    sort: z.enum(AGREEMENT_SORT_FIELDS).default('signedOn'),
    direction: sortDirectionSchema.default('desc'),
    /** The reader's language, so countries sort by the names the reader sees. */
    lang: z.enum(['en', 'fr']).default('en'),
    ...pageSchema,
  })
  .strict()
  .default({ sort: 'signedOn', direction: 'desc', lang: 'en', limit: 200, offset: 0 });
export type AgreementListFilter = z.input<typeof agreementListSchema>;

/** An agreement with its partner city, as the register lists it. */
export interface AgreementRow extends RecordStamp {
  cityId: string;
  cityName: string;
  country: string;
  kind: AgreementKind;
  exclusive: boolean;
  signedOn: string;
  status: AgreementStatus;
  endedOn: string | null;
  endReason: string;
  title: string;
  notes: string;
  actionCount: number;
}

/** One agreement with what happened under it. */
export interface AgreementDetail extends AgreementRow {
  actions: ActionSummary[];
  themes: ThemeRef[];
  contacts: ContactRef[];
  /** The original signature, renewals, amendments and new pacts, oldest first. */
  versions: AgreementVersion[];
}

export type AgreementPage = Page<AgreementRow>;

/** What the register's filters can offer: the countries and decades present. */
export interface AgreementFacets {
  countries: string[];
  decades: number[];
  total: number;
}
