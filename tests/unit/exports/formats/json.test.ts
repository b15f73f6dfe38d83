import { describe, expect, it } from 'vitest';
import { richDocument } from './fixtures';
import { render } from './helpers';

describe('JSON export', () => {
  it('writes the typed data and the document, pretty-printed UTF-8', async () => {
    const document = richDocument('fr');
    const file = await render(document, 'json');
    const text = file.toString('utf8');
    expect(text).toContain('\n  "kind": "annual"');
    const parsed = JSON.parse(text);
    expect(parsed).toEqual({
      kind: 'annual',
      title: 'Rapport annuel de l’action internationale 2026',
      lang: 'fr',
      generatedAt: '2026-12-01T09:30:00.000Z',
      today: '2026-12-01',
      data: { year: 2026, counts: { agreements: 14 }, note: 'Ville d’Avignon' },
      document,
    });
  });
});
