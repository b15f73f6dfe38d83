import { describe, expect, it } from 'vitest';
import { countryName, formatPartialDate, monthNames } from './format';

describe('formatPartialDate', () => {
  it('says only what is known, in the reader’s language', () => {
    expect(formatPartialDate('1956', 'en')).toBe('1956');
    expect(formatPartialDate('2006-04', 'en')).toBe('April 2006');
    expect(formatPartialDate('2006-04', 'fr')).toBe('avril 2006');
    expect(formatPartialDate('2006-04-12', 'fr')).toBe('12 avril 2006');
  });

  it('leaves text that is no partial date as it is', () => {
    expect(formatPartialDate('2023-02-30', 'en')).toBe('2023-02-30');
  });
});

describe('names', () => {
  it('names countries and months in the reader’s language', () => {
    expect(countryName('IT', 'fr')).toBe('Italie');
    expect(countryName('IT', 'en')).toBe('Italy');
    expect(monthNames('fr')[7]).toBe('Août');
  });
});
