import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../shared/domain/countries';
import { countryName } from '../../../electron/db/functions';
import { tempDatabase } from '../helpers/tempData';

describe('countryName', () => {
  it('names countries in the reader’s language', () => {
    expect(countryName('DZ', 'fr')).toBe('Algérie');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('IT', 'fr')).toBe('Italie');
    expect(countryName('IT', 'en')).toBe('Italy');
  });

  it('has a name for every country code in both languages', () => {
    for (const code of COUNTRY_CODES) {
      expect(countryName(code, 'en'), code).not.toBe(code);
      expect(countryName(code, 'fr'), code).not.toBe(code);
    }
  });
});

describe('SQL functions', () => {
  it('search_key folds case and accents; country_name gives the folded localized name', () => {
    const { db } = tempDatabase();
    const row = db
      .prepare(
        "SELECT search_key('São Paulo') AS a, search_key(NULL) AS b, search_key(42) AS c, country_name('DZ', 'fr') AS d, country_name('DZ', NULL) AS e, country_name(NULL, 'fr') AS f",
      )
      .get();
    expect(row).toEqual({ a: 'sao paulo', b: null, c: null, d: 'algerie', e: 'algeria', f: null });
  });
});
