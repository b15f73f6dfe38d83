import type { TFunction } from 'i18next';
import { enumLabelKey, FIELDS, fieldType, type FieldKey } from '../../../../shared/import/fields';
import { parsePartialDate } from '../../../../shared/domain/partialDate';
import { isCurrencyCode } from '../../../../shared/domain/money';

/** What formatting a value needs from the interface: its language and country names. */
export interface ValueFormat {
  language: string;
  country: (code: string) => string;
}

/**
 * A stored date as digits in the reader's order ("15/05/1998", "05/1998", "1998" in French):
 * the way registers write them, so the preview reads like the file it came from.
 */
function numericDate(date: string, language: string): string | null {
  const parts = parsePartialDate(date);
  if (!parts) return null;
  if (parts.precision === 'year') return String(parts.year);
  const utc = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
  return new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    ...(parts.precision === 'day' ? { day: '2-digit' } : {}),
  }).format(utc);
}

/**
 * A value as main will store it ("1998-05-15", "DK", "twinning", "4200.00 EUR", "true"),
 * shown the way the rest of the app shows it in the reader's language ("15/05/1998",
 * "Danemark", "Jumelage", "4 200,00 €", "Oui"). Anything else is shown as it is.
 */
export function previewValue(
  t: TFunction,
  format: ValueFormat,
  field: string,
  value: string,
): string {
  if (value === '' || !(field in FIELDS)) return value;
  const type = fieldType(field as FieldKey);
  if (type === 'date' || type === 'fullDate') return numericDate(value, format.language) ?? value;
  if (type === 'country' && /^[A-Z]{2}$/.test(value)) return format.country(value);
  if (type === 'boolean' && (value === 'true' || value === 'false'))
    return t(`importScreen.preview.${value === 'true' ? 'yes' : 'no'}`);
  // Only a stored code is looked up: a cell as the file wrote it may hold dots or colons.
  const enumKey = enumLabelKey(field, value);
  if (enumKey) return t(enumKey, { defaultValue: value });
  if (type === 'amount') {
    const match = /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(value);
    if (match && isCurrencyCode(match[2]!))
      return new Intl.NumberFormat(format.language, {
        style: 'currency',
        currency: match[2],
      }).format(Number(match[1]));
  }
  return value;
}
