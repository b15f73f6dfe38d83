import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bigDocument, richDocument } from './fixtures';
import { render } from './helpers';

async function open(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found)
    throw new Error(`no sheet ${name}: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

describe('XLSX export', () => {
  it('has a Summary sheet first, then one sheet per table and per chart no table holds', async () => {
    const workbook = await open(await render(richDocument('en'), 'xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Agreements and their budgets',
      'Actions by theme',
      'Budget planned vs spent',
      'Actions by partner',
      'Actions per year',
      'Partner cities',
      'What came of it',
      'Follow-ups',
    ]);
    expect(workbook.creator).toBe('Accords');
    expect(workbook.title).toBe('Annual report of international action 2026');
  });

  it('writes the summary: city, title, subtitle, generated date and typed key figures', async () => {
    const workbook = await open(await render(richDocument('fr'), 'xlsx'));
    const summary = sheet(workbook, 'Synthèse');
    const values = summary.getColumn(1).values.filter(Boolean);
    expect(values.slice(0, 3)).toEqual([
      'Paris',
      'Rapport annuel de l’action internationale 2026',
      '1er janvier – 31 décembre 2026',
    ]);
    const rowOf = (label: string) => {
      let found: ExcelJS.Row | undefined;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row;
      });
      if (!found) throw new Error(`no row ${label}`);
      return found;
    };
    expect(rowOf('Généré le').getCell(2).value).toEqual(new Date('2026-12-01T09:30:00.000Z'));
    expect(rowOf('Accords signés').getCell(2).value).toBe(14);
    const spent = rowOf('Budget dépensé').getCell(2);
    expect(spent.value).toBe(1250000.5);
    expect(spent.numFmt).toBe('#,##0.00 "€"');
    expect(rowOf('Actions réalisées').getCell(2).numFmt).toBe('0.0%');
    // The figure whose label looks like a formula is text, neutralised.
    expect(rowOf('\'=HYPERLINK("http://evil")').getCell(2).value).toBe(3);
  });

  it('types every cell: dates are dates, amounts and percents numbers with their formats', async () => {
    const workbook = await open(await render(richDocument('en'), 'xlsx'));
    const table = sheet(workbook, 'Agreements and their budgets');
    const rome = table.getRow(2);
    expect(rome.getCell(1).value).toBe('Rome');
    expect(rome.getCell(2).value).toEqual(new Date(Date.UTC(1956, 0, 1)));
    expect(rome.getCell(2).numFmt).toBe('yyyy');
    expect(rome.getCell(3).value).toBe(1250000.5);
    expect(rome.getCell(3).numFmt).toBe('"€"#,##0.00');
    expect(rome.getCell(4).value).toBe(0);
    expect(rome.getCell(4).numFmt).toBe('#,##0');
    expect(rome.getCell(6).value).toBe(-5);
    const kyoto = table.getRow(3);
    expect(kyoto.getCell(2).value).toEqual(new Date(Date.UTC(1958, 9, 1)));
    expect(kyoto.getCell(2).numFmt).toBe('mmm yyyy');
    expect(kyoto.getCell(3).value).toBe(3500000);
    expect(kyoto.getCell(3).numFmt).toBe('"¥"#,##0');
    expect(kyoto.getCell(5).value).toBe(0.125);
    expect(kyoto.getCell(5).numFmt).toBe('0.0%');
    const tokyo = table.getRow(4);
    expect(tokyo.getCell(2).value).toEqual(new Date(Date.UTC(1982, 6, 14)));
    expect(tokyo.getCell(2).numFmt).toBe('dd mmm yyyy');
    expect(tokyo.getCell(3).value).toBe(12345.678);
    expect(tokyo.getCell(3).numFmt).toMatch(/#,##0\.000$/);
    // A null cell is empty, not 0.
    expect(table.getRow(5).getCell(3).value).toBeNull();
    expect(table.getRow(5).getCell(4).value).toBeNull();
  });

  it('writes days the French way in French', async () => {
    const workbook = await open(await render(richDocument('fr'), 'xlsx'));
    const table = sheet(workbook, 'Accords et budgets');
    expect(table.getRow(4).getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(table.getRow(3).getCell(2).numFmt).toBe('mmmm yyyy');
  });

  it('has a bold, frozen header row with a filter, sensible widths and a bold totals row', async () => {
    const workbook = await open(await render(richDocument('en'), 'xlsx'));
    const table = sheet(workbook, 'Agreements and their budgets');
    expect(table.getRow(1).getCell(1).value).toBe('Partner');
    expect(table.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(table.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(table.autoFilter).toBeTruthy();
    const widths = table.columns.map((c) => c.width ?? 0);
    for (const width of widths) {
      expect(width).toBeGreaterThanOrEqual(10);
      expect(width).toBeLessThanOrEqual(50);
    }
    // "Kraków ŁÓDŹ — Ærø" is the longest partner: the column fits it.
    expect(widths[0]).toBeGreaterThanOrEqual(19);
    const totals = table.getRow(table.rowCount);
    expect(totals.getCell(1).value).toBe('Total');
    expect(totals.getCell(1).font?.bold).toBe(true);
    expect(totals.getCell(3).value).toBe(9876543.21);
  });

  it('neutralises formula-looking text and keeps numbers numbers', async () => {
    const workbook = await open(await render(richDocument('en'), 'xlsx'));
    const table = sheet(workbook, 'Agreements and their budgets');
    const partners = table.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(partners).toContain("'=SUM(A1)");
    expect(partners).toContain("'+33 1 42 76 40 40");
    expect(partners).toContain("'-5");
    expect(partners).toContain("'@x");
    expect(partners).toContain('Le "Grand" Paris');
    expect(partners).toContain('line one\nline two');
    workbook.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
          expect(cell.formula).toBeUndefined();
        }),
      ),
    );
  });

  it('writes a chart no table holds as categories by series', async () => {
    const workbook = await open(await render(richDocument('en'), 'xlsx'));
    const budget = sheet(workbook, 'Budget planned vs spent');
    expect(budget.getRow(1).values).toEqual([undefined, 'Year', 'Planned', 'Spent']);
    expect(budget.getRow(2).getCell(3).value).toBe(110500.5);
    expect(budget.getRow(2).getCell(3).numFmt).toBe('"€"#,##0.00');
  });

  it('writes a 3,000-row table with every row', async () => {
    const workbook = await open(await render(bigDocument(3000), 'xlsx'));
    const table = sheet(workbook, 'Actions');
    expect(table.rowCount).toBe(3001);
    expect(table.getRow(3001).getCell(1).value).toBe('Action 3000: Culture exchange with Montréal');
  });
});
