import { z } from 'zod';
import { idSchema, requiredText, type RecordStamp } from './common';
import type { ThemeRef } from './actions';

/** A theme of cooperation (cycling and soft transport, social housing, …). */
export interface Theme extends ThemeRef, RecordStamp {
  actionCount: number;
  agreementCount: number;
}

const themeFields = {
  labelEn: requiredText(120),
  labelFr: requiredText(120),
};

/** A new theme; its code is made from the English label unless given (lower case, a-z 0-9 _). */
export const themeInputSchema = z.object({
  code: z
    .string()
    .trim()
    .refine((v) => /^[a-z][a-z0-9_]{1,59}$/.test(v), { params: { key: 'errors.themeCode' } })
    .optional(),
  ...themeFields,
});
export type ThemeInput = z.input<typeof themeInputSchema>;

/** A theme's labels can change; its code, which the example and imports refer to, cannot. */
export const themeUpdateSchema = z.object({ id: idSchema, changes: z.strictObject(themeFields).partial() });
export type ThemeUpdate = z.input<typeof themeUpdateSchema>;
