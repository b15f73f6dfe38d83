import { minorDigits } from '../../../../shared/domain/money';

export { formatMoney } from '../../../../shared/format/intl';

/** The decimal separator of a language ("." in English, "," in French). */
export function decimalSeparator(language: string): string {
  return (
    new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ??
    '.'
  );
}

/** The thousands separator of a language. */
export function groupSeparator(language: string): string {
  return (
    new Intl.NumberFormat(language).formatToParts(10000).find((p) => p.type === 'group')?.value ??
    ','
  );
}

/** How many decimals an amount in this currency takes; 2 when the code is not (yet) valid. */
export function safeMinorDigits(currency: string): number {
  try {
    return minorDigits(currency);
  } catch {
    return 2;
  }
}
