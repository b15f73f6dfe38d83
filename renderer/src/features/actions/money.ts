import { fromMinor, minorDigits, type Money } from '../../../../shared/domain/money';

const formatters = new Map<string, Intl.NumberFormat>();

/** An amount with its currency in the reader's language ("€12,500.00" / "12 500,00 €"). */
export function formatMoney(money: Money, language: string): string {
  const key = `${language}:${money.currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, { style: 'currency', currency: money.currency });
    formatters.set(key, formatter);
  }
  return formatter.format(fromMinor(money.amountMinor, money.currency));
}

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
