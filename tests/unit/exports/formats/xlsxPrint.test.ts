import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEET_NAME_MAX, sheetNamer } from '../../../../electron/exports/formats/sheetNames';
import { bigDocument, richDocument } from './fixtures';
import { render } from './helpers';

async function open(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX for print', () => {
  it('prints every sheet one page wide on A4, landscape when wide, the header row on every page', async () => {
    const document = bigDocument(50);
    const table = document.sections[0];
    if (table?.type !== 'table') throw new Error('fixture');
    // Wide columns: the sheet prints landscape.
    table.columns = [
      ...table.columns,
      { key: 'notes', label: 'Notes', kind: 'text', width: 45 },
      { key: 'more', label: 'More notes', kind: 'text', width: 45 },
    ];
    table.rows = table.rows.map((row) => [...row, 'a long note', 'another long note']);
    const workbook = await open(await render(document, 'xlsx'));
    const [summary, actions] = workbook.worksheets;
    expect(actions?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(summary?.pageSetup).toMatchObject({ orientation: 'portrait', fitToWidth: 1 });

    const narrow = await open(await render(richDocument('en'), 'xlsx'));
    const agreements = narrow.getWorksheet('Agreements and their budgets');
    expect(agreements?.pageSetup).toMatchObject({ orientation: 'portrait', fitToWidth: 1 });
  });

  it('shortens long titles to sheet names at a word boundary, never inside a word', () => {
    const name = sheetNamer();
    const titles = [
      'Résultats et bénéfices pour les habitants',
      'Actions of the period by partner city and country',
      'Actions of the period by partner city and region',
      'Supercalifragilisticexpialidocious-and-more-words',
    ];
    const names = titles.map(name);
    expect(names[0]).toBe('Résultats et bénéfices');
    expect(names[1]).toBe('Actions of the period');
    expect(names[2]).toBe('Actions of the period (2)');
    for (const [index, sheet] of names.entries()) {
      expect(sheet.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
      const words = (titles[index] ?? '').split(' ');
      // Every word of the name is a whole word of the title (or the ellipsis of a single long word).
      for (const word of sheet.replace(/ \(\d+\)$/, '').split(' '))
        expect(words.includes(word) || word.endsWith('…')).toBe(true);
    }
  });
});
