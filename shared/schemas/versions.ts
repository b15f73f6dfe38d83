import { z } from 'zod';
import {
  idSchema,
  optionalText,
  partialDateSchema,
  requiredText,
  type RecordStamp,
} from './common';

/** How a version of an agreement came about. */
export const VERSION_KINDS = ['original', 'renewal', 'amendment', 'new_pact'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** Whose side a signatory signed for. */
export const SIDES = ['own', 'partner'] as const;
export type Side = (typeof SIDES)[number];

export const signatorySchema = z.strictObject({
  name: requiredText(120),
  role: optionalText(120).default(''),
  side: z.enum(SIDES).default('partner'),
});
export type Signatory = z.output<typeof signatorySchema>;

const versionFields = {
  kind: z.enum(VERSION_KINDS),
  /** When this version was signed: a year, a month or a day. */
  date: partialDateSchema,
  summary: optionalText(5_000),
  signatories: z.array(signatorySchema).max(20),
};

/** A new version of an agreement (Montreal: 2006-04 original, 2014-05 amendment, 2023-04 new pact). */
export const versionInputSchema = z.object({
  agreementId: idSchema,
  ...versionFields,
  summary: versionFields.summary.default(''),
  signatories: versionFields.signatories.default([]),
});
export type VersionInput = z.input<typeof versionInputSchema>;

export const versionUpdateSchema = z.object({
  id: idSchema,
  changes: z.strictObject(versionFields).partial(),
});
export type VersionUpdate = z.input<typeof versionUpdateSchema>;

export const versionListSchema = z.object({ agreementId: idSchema });

/** One version of an agreement, as stored. */
export interface AgreementVersion extends RecordStamp {
  agreementId: string;
  kind: VersionKind;
  date: string;
  summary: string;
  signatories: Signatory[];
}
