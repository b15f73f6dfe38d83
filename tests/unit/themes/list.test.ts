import { describe, expect, it } from 'vitest';
import { ensureThemes, listThemes } from '../../../electron/services/themes/themes';
import { countRows, tempDatabase } from '../helpers/tempData';

describe('themes', () => {
  it('lists the themes by English label, with how many sample actions carry each', () => {
    const { db } = tempDatabase({ sample: true });
    const themes = listThemes(db);
    expect(themes).toHaveLength(countRows(db, 'themes'));
    const labels = themes.map((t) => t.labelEn);
    expect(labels).toEqual([...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const used = Object.fromEntries(
      themes.filter((t) => t.actionCount > 0).map((t) => [t.code, t.actionCount]),
    );
    expect(used).toEqual({
      cycling_soft_transport: 1,
      heritage_conservation: 1,
      new_technologies: 2,
      risk_prevention: 1,
      social_housing: 1,
    });
    expect(themes.find((t) => t.code === 'social_housing')).toMatchObject({
      labelEn: 'Social housing',
      labelFr: 'Logement social',
    });
  });

  it('ensureThemes adds only the missing codes and returns every id', () => {
    const { db } = tempDatabase({ sample: true });
    const before = countRows(db, 'themes');
    const existing = listThemes(db).find((t) => t.code === 'social_housing')!;
    const ids = ensureThemes(db, [
      { code: 'social_housing', labelEn: 'Changed', labelFr: 'Changé' },
      { code: 'test_only_theme', labelEn: 'Test only', labelFr: 'Test seulement' },
    ]);
    expect(ids.get('social_housing')).toBe(existing.id);
    expect(ids.get('test_only_theme')).toMatch(/^[0-9a-f-]{36}$/);
    expect(countRows(db, 'themes')).toBe(before + 1);
    expect(listThemes(db).find((t) => t.code === 'social_housing')!.labelEn).toBe('Social housing');
  });
});
