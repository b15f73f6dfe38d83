import { describe, expect, it } from 'vitest';
import { listHistory } from '../../../electron/services/history/audit';
import {
  codeFromLabel,
  createTheme,
  deleteTheme,
  listThemes,
  updateTheme,
} from '../../../electron/services/themes/themes';
import { SEED_THEMES } from '../../../electron/db/migrations/0060-seed-themes';
import { PARIS_THEMES } from '../../../electron/sample/paris';
import { tempDatabase } from '../helpers/tempData';
import { addAction, refused, themeId } from '../helpers/domain';

describe('themes', () => {
  it('are seeded with the source text themes and the usual fields, in English and French', () => {
    const { db } = tempDatabase();
    const themes = listThemes(db);
    expect(themes).toHaveLength(SEED_THEMES.length);
    for (const theme of PARIS_THEMES) expect(themes).toContainEqual(expect.objectContaining(theme));
    for (const code of [
      'culture',
      'economy',
      'education',
      'environment',
      'health',
      'tourism',
      'sport',
      'governance',
      'urban_planning',
      'water_sanitation',
      'waste',
      'energy_climate',
      'mobility',
      'youth',
      'social_cohesion',
      'digital',
    ]) {
      expect(themes.map((t) => t.code)).toContain(code);
    }
    expect(themes.find((t) => t.code === 'education')).toMatchObject({
      labelEn: 'Education',
      labelFr: 'Éducation',
      actionCount: 0,
      agreementCount: 0,
    });
  });

  it('the example loads on top of the seeds without duplicating them', () => {
    const { db } = tempDatabase({ sample: true });
    expect(listThemes(db)).toHaveLength(SEED_THEMES.length);
    expect(listThemes(db).find((t) => t.code === 'risk_prevention')!.actionCount).toBe(1);
  });

  it('can be added, relabelled and deleted when unused, with history', () => {
    const { db } = tempDatabase();
    const theme = createTheme(db, {
      labelEn: 'Night-time economy',
      labelFr: 'Économie de la nuit',
    });
    expect(theme.code).toBe('night_time_economy');
    expect(createTheme(db, { labelEn: 'Night time economy', labelFr: 'x' }).code).toBe(
      'night_time_economy_2',
    );
    expect(updateTheme(db, theme.id, { labelFr: 'Vie nocturne' })).toMatchObject({
      code: 'night_time_economy',
      labelFr: 'Vie nocturne',
    });
    expect(listHistory(db, { entityType: 'theme', entityId: theme.id }).rows[0]!.changes).toEqual({
      labelFr: ['Économie de la nuit', 'Vie nocturne'],
    });
    expect(deleteTheme(db, theme.id)).toEqual({ id: theme.id });
    expect(
      refused(db, () =>
        createTheme(db, { code: 'culture', labelEn: 'Culture', labelFr: 'Culture' }),
      ).issues,
    ).toEqual([{ path: 'code', key: 'errors.themeExists', params: { code: 'culture' } }]);
  });

  it('refuses to delete a theme in use', () => {
    const { db } = tempDatabase({ sample: true });
    addAction(db, 'Rome', { themeIds: [themeId(db, 'culture')] });
    expect(refused(db, () => deleteTheme(db, themeId(db, 'culture')))).toMatchObject({
      code: 'conflict',
      key: 'errors.themeInUse',
      params: { count: 1 },
    });
  });

  it('makes codes from labels in any script', () => {
    expect(codeFromLabel('Eau & assainissement')).toBe('eau_assainissement');
    expect(codeFromLabel('É')).toBe('theme_e');
    expect(codeFromLabel('Культура')).toBe('theme');
    expect(codeFromLabel('3D city models')).toBe('theme_3d_city_models');
  });
});
