import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bigDocument, emptyDocument, richDocument } from './fixtures';
import { render } from './helpers';

async function parts(
  file: Buffer,
): Promise<{ document: string; styles: string; footer: string; core: string }> {
  const zip = await JSZip.loadAsync(file);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const footerName =
    Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? '';
  return {
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    footer: await text(footerName),
    core: await text('docProps/core.xml'),
  };
}

/** The visible text of a WordprocessingML part. */
const visible = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');

describe('DOCX export', () => {
  it('writes title, key figures, tables and notes as editable text with Word heading styles', async () => {
    const { document, core } = await parts(await render(richDocument('en'), 'docx'));
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    const text = visible(document);
    for (const words of [
      'Annual report of international action 2026',
      'Paris',
      '14',
      '€1,250,000.50',
      '42.5%',
      'Agreements signed',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toContain('Montréal, Québec');
    expect(text).toContain('Ville d’Avignon');
    expect(text).toContain('Le &quot;Grand&quot; Paris');
    expect(text).toContain('Prague — flood alerts');
    expect(text).toContain('Outcome: ');
    expect(text).toContain('No follow-up is planned.');
    expect(core).toContain('Annual report of international action 2026');
    expect(core).toContain('Accords');
  });

  it('marks every table header row to repeat on each page, in bold', async () => {
    const { document } = await parts(await render(richDocument('en'), 'docx'));
    const tables = document.match(/<w:tbl>/g) ?? [];
    const headers = document.match(/<w:tblHeader\/>/g) ?? [];
    // Figures, agreements, themes, budget chart, partners chart, trend chart, map cities.
    expect(tables).toHaveLength(7);
    expect(headers).toHaveLength(tables.length);
    const firstHeaderRow =
      /<w:tr>(?:(?!<\/w:tr>).)*<w:tblHeader\/>(?:(?!<\/w:tr>).)*<\/w:tr>/s.exec(document)?.[0] ??
      '';
    expect(firstHeaderRow).toContain('<w:b/>');
  });

  it('writes a chart no table holds as its data table, and only the picture of the one a table holds', async () => {
    const { document } = await parts(await render(richDocument('en'), 'docx'));
    const text = visible(document);
    expect(text).toContain('Budget planned vs spent');
    expect(text).toContain('€110,500.50');
    // The themes table, then the themes chart's heading over its picture: no second table.
    expect(text.split('Actions by theme')).toHaveLength(3);
    expect(document.match(/<w:tbl>/g) ?? []).toHaveLength(7);
  });

  it('numbers the pages in the footer and declares the document language', async () => {
    const fr = await parts(await render(richDocument('fr'), 'docx'));
    expect(fr.footer).toContain('PAGE');
    expect(fr.footer).toContain('NUMPAGES');
    expect(visible(fr.footer)).toContain(' sur ');
    expect(fr.styles).toContain('w:val="fr-FR"');
    const en = await parts(await render(emptyDocument('en'), 'docx'));
    expect(en.styles).toContain('w:val="en-GB"');
    expect(visible(en.document)).toContain('No dormant agreement.');
  });

  it('writes long tables whole, with XML-escaped text and nothing XML cannot carry', async () => {
    const document = bigDocument(3000);
    const table = document.sections[0];
    if (table?.type !== 'table') throw new Error('fixture changed');
    table.rows[0] = ['R&D <Paris> "quoted"', 'lone \ud800 surrogate', 'bell\u0007', null, null, 1];
    const xml = (await parts(await render(document, 'docx'))).document;
    expect(xml.match(/<w:tr>/g)).toHaveLength(3001);
    expect(xml).toContain('R&amp;D &lt;Paris&gt; &quot;quoted&quot;');
    expect(xml).toContain('lone \ufffd surrogate');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('Action 3000: Culture exchange with Montréal');
    expect(xml.trimEnd().endsWith('</w:document>')).toBe(true);
  });
});
