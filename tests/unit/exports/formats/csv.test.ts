import { describe, expect, it } from 'vitest';
import { bigDocument, emptyDocument, richDocument, TRICKY_TEXTS } from './fixtures';
import { parseCsv, render } from './helpers';

/** The rows of the block titled `title`: its header, then its rows (up to the blank line). */
function block(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((row) => row[0] === title);
  expect(start, `block ${title}`).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((row, index) => index > start && row.every((field) => field === ''));
  return rows.slice(start + 1, end).map((row) => {
    let last = row.length;
    while (last > 0 && row[last - 1] === '') last -= 1;
    return row.slice(0, Math.max(last, 1));
  });
}

describe('CSV export', () => {
  it('starts with a UTF-8 byte order mark and ends its lines with CRLF', async () => {
    const file = await render(richDocument('en'), 'csv');
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.toString('utf8');
    expect(text).toContain('Montréal, Québec');
    expect(text.split('\r\n').length).toBeGreaterThan(20);
  });

  it.each([
    ['en', ',', '.'],
    ['fr', ';', ','],
  ] as const)(
    'in %s uses "%s" between fields and "%s" as the decimal mark',
    async (lang, separator, decimal) => {
      const rows = parseCsv(await render(richDocument(lang), 'csv', separator), separator);
      const table = block(
        rows,
        lang === 'fr' ? 'Accords et budgets' : 'Agreements and their budgets',
      );
      expect(table[0]).toEqual([
        'Partner',
        'Signed',
        'Budget',
        lang === 'fr' ? 'Budget (devise)' : 'Budget (currency)',
        'Actions',
        'Done',
        'Score',
        'Note',
      ]);
      // Rome: year-only date, euros with cents, a count, a ratio, a negative number.
      expect(table[1]?.slice(0, 7)).toEqual([
        'Rome',
        '1956',
        `1250000${decimal}50`,
        'EUR',
        '0',
        '0',
        '-5',
      ]);
      expect(table[2]?.slice(0, 7)).toEqual([
        'Kyoto',
        '1958-10',
        '3500000',
        'JPY',
        '3',
        `0${decimal}125`,
        `12${decimal}75`,
      ]);
      expect(table[3]?.slice(0, 4)).toEqual(['Tokyo', '1982-07-14', `12345${decimal}678`, 'TND']);
      // Null cells stay empty, both fields of an amount too.
      expect(table[4]?.slice(0, 5)).toEqual(['Prague', '2006-04', '', '', '']);
      expect(table.at(-1)?.slice(0, 5)).toEqual(['Total', '', `9876543${decimal}21`, 'EUR', '54']);
    },
  );

  it('quotes what needs it and reads back every tricky text, formula-looking ones neutralised', async () => {
    const rows = parseCsv(await render(richDocument('fr'), 'csv', ';'), ';');
    const partners = block(rows, 'Accords et budgets').map((row) => row[0]);
    const expected = TRICKY_TEXTS.map((text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text));
    expect(partners).toEqual(expect.arrayContaining(expected));
    expect(partners).toContain('Le "Grand" Paris');
    expect(partners).toContain('a;b,c');
    expect(partners).toContain('line one\nline two');
    expect(partners).not.toContain('=SUM(A1)');
  });

  it('is rectangular: every line has the same number of fields, blank lines included', async () => {
    for (const document of [richDocument('en'), emptyDocument('fr'), bigDocument(50)]) {
      const separator = document.lang === 'fr' ? ';' : ',';
      const rows = parseCsv(await render(document, 'csv', separator), separator);
      const widths = new Set(rows.map((row) => row.length));
      expect(widths.size, document.title).toBe(1);
    }
  });

  it('writes the key figures first, skips a chart a table holds and writes the others as tables', async () => {
    const rows = parseCsv(await render(richDocument('en'), 'csv', ','), ',');
    expect(rows[0]?.[0]).toBe('Key figures');
    expect(block(rows, 'Key figures').slice(0, 4)).toEqual([
      ['Figure', 'Value', 'Value (currency)'],
      ['Agreements signed', '14'],
      ['Budget spent', '1250000.50', 'EUR'],
      ['Actions done', '0.425'],
    ]);
    // "Actions by theme" is a table and a chart of the same data: written once.
    expect(rows.filter((row) => row[0] === 'Actions by theme')).toHaveLength(1);
    const budget = block(rows, 'Budget planned vs spent');
    expect(budget[0]).toEqual([
      'Year',
      'Planned',
      'Planned (currency)',
      'Spent',
      'Spent (currency)',
    ]);
    expect(budget[1]).toEqual(['2022', '120000.00', 'EUR', '110500.50', 'EUR']);
    expect(block(rows, 'Actions by partner')[1]).toEqual(['Rome', '5', '1']);
    expect(block(rows, 'Actions per year')).toHaveLength(9);
    expect(block(rows, 'Partner cities')[1]).toEqual([
      'Rome',
      'IT',
      '41.9',
      '12.5',
      '6',
      '6 or more',
    ]);
    expect(block(rows, 'What came of it')[1]?.[0]).toBe('Prague — flood alerts');
    // The empty table keeps its title and header.
    expect(block(rows, 'Follow-ups')).toEqual([['What']]);
  });

  it('writes a 3,000-row table whole', async () => {
    const rows = parseCsv(await render(bigDocument(3000), 'csv', ','), ',');
    const table = block(rows, 'Actions');
    expect(table).toHaveLength(3001);
    expect(table[3000]?.[0]).toBe('Action 3000: Culture exchange with Montréal');
  });
});
