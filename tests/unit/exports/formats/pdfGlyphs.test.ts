import { describe, expect, it } from 'vitest';
import type { Cell, ReportDocument } from '../../../../shared/reports/document';
import { bigDocument } from './fixtures';
import { pdfInfo, pdfText, render } from './helpers';

/**
 * Table cells are written with the font's glyph ids as PDF literal strings (pdf/glyphs.ts), not
 * through pdfkit's text(): every character must come back out of the file as itself, including
 * those whose glyph id is a byte a literal string must escape (`(`, `)`, `\`, CR, LF: ids 40,
 * 41, 92, 13 and 10 of the embedded subset, reached once a table uses enough characters).
 */

/** Over a hundred distinct characters: ASCII punctuation, accented and other scripts. */
const CHARACTERS = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  ...'()\\[]{}<>«»“”‘’&%$#@!?;:,.*+=/|~^_',
  ...'àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊÎÔŒÆ',
  ...'łŁóÓźŹżŻąĄęĘśŚćĆńŃøØåÅßşŞğĞıİ',
  ...'ΑΒΓΔαβγδЖЗИКжзик',
];

function glyphDocument(): ReportDocument {
  const base = bigDocument(1);
  const table = base.sections[0];
  if (table?.type !== 'table') throw new Error('fixture changed');
  // One word of ten characters per row, so no cell wraps and every word is found whole.
  const words: string[] = [];
  for (let i = 0; i < CHARACTERS.length; i += 10) words.push(CHARACTERS.slice(i, i + 10).join(''));
  const rows = words.map((word): Cell[] => [word, 'Montréal', 'Théâtre', '2026-04-12', null, 1]);
  return { ...base, sections: [{ ...table, rows }] };
}

describe('PDF table cells written with the font\u2019s glyphs', () => {
  it('come back out of the file character for character, escaped bytes included', async () => {
    const document = glyphDocument();
    const file = await render(document, 'pdf');
    const text = pdfText(file).replace(/\s+/g, ' ');
    const table = document.sections[0];
    if (table?.type !== 'table') throw new Error('fixture changed');
    for (const row of table.rows) expect(text).toContain(row[0]);
    expect(text).toContain('Montréal');
    const pages = Number(pdfInfo(file).Pages);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });
});
