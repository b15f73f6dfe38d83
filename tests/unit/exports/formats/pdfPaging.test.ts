import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../../shared/reports/document';
import { bigDocument, richDocument } from './fixtures';
import { pdfInfo, pdfText, render } from './helpers';

/**
 * The PDF is laid out once and written page by page, each page's "Page N of M" filled in at the
 * end (a form the page points to): these check every page's number on long documents and on
 * pages pdfkit breaks itself.
 */

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Each word's height on a page (about its font size), as pdftotext's bounding boxes give it. */
function wordHeights(file: Buffer, page: number): Map<string, number> {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), '-', '-'],
    {
      input: file,
    },
  ).toString('utf8');
  const heights = new Map<string, number>();
  for (const m of html.matchAll(/yMin="([\d.]+)"[^>]*yMax="([\d.]+)">([^<]+)<\/word>/g))
    heights.set(m[3] ?? '', Number(m[2]) - Number(m[1]));
  return heights;
}

/** A notes section whose one paragraph runs over several pages, broken by pdfkit's own wrapper. */
function longNotesDocument(): ReportDocument {
  const words = Array.from({ length: 4000 }, (_, i) => `word${i + 1}`).join(' ');
  const rich = richDocument('en');
  return {
    ...rich,
    sections: [
      {
        type: 'notes',
        id: 'long-notes',
        title: 'What came of it',
        entries: [
          {
            heading: 'Prague — flood alerts',
            meta: 'Expert mission',
            paragraphs: [{ label: 'Outcome', text: `${words} lastword` }],
          },
        ],
      },
    ],
  };
}

describe('PDF paging', () => {
  it('numbers a 20,000-row table "Page N of M" from the first page to the last, M being its page count', async () => {
    const file = await render(bigDocument(20_000), 'pdf');
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThan(700);
    expect(flat(pdfText(file, 1))).toContain(`Page 1 of ${pages}`);
    const last = flat(pdfText(file, pages));
    expect(last).toContain(`Page ${pages} of ${pages}`);
    expect(last).toContain('Action 20000: Culture exchange with Rome');
    expect(pdfText(file, pages, true)).toMatch(/Title\s+Partner\s+Theme\s+Start\s+Budget\s+People/);
  }, 120_000);

  it('numbers the pages a long paragraph flows onto, and goes on in the paragraph\u2019s type', async () => {
    const file = await render(longNotesDocument(), 'pdf');
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThanOrEqual(4);
    for (let page = 1; page <= pages; page += 1)
      expect(flat(pdfText(file, page)), `page ${page}`).toContain(`Page ${page} of ${pages}`);
    expect(flat(pdfText(file, pages))).toContain('lastword');
    // The footer's small type must not leak into the text that continues on the next page.
    const first = wordHeights(file, 2).get('word1') ?? 0;
    const continued = [...wordHeights(file, 3)].find(([word]) => /^word\d+$/.test(word))?.[1];
    expect(first).toBeGreaterThan(0);
    expect(continued).toBeCloseTo(first, 1);
  });
});
