import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bigDocument, emptyDocument, richDocument } from './fixtures';
import { pdfInfo, pdfText, render } from './helpers';

/** Each fixture rendered once for the whole file (a PDF takes about a second). */
const rendered = new Map<string, Promise<Buffer>>();
function pdfOf(name: 'en' | 'fr' | 'empty' | 'long'): Promise<Buffer> {
  let file = rendered.get(name);
  if (!file) {
    const document =
      name === 'empty'
        ? emptyDocument('en')
        : name === 'long'
          ? bigDocument(300)
          : richDocument(name);
    file = render(document, 'pdf');
    rendered.set(name, file);
  }
  return file;
}

/** pdftotext keeps words but may break lines anywhere: compare with whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('PDF export', () => {
  it('writes the cover: city, title, subtitle, generation date and key figures as real text', async () => {
    const file = await pdfOf('en');
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const cover = flat(pdfText(file, 1));
    expect(cover).toContain('PARIS');
    expect(cover).toContain('Annual report of international action 2026');
    expect(cover).toContain('1 January – 31 December 2026');
    expect(cover).toContain('Generated on December 1, 2026');
    for (const figure of ['14', '€1,250,000.50', '42.5%', 'Agreements signed', 'Budget spent'])
      expect(cover).toContain(figure);
  });

  it('keeps accents, apostrophes and every section, and numbers every page "Page N of M"', async () => {
    const file = await pdfOf('en');
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = flat(pdfText(file));
    for (const words of [
      'Montréal, Québec',
      'Kraków ŁÓDŹ — Ærø',
      'Ville d’Avignon',
      'Le "Grand" Paris',
      '=SUM(A1)',
      'TND 12,345.678',
      '¥3,500,000',
    ]) {
      expect(text).toContain(words);
    }
    for (const title of [
      'Agreements and their budgets',
      'Budget planned vs spent',
      'Actions per year',
      'Partner cities',
      'What came of it',
      'Follow-ups',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain('No follow-up is planned.');
    expect(text).toContain('Not on the map (no coordinates): Atlantis');
    expect(text).toContain('Outcome: Prague’s sirens');
    for (let page = 1; page <= pages; page += 1)
      expect(flat(pdfText(file, page))).toContain(`Page ${page} of ${pages}`);
  });

  it('speaks French in a French document, with its metadata and language', async () => {
    const file = await pdfOf('fr');
    const info = pdfInfo(file);
    expect(info.Title).toBe('Rapport annuel de l’action internationale 2026');
    expect(info.Author).toBe('Paris');
    expect(info.Creator).toBe('Accords');
    expect(file.toString('latin1')).toContain('/Lang (fr-FR)');
    const cover = flat(pdfText(file, 1));
    expect(cover).toContain('Généré le 1 décembre 2026');
    expect(cover).toContain('Chiffres clés');
    // French groups with narrow no-break spaces and puts the euro after the amount.
    expect(cover).toContain('1 250 000,50 €');
    expect(cover).toContain('42,5 %');
    expect(flat(pdfText(file))).toMatch(/Page 1 sur \d+/);
  });

  it('embeds the DejaVu fonts (searchable text, no image of text)', async () => {
    const file = await pdfOf('en');
    const fonts = execFileSync('pdffonts', ['-'], { input: file }).toString('utf8');
    expect(fonts).toMatch(/DejaVuSans\s/);
    expect(fonts).toMatch(/DejaVuSans-Bold/);
    expect(fonts).not.toContain('Helvetica');
    const images = execFileSync('pdfimages', ['-list', '-'], { input: file }).toString('utf8');
    expect(images.trim().split('\n')).toHaveLength(2);
  });

  it('repeats the table header on every page of a long table', async () => {
    const file = await pdfOf('long');
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThan(4);
    for (let page = 2; page <= pages; page += 1) {
      const text = pdfText(file, page, true);
      expect(text, `page ${page}`).toMatch(/Title\s+Partner\s+Theme\s+Start\s+Budget\s+People/);
    }
    expect(flat(pdfText(file))).toContain('Action 300: Culture exchange with Tunis');
  });

  it('writes the message of a document with nothing to report', async () => {
    const file = await pdfOf('empty');
    const text = flat(pdfText(file));
    expect(text).toContain('No dormant agreement.');
    expect(text).toContain('Page 1 of');
  });
});
