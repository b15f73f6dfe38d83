import { z } from 'zod';
import { isCurrencyCode } from '../domain/money';
import { isFullDate } from '../domain/trackingRules';
import { optionalText, withoutControlCharacters } from './common';

/** A full calendar day, `YYYY-MM-DD` (a follow-up date). */
export const fullDateSchema = z
  .string()
  .trim()
  .refine(isFullDate, { params: { key: 'errors.fullDate' } });

/** An ISO 4217 code; lower case is accepted and upper-cased. */
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, { params: { key: 'errors.currency' } });

/** An amount in minor units (cents). Its sign is a domain rule (`checkBudget`), not a shape. */
export const amountMinorSchema = z
  .number()
  .int()
  .min(Number.MIN_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER);

/** A planned budget: amount and currency. */
export const moneySchema = z.strictObject({
  amountMinor: amountMinorSchema,
  currency: currencySchema,
});

/** A spent amount: its currency defaults to the planned one. */
export const spentSchema = z.strictObject({
  amountMinor: amountMinorSchema,
  currency: currencySchema.nullable().default(null),
});

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]{2,}$/;

/** An e-mail address, or nothing. */
export const emailSchema = optionalText(254).refine((v) => v === '' || EMAIL.test(v), {
  params: { key: 'errors.email' },
});

/** A telephone number as people write it (+33 1 42 76 40 40), or nothing. */
export const phoneSchema = optionalText(40).refine(
  (v) => v === '' || /^\+?[0-9()./\- ]{3,40}$/.test(v),
  {
    params: { key: 'errors.phone' },
  },
);

/** True when `text` is an http(s) address with a host that has a dot (or localhost). */
function isWebsite(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      (url.hostname.includes('.') || url.hostname === 'localhost')
    );
  } catch {
    return false;
  }
}

/** A web address; "www.montreal.ca" is read as https://www.montreal.ca. Empty stays empty. */
export const websiteSchema = optionalText(300)
  .transform((v) => (v === '' || /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`))
  .refine((v) => v === '' || isWebsite(v), { params: { key: 'errors.website' } });

/** A language as people name it ("French", "pt-BR"). */
export const languageSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine(withoutControlCharacters, { params: { key: 'errors.controlCharacters' } });
