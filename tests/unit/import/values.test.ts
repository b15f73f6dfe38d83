import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatPartialDate } from '../../../shared/format/intl';
import { dateToExcelSerial, excelSerialToDate } from '../../../shared/import/excelDate';
import { parseAmountCell } from '../../../shared/import/values/amounts';
import {
  parseAgreementKindCell,
  parseBooleanCell,
  parseChoiceCell,
} from '../../../shared/import/values/choices';
import { parseCountryCell } from '../../../shared/import/values/countries';
import { parseDateCell } from '../../../shared/import/values/dates';
import { FRENCH_VALUES, type ValueOptions } from '../../../shared/import/values/options';
import { indexThemes, parseThemesCell } from '../../../shared/import/values/themes';

const fr = FRENCH_VALUES;
const en: ValueOptions = { locale: 'en', dateOrder: 'mdy', currency: 'EUR', date1904: false };
const value = <T>(result: { ok: true; value: T } | { ok: false }) =>
  result.ok ? result.value : 'problem';

describe('dates the French and English way', () => {
  it.each([
    ['30/01/1956', '1956-01-30'],
    ['3/1/1956', '1956-01-03'],
    ['30.01.1956', '1956-01-30'],
    ['04/2006', '2006-04'],
    ['2005', '2005'],
    ['janvier 1956', '1956-01'],
    ['Janvier 1956', '1956-01'],
    ['février 2004', '2004-02'],
    ['1er mai 2006', '2006-05-01'],
    ['30 janv. 1956', '1956-01-30'],
    ['Jan 1956', '1956-01'],
    ['sept. 2006', '2006-09'],
    ['May 30, 1956', '1956-05-30'],
    ['1956-01-30', '1956-01-30'],
    ['1956-01', '1956-01'],
    ['  30/01/1956\u00a0', '1956-01-30'],
  ])('%s → %s', (text, expected) => {
    expect(parseDateCell(text, fr)).toEqual({ ok: true, value: expected });
  });

  it('reads 03/04/2006 as 3 April in a French file and March 4 in an American one', () => {
    expect(value(parseDateCell('03/04/2006', fr))).toBe('2006-04-03');
    expect(value(parseDateCell('03/04/2006', en))).toBe('2006-03-04');
  });

  it('answers a problem, never a throw, for days that do not exist and text that is no date', () => {
    expect(parseDateCell('31/02/2004', fr)).toEqual({
      ok: false,
      key: 'dateNotExist',
      params: { value: '31/02/2004' },
    });
    expect(parseDateCell('29/02/2023', fr)).toMatchObject({ ok: false, key: 'dateNotExist' });
    expect(value(parseDateCell('29/02/2024', fr))).toBe('2024-02-29');
    expect(parseDateCell('13/2006', fr)).toMatchObject({ ok: false, key: 'dateInvalid' });
    expect(parseDateCell('abc', fr)).toMatchObject({ ok: false, key: 'dateInvalid' });
    expect(parseDateCell('30/01/56', fr)).toMatchObject({ ok: false, key: 'dateTwoDigitYear' });
    expect(parseDateCell(true, fr)).toMatchObject({ ok: false, key: 'dateInvalid' });
  });

  it('reads empty cells as no date', () => {
    expect(parseDateCell(null, fr)).toEqual({ ok: true, value: null });
    expect(parseDateCell('   ', fr)).toEqual({ ok: true, value: null });
  });

  it('reads XLSX numbers: a year as a year, anything else as a serial in the workbook’s system', () => {
    expect(value(parseDateCell(1956, fr))).toBe('1956');
    expect(value(parseDateCell(20484, fr))).toBe('1956-01-30');
    expect(value(parseDateCell(20484 - 1462, { ...fr, date1904: true }))).toBe('1956-01-30');
    expect(value(parseDateCell({ date: '1956-01-30' }, fr))).toBe('1956-01-30');
  });
});

describe('Excel serial numbers', () => {
  it('follows the 1900 system with the Lotus leap-year bug', () => {
    expect(excelSerialToDate(1, false)).toBe('1900-01-01');
    expect(excelSerialToDate(59, false)).toBe('1900-02-28');
    expect(excelSerialToDate(60, false)).toBeNull(); // 29 February 1900 never was
    expect(excelSerialToDate(61, false)).toBe('1900-03-01');
    expect(excelSerialToDate(25569, false)).toBe('1970-01-01');
    expect(excelSerialToDate(45292.75, false)).toBe('2024-01-01'); // the time of day is dropped
  });

  it('follows the 1904 system, day 0 being 1 January 1904', () => {
    expect(excelSerialToDate(0, true)).toBe('1904-01-01');
    expect(excelSerialToDate(1, true)).toBe('1904-01-02');
    expect(excelSerialToDate(25569 - 1462, true)).toBe('1970-01-01');
  });

  it('turns a day into a serial and back, in both systems', () => {
    const day = fc
      .date({
        min: new Date('1900-03-01T00:00:00Z'),
        max: new Date('2999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.boolean(), (iso, date1904) => {
        if (date1904 && iso < '1904-01-01') return;
        expect(excelSerialToDate(dateToExcelSerial(iso, date1904), date1904)).toBe(iso);
      }),
    );
  });

  it('refuses what is no day', () => {
    expect(excelSerialToDate(-1, false)).toBeNull();
    expect(excelSerialToDate(Number.NaN, false)).toBeNull();
    expect(excelSerialToDate(1e9, false)).toBeNull();
  });
});

