import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../shared/import/mapping';
import { cityInputSchema } from '../../../shared/schemas/cities';
import { buildRows } from '../../../shared/import/rows';
import type { GridCell, ImportGrid } from '../../../shared/import/types';

const HERITAGE = '11111111-1111-4111-8111-111111111111';
const CULTURE = '22222222-2222-4222-8222-222222222222';
const THEMES = [
  { id: HERITAGE, code: 'heritage', labelEn: 'Heritage', labelFr: 'Patrimoine' },
  { id: CULTURE, code: 'culture', labelEn: 'Culture', labelFr: 'Culture' },
];

function gridOf(rows: GridCell[][], headerRow = 0): ImportGrid {
  return {
    format: 'csv',
    rows,
    headerRow,
    headers: rows[headerRow]!.map((c) => String(c ?? '')),
    date1904: false,
  };
}

/** A city with every field a file left empty, as the app's input schema fills it. */
const EMPTY_CITY = cityInputSchema.parse({ name: 'x', country: 'FR' });

const HEADERS = [
  'Ville partenaire',
  'Pays',
  'Date de signature',
  "Type d'accord",
  'Statut',
  'Thématiques',
  'Référent',
];

describe('register rows as they will be stored', () => {
  const grid = gridOf(
    [
      ['Registre 2024', null, null, null, null, null, null],
      HEADERS,
      [
        'Rome',
        'Italie',
        '30/01/1956',
        'Jumelage exclusif',
        'Actif',
        'Patrimoine; Culture',
        'M. Rossi',
      ],
      [null, null, null, null, null, null, null],
      ['Copenhague', 'Danemark', '31/02/2004', 'Pacte', 'Ouf', 'Vélo', ''],
      ['Montréal', 'Canada', '04/2006', "Accord d'amitié et de coopération", 'En sommeil', '', ''],
      ['', 'France', 'abc', 'Jumelage', '', '', ''],
    ],
    1,
  );
  const result = buildRows(grid, suggestMapping(HEADERS, 'register'), THEMES);

  it('builds the city and the agreement of a good row in the app’s input shapes', () => {
    expect(result.rows[0]).toEqual({
      row: 3,
      record: {
        city: { ...EMPTY_CITY, name: 'Rome', country: 'IT' },
        agreement: {
          kind: 'twinning',
          exclusive: true,
          signedOn: '1956-01-30',
          status: 'active',
          endedOn: null,
          endReason: '',
          title: '',
          notes: 'Référent: M. Rossi',
          themeIds: [HERITAGE, CULTURE],
        },
      },
    });
    expect(result.rows[2]!.record).toMatchObject({
      city: { name: 'Montréal', country: 'CA' },
      agreement: {
        kind: 'friendship_cooperation',
        exclusive: false,
        signedOn: '2006-04',
        status: 'dormant',
      },
    });
  });

  it('skips blank rows and lists every problem at its row and column, never throwing', () => {
    expect(result.rows.map((r) => r.row)).toEqual([3, 5, 6, 7]);
    expect(result.rows[1]!.record).toBeNull();
    expect(result.rows[3]!.record).toBeNull();
    expect(result.problems).toEqual([
      { row: 5, column: 2, key: 'import.problems.dateNotExist', params: { value: '31/02/2004' } },
      { row: 5, column: 3, key: 'import.problems.choiceUnknown', params: { value: 'Pacte' } },
      { row: 5, column: 4, key: 'import.problems.choiceUnknown', params: { value: 'Ouf' } },
      { row: 5, column: 5, key: 'import.problems.themeUnknown', params: { value: 'Vélo' } },
      { row: 7, column: 2, key: 'import.problems.dateInvalid', params: { value: 'abc' } },
      { row: 7, column: 0, key: 'import.problems.required' },
    ]);
    expect(result.missingFields).toEqual([]);
  });

  it('says which required fields no column fills, without a problem on every row', () => {
    const headers = ['Ville', 'Pays'];
    const partial = buildRows(
      gridOf([headers, ['Rome', 'Italie']]),
      suggestMapping(headers, 'register'),
    );
    expect(partial.missingFields).toEqual(['kind', 'signedOn']);
    expect(partial.problems).toEqual([]);
    expect(partial.rows[0]!.record).toBeNull();
  });

  it('drops ignored columns and reports a text too long for its field', () => {
    const headers = ['Ville', 'Pays', 'Secret'];
    const mapping = suggestMapping(headers, 'city');
    mapping.columns[2] = { header: 'Secret', use: 'ignore', confidence: 0 };
    const result = buildRows(
      gridOf([headers, ['Rome', 'Italie', 'x'], ['R'.repeat(121), 'Italie', 'y']]),
      mapping,
    );
    expect(result.rows[0]!.record).toEqual({
      city: { ...EMPTY_CITY, name: 'Rome', country: 'IT' },
    });
    expect(result.problems).toEqual([
      { row: 3, column: 0, key: 'import.problems.tooLong', params: { max: 120 } },
    ]);
  });
});

describe('other targets', () => {
  it('actions keep how they name their agreement, and amounts in minor units', () => {
    const headers = [
      'Ville',
      'Pays',
      "Date de l'accord",
      'Intitulé',
      "Type d'action",
      'Début',
      'Budget prévu',
      'Dépensé',
      'Relance',
    ];
    const grid = gridOf([
      headers,
      [
        'Rome',
        'Italie',
        '1956',
        'Visite du maire',
        'Visite de délégation',
        'mars 2024',
        '12 500,00 €',
        '4 200',
        '15/06/2024',
      ],
      ['Rome', 'Italie', '1956', 'Atelier', 'Atelier', '2024', 'abc', '', '06/2024'],
    ]);
    const result = buildRows(grid, suggestMapping(headers, 'action'));
    expect(result.rows[0]!.record).toMatchObject({
      agreement: { name: 'Rome', country: 'IT', signedOn: '1956', kind: null },
      action: {
        title: 'Visite du maire',
        kind: 'delegation_visit',
        status: 'planned',
        startOn: '2024-03',
        budgetPlanned: { amountMinor: 1_250_000, currency: 'EUR' },
        budgetSpent: { amountMinor: 420_000, currency: 'EUR' },
        followUpOn: '2024-06-15',
      },
    });
    expect(result.problems).toEqual([
      { row: 3, column: 6, key: 'import.problems.amountInvalid', params: { value: 'abc' } },
      { row: 3, column: 8, key: 'import.problems.fullDateNeeded', params: { value: '06/2024' } },
    ]);
  });

  it('contacts check their e-mail with the app’s own schema', () => {
    const headers = ['Nom', 'Courriel', 'Ville', 'Pays'];
    const result = buildRows(
      gridOf([
        headers,
        ['Giulia Bianchi', 'giulia@comune.roma.it', 'Rome', 'Italie'],
        ['Jean', 'pas-un-mail', '', ''],
      ]),
      suggestMapping(headers, 'contact'),
    );
    expect(result.rows[0]!.record).toMatchObject({
      city: { name: 'Rome', country: 'IT' },
      contact: { name: 'Giulia Bianchi', email: 'giulia@comune.roma.it', side: 'partner' },
    });
    expect(result.rows[1]!.record).toBeNull();
    expect(result.problems).toEqual([{ row: 3, column: 1, key: 'errors.email' }]);
  });
});
