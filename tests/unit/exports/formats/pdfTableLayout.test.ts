import { describe, expect, it } from 'vitest';
import type { Cell, ReportDocument } from '../../../../shared/reports/document';
import { formatCell } from '../../../../shared/reports/formatCell';
import { pdfInfo, pdfText, render } from './helpers';

/**
 * A 12-column table, as wide as the annual report's actions: long French words, city names,
 * dates and amounts. Printed, no word of it may be split inside itself.
 */
const CITIES = ['Copenhagen', 'Montréal', 'Kraków', 'Saint-Pétersbourg', 'Rio de Janeiro'];
const STATUSES = ['Réalisée', 'Abandonnée', 'Envisagée', 'Programmée'];
const THEMES = [
  'Conservation du patrimoine, Nouvelles technologies',
  'Vélo et mobilités douces',
  'Prévention des risques naturels et technologiques',
];

function wideDocument(rows: number): ReportDocument {
  return {
    kind: 'actions',
    lang: 'fr',
    title: 'Actions',
    subtitle: 'Toutes les actions',
    ownCity: 'Paris',
    generatedAt: '2026-12-01T09:30:00.000Z',
    today: '2026-12-01',
    fileStem: 'accords-actions',
    emptyMessage: null,
    sections: [
      {
        type: 'table',
        id: 'actions',
        title: 'Actions de la période',
        columns: [
          { key: 'title', label: 'Intitulé', kind: 'text' },
          { key: 'city', label: 'Ville partenaire', kind: 'text' },
          { key: 'country', label: 'Pays', kind: 'text' },
          { key: 'kind', label: 'Type d’action', kind: 'text' },
          { key: 'status', label: 'Statut', kind: 'text' },
          { key: 'themes', label: 'Thèmes', kind: 'text' },
          { key: 'start', label: 'Début', kind: 'date' },
          { key: 'end', label: 'Fin', kind: 'date' },
          { key: 'planned', label: 'Budget prévu', kind: 'money' },
          { key: 'spent', label: 'Budget dépensé', kind: 'money' },
          { key: 'people', label: 'Participants', kind: 'integer' },
          { key: 'unused', label: 'Colonnevide', kind: 'text' },
        ],
        rows: Array.from({ length: rows }, (_, i): Cell[] => [
          `Échange d’expertise numéro ${i + 1} sur la gestion intercommunale des inondations`,
          CITIES[i % CITIES.length] ?? null,
          i % 2 === 0 ? 'Danemark' : 'Tchéquie',
          'Mission d’expertise',
          STATUSES[i % STATUSES.length] ?? null,
          THEMES[i % THEMES.length] ?? null,
          `20${10 + (i % 15)}-0${(i % 9) + 1}-1${i % 10}`,
          `20${11 + (i % 15)}-1${i % 3}`,
          { amountMinor: 123_456_789 + i * 1_000, currency: 'EUR' },
          { amountMinor: 98_765_432 + i * 77, currency: 'EUR' },
          1000 + i,
          null,
        ]),
      },
    ],
    events: [],
  };
}

/** pdftotext's words (it keeps lines of a cell apart, so a split word shows as two). */
function words(text: string): Set<string> {
  return new Set(text.split(/\s+/).filter(Boolean));
}

describe('PDF table layout for print', () => {
  it('never splits a word of a 12-column table; wide tables go landscape, empty columns are left out, headers repeat', async () => {
    const document = wideDocument(60);
    const file = await render(document, 'pdf');
    const text = pdfText(file);
    const printed = words(text);
    const table = document.sections[0];
    if (table?.type !== 'table') throw new Error('fixture');
    const tokens = new Set<string>();
    for (const column of table.columns.slice(0, 11))
      for (const word of column.label.split(/\s+/)) tokens.add(word);
    for (const row of table.rows)
      for (const cell of row)
        if (typeof cell === 'string' && !/^\d{4}-/.test(cell))
          for (const word of cell.split(/\s+/)) tokens.add(word);
    const split = [...tokens].filter((token) => !printed.has(token));
    expect(split).toEqual([]);
    // Numbers, amounts and dates are whole on one line.
    // (pdftotext prints the narrow no-break spaces of French numbers as spaces.)
    const spaced = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');
    const lines = text.split('\n').map((line) => spaced(line.trim()));
    const amount = formatCell({ amountMinor: 123_456_789, currency: 'EUR' }, 'money', 'fr');
    expect(lines).toContain(spaced(amount));
    expect(lines).toContain(spaced(formatCell(1059, 'integer', 'fr')));
    expect(lines).toContain(spaced(formatCell('2010-01-10', 'date', 'fr')));
    // The empty column is not printed.
    expect(text).not.toContain('Colonnevide');
    // The table's pages are landscape (the cover stays portrait).
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThan(2);
    const size = (page: number) =>
      /(\d+(?:\.\d+)?) x (\d+(?:\.\d+)?)/.exec(
        pdfInfoPage(file, page)['Page    ' + String(page) + ' size'] ?? '',
      );
    const cover = size(1);
    const second = size(2);
    expect(Number(cover?.[1])).toBeLessThan(Number(cover?.[2]));
    expect(Number(second?.[1])).toBeGreaterThan(Number(second?.[2]));
    // The header row is on every page of the table.
    for (let page = 2; page <= pages; page += 1)
      expect(words(pdfText(file, page)).has('Intitulé')).toBe(true);
  });

  it('keeps a narrow table on portrait pages', async () => {
    const document = wideDocument(3);
    const table = document.sections[0];
    if (table?.type !== 'table') throw new Error('fixture');
    table.columns = table.columns.slice(1, 5);
    table.rows = table.rows.map((row) => row.slice(1, 5));
    const file = await render(document, 'pdf');
    const size = /(\d+(?:\.\d+)?) x (\d+(?:\.\d+)?)/.exec(
      pdfInfoPage(file, 2)['Page    2 size'] ?? '',
    );
    expect(Number(size?.[1])).toBeLessThan(Number(size?.[2]));
    expect(words(pdfText(file, 2)).has('Copenhagen')).toBe(true);
  });
});

/** pdfinfo for one page (its size line is `Page    N size`). */
function pdfInfoPage(file: Buffer, page: number): Record<string, string> {
  return pdfInfo(file, ['-f', String(page), '-l', String(page)]);
}