describe('amounts the French and English way', () => {
  it.each([
    ['12 500,00', 1_250_000, 'EUR'],
    ['12\u202f500,00', 1_250_000, 'EUR'],
    ['€ 4 200', 420_000, 'EUR'],
    ['4 200 €', 420_000, 'EUR'],
    ['4200 EUR', 420_000, 'EUR'],
    ['1,234.56', 123_456, 'EUR'],
    ['-1 234,50', -123_450, 'EUR'],
    ['(300)', -30_000, 'EUR'],
    ['1,00 $US', 100, 'USD'],
    ['£2,000.50', 200_050, 'GBP'],
    ["CHF 1'234.50", 123_450, 'CHF'],
    ['JPY 12000', 12_000, 'JPY'],
    ['12,5', 1_250, 'EUR'],
  ])('%s → %i %s', (text, amountMinor, currency) => {
    expect(parseAmountCell(text, fr)).toEqual({ ok: true, value: { amountMinor, currency } });
  });

  it('reads "1,234" by the file’s language: a French decimal (too many for euros), an English thousand', () => {
    expect(parseAmountCell('1,234', fr)).toMatchObject({ ok: false, key: 'amountDecimals' });
    expect(parseAmountCell('4.500', fr)).toMatchObject({ ok: false, key: 'amountAmbiguous' });
    expect(parseAmountCell('12,345', { ...fr, currency: 'TND' })).toMatchObject({
      ok: true,
      value: { amountMinor: 12_345, currency: 'TND' },
    });
    expect(parseAmountCell('$1,500', en)).toEqual({
      ok: true,
      value: { amountMinor: 150_000, currency: 'USD' },
    });
    expect(parseAmountCell('1,234', en)).toEqual({
      ok: true,
      value: { amountMinor: 123_400, currency: 'EUR' },
    });
  });

  it('reads XLSX numbers in the default currency, exactly', () => {
    expect(parseAmountCell(4200.1, fr)).toEqual({
      ok: true,
      value: { amountMinor: 420_010, currency: 'EUR' },
    });
    expect(parseAmountCell(0.1 + 0.2, fr)).toMatchObject({ ok: false, key: 'amountDecimals' });
  });

  it('answers a problem for what is no amount', () => {
    expect(parseAmountCell('abc', fr)).toMatchObject({ ok: false, key: 'amountInvalid' });
    expect(parseAmountCell('12 XYZ', fr)).toMatchObject({ ok: false, key: 'currencyUnknown' });
    expect(parseAmountCell('1.2.3,4,5', fr)).toMatchObject({ ok: false, key: 'amountInvalid' });
    expect(parseAmountCell('12,,5', fr)).toMatchObject({ ok: false, key: 'amountInvalid' });
    expect(parseAmountCell('9'.repeat(30), fr)).toMatchObject({ ok: false, key: 'amountInvalid' });
    expect(parseAmountCell(null, fr)).toEqual({ ok: true, value: null });
  });
});

