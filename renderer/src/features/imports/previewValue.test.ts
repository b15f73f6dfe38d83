import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../../shared/i18n';
import { formatPartialDate } from '../../../../shared/format/intl';
import { previewValue } from './previewValue';

const fr = {
  language: 'fr',
  partialDate: (date: string) => formatPartialDate(date, 'fr'),
  country: (code: string) => new Intl.DisplayNames('fr', { type: 'region' }).of(code) ?? code,
};

describe('a preview value in the reader’s language', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'fr', resources, interpolation: { escapeValue: false } });
  });
  const shown = (field: string, value: string) => previewValue(i18next.t, fr, field, value);

  it('shows stored codes and ISO dates as the French screens do', () => {
    expect(shown('signedOn', '1998-05-15')).toBe('15/05/1998');
    expect(shown('country', 'DK')).toBe('Danemark');
    expect(shown('kind', 'friendship_cooperation')).toBe('Amitié et coopération');
    expect(shown('status', 'dormant')).toBe('En sommeil');
    expect(shown('exclusive', 'true')).toBe('Oui');
    expect(shown('budgetPlanned', '4200.00 EUR')).toBe('4\u202f200,00\u00a0€');
  });

  it('leaves text, unknown fields and unexpected shapes as they are', () => {
    expect(shown('cityName', 'Québec')).toBe('Québec');
    expect(shown('notes', '2004-02-28')).toBe('2004-02-28');
    expect(shown('nope', 'DK')).toBe('DK');
    expect(shown('signedOn', 'bientôt')).toBe('bientôt');
    expect(shown('kind', 'unheard_of')).toBe('unheard_of');
  });
});
