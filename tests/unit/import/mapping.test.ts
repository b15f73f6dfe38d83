import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectHeaderRow } from '../../../shared/import/headerRow';
import {
  headerFingerprint,
  mappingFits,
  suggestMapping,
  type ImportMapping,
} from '../../../shared/import/mapping';
import type { GridCell } from '../../../shared/import/types';

const fieldsOf = (mapping: ImportMapping) =>
  mapping.columns.map((c) => (c.use === 'field' ? c.field : c.use));

describe('header → field suggestions', () => {
  it('maps a French flat register', () => {
    const mapping = suggestMapping(
      [
        'Ville partenaire',
        'Pays',
        'Date de signature',
        "Type d'accord",
        'Statut',
        'Thématiques',
        'Référent',
        'Observations',
        '',
      ],
      'register',
    );
    expect(fieldsOf(mapping)).toEqual([
      'cityName',
      'country',
      'signedOn',
      'kind',
      'status',
      'themes',
      'notes', // unknown, kept into the notes
      'notes', // the notes field itself
      'ignore', // no header, nothing to name it by
    ]);
    expect(mapping.columns[6]).toEqual({ header: 'Référent', use: 'notes', confidence: 0 });
    expect(mapping.columns[0]!.confidence).toBe(1);
  });

  it('maps an English register, header case, accents and punctuation aside', () => {
    const mapping = suggestMapping(
      ['PARTNER CITY', 'Country:', 'Signed', 'Agreement type', 'Status', 'Themes', 'Exclusive?'],
      'register',
    );
    expect(fieldsOf(mapping)).toEqual([
      'cityName',
      'country',
      'signedOn',
      'kind',
      'status',
      'themes',
      'exclusive',
    ]);
  });

  it('gives a generic header less confidence and each field to one column only', () => {
    const mapping = suggestMapping(
      ['Ville', 'Pays', 'Date', 'Date de signature', 'Type'],
      'register',
    );
    expect(fieldsOf(mapping)).toEqual(['cityName', 'country', 'notes', 'signedOn', 'kind']);
    expect(mapping.columns[4]!.confidence).toBeLessThan(1);
    expect(mapping.columns[4]!.confidence).toBeGreaterThan(0);
  });

  it('finds a field in a longer header', () => {
    const mapping = suggestMapping(
      ["Date de signature de l'accord", 'Ville partenaire (nom officiel)'],
      'agreement',
    );
    expect(fieldsOf(mapping)).toEqual(['signedOn', 'cityName']);
    expect(mapping.columns[0]!.confidence).toBeLessThan(1);
  });

  it('maps actions and contacts with their own fields', () => {
    expect(
      fieldsOf(
        suggestMapping(
          [
            'Intitulé',
            "Type d'action",
            'Statut',
            'Début',
            'Fin',
            'Budget prévu',
            'Dépensé',
            'Ville',
          ],
          'action',
        ),
      ),
    ).toEqual([
      'title',
      'actionKind',
      'actionStatus',
      'startOn',
      'endOn',
      'budgetPlanned',
      'budgetSpent',
      'cityName',
    ]);
    expect(
      fieldsOf(suggestMapping(['Nom', 'Fonction', 'Courriel', 'Téléphone', 'Ville'], 'contact')),
    ).toEqual(['name', 'role', 'email', 'phone', 'cityName']);
  });

  it('is a plain JSON value', () => {
    const mapping = suggestMapping(['Ville', 'Pays'], 'city');
    expect(JSON.parse(JSON.stringify(mapping))).toEqual(mapping);
  });
});

describe('fingerprint of the headers', () => {
  it('is the same for the same headers written differently, and another for other headers', () => {
    const a = headerFingerprint(['Ville partenaire', 'Pays', "Type d'accord"]);
    expect(headerFingerprint(['VILLE PARTENAIRE', ' pays ', 'Type d’accord'])).toBe(a);
    expect(headerFingerprint(['Pays', 'Ville partenaire', "Type d'accord"])).not.toBe(a);
    expect(headerFingerprint(['Ville partenaire', 'Pays'])).not.toBe(a);
    expect(a).toMatch(/^h1:[0-9a-f]{14}$/);
  });

  it('proposes a saved mapping again for a file with the same headers', () => {
    const saved = JSON.parse(
      JSON.stringify(suggestMapping(['Ville', 'Pays', 'Signé le'], 'register')),
    ) as ImportMapping;
    expect(mappingFits(saved, ['ville', 'PAYS', 'signe le'])).toBe(true);
    expect(mappingFits(saved, ['Ville', 'Pays', 'Signé le', 'Notes'])).toBe(false);
  });

  it('rarely collides on distinct header rows', () => {
    const headers = fc.uniqueArray(
      fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 6 }),
      {
        minLength: 2,
        maxLength: 2,
        selector: (row) => row.join('\u0000'),
      },
    );
    fc.assert(
      fc.property(headers, ([a, b]) => {
        expect(headerFingerprint(a!)).not.toBe(headerFingerprint(b!));
      }),
    );
  });
});

describe('header row', () => {
  const rows = (...lines: GridCell[][]) => lines;

  it('skips title rows, dates and blank lines above the header', () => {
    expect(
      detectHeaderRow(
        rows(
          ['Registre des partenariats', null, null, null],
          ['Mis à jour le', '02/03/2024', null, null],
          [null, null, null, null],
          ['Ville', 'Pays', 'Signature', 'Type'],
          ['Rome', 'Italie', '1956', 'Jumelage'],
        ),
      ),
    ).toBe(3);
  });

  it('takes unknown header names when data follows them', () => {
    expect(detectHeaderRow(rows(['Liste'], ['Col A', 'Col B', 'Col C'], ['x', 'y1', 'z']))).toBe(1);
  });

  it('falls back to the first filled row', () => {
    expect(detectHeaderRow(rows([null], ['1', '2'], ['3', '4']))).toBe(1);
    expect(detectHeaderRow([])).toBe(0);
  });
});
