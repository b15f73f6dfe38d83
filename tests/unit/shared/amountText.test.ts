import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmountText, parseAmountText } from '../../../shared/domain/amountText';

describe('amounts typed the local way', () => {
  it.each([
    ['4 500,50', 450050],
    ['4\u00a0500,50', 450050],
    ['4\u202f500,50', 450050],
    ['4500,5', 450050],
    ['4 500', 450000],
    ['4500', 450000],
    [',5', 50],
    ['1 234 567,89', 123456789],
    ['1.234.567,89', 123456789],
    ['4 500,50 €', 450050],
    // A pasted English decimal: thousands never come in ones or twos, so it can only be decimals.
    ['4500.5', 450050],
    ['4500.50', 450050],
  ])('reads %j in French as %i cents', (text, minor) => {
    expect(parseAmountText(text, 'fr', 2)).toEqual({ minor });
  });

  it.each([
    ['4,500.50', 450050],
    ['4500.5', 450050],
    ['4,500', 450000],
    ['1,234,567.89', 123456789],
    ['4 500.50', 450050],
    ['$4,500.50', 450050],
    ['4500,5', 450050],
  ])('reads %j in English as %i cents', (text, minor) => {
    expect(parseAmountText(text, 'en', 2)).toEqual({ minor });
  });

  it('never multiplies silently: "4.500" in French could be 4 500 or 4,5 and is refused', () => {
    expect(parseAmountText('4.500', 'fr', 2)).toEqual({ error: 'ambiguous' });
    expect(parseAmountText('4500.5', 'fr', 2)).not.toEqual({ minor: 4500500 });
  });

  it('refuses more decimals than the currency has instead of rounding them away', () => {
    expect(parseAmountText('4 500,505', 'fr', 2)).toEqual({ error: 'tooManyDecimals' });
    expect(parseAmountText('4500,5', 'fr', 0)).toEqual({ error: 'tooManyDecimals' });
    expect(parseAmountText('4500,505', 'fr', 3)).toEqual({ minor: 4500505 });
  });

  it.each(['abc', '4,5,6', '12 34', '-5', '4.50.1', '1,23,456', '4 500,5 0', '.'])(
    'refuses %j',
    (text) => {
      expect(
        'error' in parseAmountText(text, 'fr', 2) && 'error' in parseAmountText(text, 'en', 2),
      ).toBe(true);
    },
  );

  it('reads an empty field as no amount', () => {
    expect(parseAmountText('  ', 'fr', 2)).toEqual({ minor: null });
  });

  it('writes amounts in the reader’s notation', () => {
    expect(formatAmountText(450050, 'fr', 2)).toBe('4\u202f500,50');
    expect(formatAmountText(450050, 'en', 2)).toBe('4,500.50');
    expect(formatAmountText(4500, 'en', 0)).toBe('4,500');
  });

  it('reads back what it writes, in both languages and for 0, 2 and 3 decimals (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('fr' as const, 'en' as const),
        fc.constantFrom(0, 2, 3),
        (minor, lang, digits) => {
          expect(parseAmountText(formatAmountText(minor, lang, digits), lang, digits)).toEqual({
            minor,
          });
        },
      ),
      { numRuns: 3000 },
    );
  });
});
