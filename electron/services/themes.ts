import type Database from 'better-sqlite3';
import type { Theme } from '../../shared/schemas/themes';
import { newId, now } from './clock';

/** Every theme, by English label, with how many actions carry it. */
export function listThemes(db: Database.Database): Theme[] {
  return db
    .prepare(
      `SELECT t.id, t.code, t.label_en AS labelEn, t.label_fr AS labelFr, t.created_at AS createdAt,
              t.updated_at AS updatedAt, (SELECT count(*) FROM action_themes at WHERE at.theme_id = t.id) AS actionCount
       FROM themes t ORDER BY t.label_en`,
    )
    .all() as Theme[];
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
    insert.run(newId(), theme.code, theme.labelEn, theme.labelFr, stamp, stamp);
    ids.set(theme.code, lookup.get(theme.code) as string);
  }
  return ids;
}
