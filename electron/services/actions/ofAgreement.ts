import type Database from 'better-sqlite3';
import type { ActionSummary, ThemeRef } from '../../../shared/schemas/actions';

type StoredAction = Omit<ActionSummary, 'themes'> & { themes: string };

/** The actions carried out under an agreement, earliest first (undated last), with their themes. */
export function listActionsOfAgreement(db: Database.Database, agreementId: string): ActionSummary[] {
  const rows = db
    .prepare(
      `SELECT x.id, x.agreement_id AS agreementId, x.title, x.kind, x.status, x.start_on AS startOn,
              x.end_on AS endOn, x.notes, x.created_at AS createdAt, x.updated_at AS updatedAt,
              (SELECT json_group_array(json_object('id', t.id, 'code', t.code, 'labelEn', t.label_en, 'labelFr', t.label_fr))
                 FROM action_themes at JOIN themes t ON t.id = at.theme_id WHERE at.action_id = x.id) AS themes
       FROM actions x WHERE x.agreement_id = ?
       ORDER BY x.start_on IS NULL, x.start_on, x.title`,
    )
    .all(agreementId) as StoredAction[];
  return rows.map((row) => ({ ...row, themes: JSON.parse(row.themes) as ThemeRef[] }));
}
