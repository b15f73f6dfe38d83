/**
 * Money is stored as an integer count of the currency's minor unit (cents for EUR, yen for
 * JPY) with its ISO 4217 code, so sums never drift the way floating-point euros do.
 */
export interface Money {
  amountMinor: number;
  currency: string;
}

const CODE = /^[A-Z]{3}$/;
let known: ReadonlySet<string> | null = null;

/** True when `code` is an ISO 4217 currency code the platform knows (upper case). */
export function isCurrencyCode(code: string): boolean {
  if (!CODE.test(code)) return false;
  known ??= new Set(
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [],
  );
  // Without the list (old engines), the shape is all that can be checked.
  return known.size === 0 || known.has(code);
}

/** How many decimals the currency's minor unit has: 2 for EUR, 0 for JPY, 3 for TND. */
export function minorDigits(currency: string): number {
  // Remembered per code: building an Intl.NumberFormat costs more than a long table's row.
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}
const digitsByCurrency = new Map<string, number>();

/** An amount typed in major units (12.5 EUR) as minor units (1250). */
export function toMinor(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorDigits(currency));
}

/** Minor units back to major units, for display (1250 EUR → 12.5). */
export function fromMinor(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorDigits(currency);
}