describe('round trip: what the app writes in either language reads back as the same value', () => {
  const partialDate = fc.oneof(
    fc.integer({ min: 1000, max: 2999 }).map(String),
    fc
      .record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
    fc
      .date({
        min: new Date('1000-01-01T00:00:00Z'),
        max: new Date('2999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
  );

  it('dates, long and short, French and English', () => {
    fc.assert(
      fc.property(
        partialDate,
        fc.constantFrom('fr', 'en'),
        fc.constantFrom('long', 'short'),
        (date, language, style) => {
          const text = formatPartialDate(date, language, style as 'long' | 'short');
          const options = language === 'fr' ? fr : en;
          expect(parseDateCell(text, options)).toEqual({ ok: true, value: date });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('amounts with their currency, French and English', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom('EUR', 'USD', 'GBP', 'JPY', 'CHF'),
        fc.constantFrom('fr', 'en'),
        (amountMinor, currency, language) => {
          const text = formatMoney({ amountMinor, currency }, language);
          const options = language === 'fr' ? fr : en;
          expect(parseAmountCell(text, { ...options, currency })).toEqual({
            ok: true,
            value: { amountMinor, currency },
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseDateCell(text, fr)).not.toThrow();
        expect(() => parseAmountCell(text, en)).not.toThrow();
        expect(() => parseAgreementKindCell(text)).not.toThrow();
      }),
    );
  });
});

describe('statuses, kinds, yes/no and countries in either language', () => {
  it.each([
    ['Jumelage', 'twinning', false],
    ['Jumelage exclusif', 'twinning', true],
    ['JUMELAGE  EXCLUSIF', 'twinning', true],
    ['Twinning', 'twinning', false],
    ["Pacte d'amitié", 'friendship_cooperation', false],
    ['Pacte d’amitié', 'friendship_cooperation', false],
    ["Accord d'amitié et de coopération", 'friendship_cooperation', false],
    ['Amitié et coopération', 'friendship_cooperation', false],
    ["Protocole d'accord", 'memorandum', false],
    ['Memorandum of understanding', 'memorandum', false],
    ['MoU', 'memorandum', false],
  ])('kind %s', (text, kind, exclusive) => {
    expect(parseAgreementKindCell(text)).toEqual({ ok: true, value: { kind, exclusive } });
  });

  it.each([
    ['Actif', 'active'],
    ['active', 'active'],
    ['En sommeil', 'dormant'],
    ['EN SOMMEIL', 'dormant'],
    ['Dormant', 'dormant'],
    ['Terminé', 'ended'],
    ['terminee', 'ended'],
    ['Ended', 'ended'],
  ])('agreement status %s', (text, status) => {
    expect(parseChoiceCell('agreementStatus', text)).toEqual({ ok: true, value: status });
  });

  it('action kinds and statuses from the app’s labels', () => {
    expect(value(parseChoiceCell('actionKind', 'Visite de délégation'))).toBe('delegation_visit');
    expect(value(parseChoiceCell('actionKind', 'Study visit'))).toBe('study_visit');
    expect(value(parseChoiceCell('actionStatus', 'Annulée'))).toBe('cancelled');
    expect(value(parseChoiceCell('actionStatus', 'Done'))).toBe('done');
  });

  it('names the unknown value in its problem', () => {
    expect(parseChoiceCell('agreementStatus', 'Peut-être')).toEqual({
      ok: false,
      key: 'choiceUnknown',
      params: { value: 'Peut-être' },
    });
    expect(parseAgreementKindCell('Contrat de vente')).toMatchObject({
      ok: false,
      key: 'choiceUnknown',
    });
  });

  it('yes and no', () => {
    expect(value(parseBooleanCell('Oui'))).toBe(true);
    expect(value(parseBooleanCell('non'))).toBe(false);
    expect(value(parseBooleanCell('X'))).toBe(true);
    expect(value(parseBooleanCell(true))).toBe(true);
    expect(parseBooleanCell('peut-être')).toMatchObject({ ok: false, key: 'booleanInvalid' });
  });

  it('countries by code or by name in English or French', () => {
    expect(value(parseCountryCell('Danemark'))).toBe('DK');
    expect(value(parseCountryCell('Denmark'))).toBe('DK');
    expect(value(parseCountryCell('dk'))).toBe('DK');
    expect(value(parseCountryCell('États-Unis'))).toBe('US');
    expect(value(parseCountryCell('Royaume-Uni'))).toBe('GB');
    expect(value(parseCountryCell('Géorgie'))).toBe('GE');
    expect(parseCountryCell('Atlantide')).toMatchObject({ ok: false, key: 'countryUnknown' });
  });
});

describe('themes by label, several per cell', () => {
  const themes = indexThemes([
    { id: 'a', code: 'heritage', labelEn: 'Heritage', labelFr: 'Patrimoine' },
    { id: 'b', code: 'culture', labelEn: 'Culture', labelFr: 'Culture' },
    { id: 'c', code: 'housing', labelEn: 'Housing, social', labelFr: 'Logement social' },
  ]);

  it('reads labels in either language, separated by ; , | or new lines', () => {
    expect(parseThemesCell('Patrimoine; Culture', themes)).toEqual({ ok: true, value: ['a', 'b'] });
    expect(parseThemesCell('heritage, culture', themes)).toEqual({ ok: true, value: ['a', 'b'] });
    expect(parseThemesCell('Logement social\nPatrimoine', themes)).toEqual({
      ok: true,
      value: ['c', 'a'],
    });
    expect(parseThemesCell('Housing, social | Culture; culture', themes)).toEqual({
      ok: true,
      value: ['c', 'b'],
    });
    expect(parseThemesCell(null, themes)).toEqual({ ok: true, value: [] });
  });

  it('names every unknown label', () => {
    expect(parseThemesCell('Patrimoine; Vélo, Sport', themes)).toEqual({
      ok: false,
      key: 'themeUnknown',
      params: { value: 'Vélo, Sport' },
    });
  });
});
