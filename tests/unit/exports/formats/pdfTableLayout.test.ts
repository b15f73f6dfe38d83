import { describe, expect, it } from 'vitest';
import { formatCell } from '../../../../shared/reports/formatCell';
import { pdfInfo, pdfText, render } from './helpers';
import { wideDocument } from './wideDocument';

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
