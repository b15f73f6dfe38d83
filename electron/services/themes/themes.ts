import type Database from 'better-sqlite3';
import type { Theme, ThemeInput, ThemeUpdate } from '../../../shared/schemas/themes';
import { themeInputSchema } from '../../../shared/schemas/themes';
import { searchKey } from '../../../shared/domain/text';
import { noteChange } from '../../core/changes';
import { diffFields, recordAudit, recordUpdate } from '../history/audit';
import { stripUndefined } from '../common/records';
import { newId, now } from '../common/clock';
import { DomainError, notFound } from '../../core/errors';

const SELECT_THEME = `
  SELECT t.id, t.code, t.label_en AS labelEn, t.label_fr AS labelFr, t.created_at AS createdAt,
         t.updated_at AS updatedAt, (SELECT count(*) FROM action_themes at WHERE at.theme_id = t.id) AS actionCount,
         (SELECT count(*) FROM agreement_themes gt WHERE gt.theme_id = t.id) AS agreementCount
  FROM themes t`;

/** Every theme, by English label, with how many actions and agreements carry it. */
export function listThemes(db: Database.Database): Theme[] {
  return db.prepare(`${SELECT_THEME} ORDER BY t.label_en`).all() as Theme[];
}

/** One theme; `not_found` when it does not exist. */
export function getTheme(db: Database.Database, id: string): Theme {
  const theme = db.prepare(`${SELECT_THEME} WHERE t.id = ?`).get(id) as Theme | undefined;
  if (!theme) throw notFound('Theme', id);
  return theme;
}

/** A code made from a label: "Water & sanitation" → water_sanitation. */
export function codeFromLabel(label: string): string {
  const code = searchKey(label).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 50);
  return /^[a-z][a-z0-9_]/.test(code) ? code : `theme_${code}`.replace(/_+$/, '');
}

const view = (t: Theme) => ({ code: t.code, labelEn: t.labelEn, labelFr: t.labelFr });

/** Adds a theme. A code (given, or made from the English label) is unique. */
export function createTheme(db: Database.Database, input: ThemeInput): Theme {
  const t = themeInputSchema.parse(input);
  return db
    .transaction(() => {
      let code = t.code ?? codeFromLabel(t.labelEn);
      const taken = db.prepare('SELECT 1 FROM themes WHERE code = ?');
      if (t.code !== undefined && taken.get(code)) {
        throw new DomainError('rule', 'errors.themeExists', `A theme with code ${code} exists`, [{ path: 'code', key: 'errors.themeExists', params: { code } }], { code });
      }
      for (let n = 2; taken.get(code); n += 1) code = `${codeFromLabel(t.labelEn)}_${n}`;
      const id = newId();
      const stamp = now();
      db.prepare('INSERT INTO themes (id, code, label_en, label_fr, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        code,
        t.labelEn,
        t.labelFr,
        stamp,
        stamp,
      );
      const theme = getTheme(db, id);
      recordAudit(db, { entityType: 'theme', entityId: id, action: 'create', label: theme.labelEn, changes: diffFields(null, view(theme)), at: stamp });
      return theme;
    })
    .immediate();
}

/** Relabels a theme (its code stays). */
export function updateTheme(db: Database.Database, id: string, changes: ThemeUpdate['changes']): Theme {
  return db
    .transaction(() => {
      const current = getTheme(db, id);
      const { labelEn, labelFr } = { ...current, ...stripUndefined(changes) };
      const next = themeInputSchema.parse({ labelEn, labelFr });
      const stamp = now();
      db.prepare('UPDATE themes SET label_en = ?, label_fr = ?, updated_at = ? WHERE id = ?').run(next.labelEn, next.labelFr, stamp, id);
      const theme = getTheme(db, id);
      recordUpdate(db, { entityType: 'theme', entityId: id, label: theme.labelEn, at: stamp }, view(current), view(theme));
      return theme;
    })
    .immediate();
}

/** Deletes a theme nothing uses any more; refused while actions or agreements carry it. */
export function deleteTheme(db: Database.Database, id: string): { id: string } {
  return db
    .transaction(() => {
      const theme = getTheme(db, id);
      const count = theme.actionCount + theme.agreementCount;
      if (count > 0) {
        throw new DomainError('conflict', 'errors.themeInUse', `${theme.labelEn} is used by ${count} record(s)`, [], { count, theme: theme.labelEn });
      }
      db.prepare('DELETE FROM themes WHERE id = ?').run(id);
      recordAudit(db, { entityType: 'theme', entityId: id, action: 'delete', label: theme.labelEn, changes: diffFields(view(theme), null) });
      return { id };
    })
    .immediate();
}

/** Adds the themes whose code is not there yet; returns the id of every given code. */
export function ensureThemes(
  db: Database.Database,
  themes: readonly { code: string; labelEn: string; labelFr: string }[],
): Map<string, string> {
  const insert = db.prepare(
    `INSERT INTO themes (id, code, label_en, label_fr, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (code) DO NOTHING`,
  );
  const lookup = db.prepare('SELECT id FROM themes WHERE code = ?').pluck();
  const ids = new Map<string, string>();
  const stamp = now();
  for (const theme of themes) {
    const id = newId();
    if (insert.run(id, theme.code, theme.labelEn, theme.labelFr, stamp, stamp).changes > 0)
      noteChange(db, { entity: 'theme', id, op: 'create' });
    ids.set(theme.code, lookup.get(theme.code) as string);
  }
  return ids;
}
