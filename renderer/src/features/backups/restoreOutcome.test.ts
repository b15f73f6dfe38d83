import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../../shared/i18n';
import { restoreOutcome } from './restoreOutcome';

function translator(lng: 'en' | 'fr'): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({ lng, resources, initAsync: false, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as TFunction;
}

describe('what a restore says', () => {
  it('counts the attached files brought back, and warns about those the backup lacked (EN, FR)', () => {
    const en = translator('en');
    expect(
      restoreOutcome(en, 'Restored.', { attachmentsRestored: 0, attachmentsMissing: 0 }),
    ).toEqual({
      message: 'Restored.',
      warning: null,
    });
    const both = restoreOutcome(en, 'Restored.', { attachmentsRestored: 1, attachmentsMissing: 3 });
    expect(both.message).toBe('Restored. 1 attached file was brought back from the backup.');
    expect(both.warning).toMatch(/^3 attached files were not in the backup/);
    const fr = translator('fr');
    const french = restoreOutcome(fr, 'Restaurée.', {
      attachmentsRestored: 2,
      attachmentsMissing: 1,
    });
    expect(french.message).toBe(
      'Restaurée. 2 pièces jointes ont été récupérées dans la sauvegarde.',
    );
    expect(french.warning).toMatch(/^1 pièce jointe ne se trouvait pas dans la sauvegarde/);
  });
});
