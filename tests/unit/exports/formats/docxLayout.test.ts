import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { render } from './helpers';
import { wideDocument } from './wideDocument';

async function documentXml(file: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  return zip.file('word/document.xml')!.async('string');
}

describe('DOCX tables for print', () => {
  it('puts a 12-column table on a landscape section, drops the empty column, and no column is narrower than its longest word', async () => {
    const document = wideDocument(20);
    const xml = await documentXml(await render(document, 'docx'));
    // The title page's section is portrait, with the page numbers' footer; the table's is landscape
    // (the document ends on the table: its last section is turned, no blank portrait page follows).
    const sections = [...xml.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/gs)].map((m) => m[1] ?? '');
    expect(
      sections.some((s) => s.includes('w:orient="landscape"') && s.includes('footerReference')),
    ).toBe(true);
    expect(sections[0]).not.toContain('landscape');
    expect(sections[0]).toContain('footerReference');
    expect(xml.slice(xml.lastIndexOf('<w:pgSz '))).toContain('landscape');
    expect(xml).not.toContain('Colonnevide');
    // Column widths: the longest word of each text column fits (Calibri 10.5 pt: under 120 twips a character).
    // (In a smaller type when even landscape is short of room: the size is in half-points.)
    const size = Number(/<w:tbl>.*?<w:sz w:val="(\d+)"\/>/s.exec(xml)?.[1] ?? 21);
    expect(size).toBeGreaterThanOrEqual(13);
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(11);
    const table = document.sections[0];
    if (table?.type !== 'table') throw new Error('fixture');
    table.columns.slice(0, 6).forEach((_, c) => {
      const words = table.rows.flatMap((row) => String(row[c] ?? '').split(/\s+/));
      const longest = Math.max(...words.map((w) => [...w].length));
      expect(grid[c]! - 160).toBeGreaterThanOrEqual(longest * 110 * (size / 21));
    });
    // Every column fits the landscape page between its margins.
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(16838 - 2 * 1134);
  });

  it('keeps a narrow table on the portrait page', async () => {
    const document = wideDocument(3);
    const table = document.sections[0];
    if (table?.type !== 'table') throw new Error('fixture');
    table.columns = table.columns.slice(1, 4);
    table.rows = table.rows.map((row) => row.slice(1, 4));
    const xml = await documentXml(await render(document, 'docx'));
    expect(xml).not.toContain('landscape');
  });
});
