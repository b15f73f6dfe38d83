import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from '../../../shared/domain/countries';

describe('country codes', () => {
  it('lists the 249 ISO 3166-1 alpha-2 codes, unique, upper case, in order', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
    expect([...COUNTRY_CODES]).toEqual([...COUNTRY_CODES].sort());
  });

  it('knows the assigned codes and nothing else', () => {
    for (const code of ['FR', 'IT', 'US', 'BR', 'YE', 'GE', 'CA', 'SS'])
      expect(isCountryCode(code), code).toBe(true);
    for (const code of ['XX', 'fr', 'EU', 'UK', 'FRA', '', ' FR', 'ZZ', 'XK'])
      expect(isCountryCode(code), code).toBe(false);
  });
});
