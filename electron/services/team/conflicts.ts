import type Database from 'better-sqlite3';
import type { ConflictChoice, TeamConflict } from '../../../shared/schemas/team';
import { parseStamp, tick } from '../../core/hlc';
import { withoutOutbox } from '../../core/outbox';
import { notFound } from '../../core/errors';
import { now } from '../common/clock';
import { materialise } from './apply';
import { currentUserName } from '../history/audit';
import { stageField } from './outbox';
import { DELETED, isSyncedEntity } from './records';

interface StoredConflict {
  id: string;
  entity: string;
  record_id: string;
  label: string;
  field: string;
  mine: string;
  theirs: string;
  kept: ConflictChoice;
  theirs_by: string;
  theirs_hlc: string;
  detected_at: string;
}

function toConflict(row: StoredConflict): TeamConflict {
  return {
    id: row.id,
    entity: row.entity,
    recordId: row.record_id,
    label: row.label,
    field: row.field,
    mine: JSON.parse(row.mine) as unknown,
    theirs: JSON.parse(row.theirs) as unknown,
    kept: row.kept,
    theirsBy: row.theirs_by,
    theirsAt: stampTime(row.theirs_hlc),
    detectedAt: row.detected_at,
  };
}

/** When a change was made, from its clock stamp (ISO 8601, UTC), null when unreadable. */
function stampTime(stamp: string): string | null {
  const parsed = parseStamp(stamp);
  return parsed ? new Date(parsed.millis).toISOString() : null;
}

/** Open conflicts, oldest first. */
export function listConflicts(db: Database.Database): TeamConflict[] {
  return (db.prepare('SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY detected_at, id').all() as StoredConflict[]).map(toConflict);
}

export function conflictCount(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL').pluck().get() as number;
}

/**
 * The user's choice: the chosen value becomes a new change of this desktop (a clock later than
 * both), written to the register and sent at the next sync, so every desktop ends up with it.
 * For a delete against an edit, `mine`/`theirs` decide whether the record stays deleted.
 */
export function resolveConflict(db: Database.Database, desktop: string, id: string, choice: ConflictChoice): TeamConflict {
  return db.transaction(() => {
    const row = db.prepare('SELECT * FROM sync_conflicts WHERE id = ? AND resolved_at IS NULL').get(id) as StoredConflict | undefined;
    if (!row) throw notFound('Conflict', id);
    const hlc = tick(db, desktop);
    if (isSyncedEntity(row.entity) && row.field !== '_apply') {
      const chosen = choice === 'mine' ? row.mine : row.theirs;
      if (row.field === DELETED) {
        // One side is `true` (deleted), the other the edits made meanwhile.
        const keepDeleted = chosen === 'true';
        stageField(db, desktop, row.entity, row.record_id, DELETED, keepDeleted ? 'true' : 'false', hlc);
        if (!keepDeleted && chosen.startsWith('{')) {
          for (const [field, value] of Object.entries(JSON.parse(chosen) as Record<string, unknown>)) {
            stageField(db, desktop, row.entity, row.record_id, field, JSON.stringify(value), hlc);
          }
        }
      } else {
        stageField(db, desktop, row.entity, row.record_id, row.field, chosen, hlc);
      }
      // The choice is this user's change of the record: its history line says so.
      withoutOutbox(db, () => materialise(db, desktop, row.entity as 'city', row.record_id, currentUserName(db)));
    }
    db.prepare('UPDATE sync_conflicts SET resolved_at = ?, choice = ? WHERE id = ?').run(now(), choice, id);
    return toConflict({ ...row, kept: choice });
  })();
}
