import type Database from 'better-sqlite3';
import type { ImportMapping } from '../../../shared/import/mapping';
import type { ImportBatch, ImportRowError, ImportUndoResult, OnMatch } from '../../../shared/schemas/imports';
import { DomainError } from '../../core/errors';
import { newId, now } from '../common/clock';
import { currentUserName, recordAudit } from '../history/audit';
import { indexAction, indexAgreement, indexCity, indexContact } from '../search/searchIndex';
import type { ImportEntity } from './current';
import type { WrittenItem } from './execute';
import type { RejectedRows } from './rejected';
import { restoreRecordSnapshot, tableOf, type RecordSnapshot } from './snapshot';

/**
 * Import batches: every committed import is one row of `import_batches`, its records in
 * `import_batch_items` (with their state before an update) and its history lines marked with
 * its id. Undo works from these tables alone, so it works after a restart too.
 */

/** The last history line written so far (0 when none): a batch's lines are those after it. */
export function lastAuditRowid(db: Database.Database): number {
  return (db.prepare('SELECT coalesce(max(rowid), 0) AS n FROM audit_log').get() as { n: number }).n;
}

export interface BatchRecord {
  fileName: string;
  mapping: ImportMapping;
  onMatch: OnMatch;
  counts: { created: number; updated: number; skipped: number; rejected: number };
  errors: ImportRowError[];
  rejectedRows: RejectedRows;
  backup: string | null;
  firstAuditRowid: number;
  items: readonly WrittenItem[];
}

/** Records a batch inside the import's transaction and marks its history lines. Returns its id. */
export function recordBatch(db: Database.Database, batch: BatchRecord): string {
  const id = newId();
  const last = lastAuditRowid(db);
  db.prepare(
    `INSERT INTO import_batches (id, file_name, target, created_at, user_name, on_match, created_count, updated_count,
       skipped_count, rejected_count, mapping, report, backup, first_audit_rowid, last_audit_rowid)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    batch.fileName,
    batch.mapping.target,
    now(),
    currentUserName(db),
    batch.onMatch,
    batch.counts.created,
    batch.counts.updated,
    batch.counts.skipped,
    batch.counts.rejected,
    JSON.stringify(batch.mapping),
    JSON.stringify({ errors: batch.errors, rejectedRows: batch.rejectedRows }),
    batch.backup,
    batch.firstAuditRowid + 1,
    last,
  );
  const insert = db.prepare(
    'INSERT INTO import_batch_items (batch_id, seq, entity_type, entity_id, op, before) VALUES (?, ?, ?, ?, ?, ?)',
  );
  batch.items.forEach((item, seq) =>
    insert.run(id, seq, item.entity, item.id, item.op, item.before ? JSON.stringify(item.before) : null),
  );
  db.prepare('UPDATE audit_log SET batch_id = ? WHERE rowid > ? AND rowid <= ?').run(id, batch.firstAuditRowid, last);
  return id;
}

interface StoredBatch extends ImportBatch {
  lastAuditRowid: number;
  report: string;
}

const SELECT_BATCH = `
  SELECT id, file_name AS fileName, target, created_at AS createdAt, created_count AS created,
         updated_count AS updated, skipped_count AS skipped, rejected_count AS rejected, on_match AS onMatch,
         backup, undone_at AS undoneAt, last_audit_rowid AS lastAuditRowid, report
  FROM import_batches`;

function toBatch(row: StoredBatch): ImportBatch {
  const { lastAuditRowid: _last, report: _report, ...batch } = row;
  return batch;
}

function findBatch(db: Database.Database, id: string): StoredBatch {
  const row = db.prepare(`${SELECT_BATCH} WHERE id = ?`).get(id) as StoredBatch | undefined;
  if (!row) throw new DomainError('not_found', 'import.undo.notFound', `Import ${id} not found`, [], { id });
  return row;
}

/** The recorded imports, newest first. */
export function listBatches(db: Database.Database, limit = 100): ImportBatch[] {
  const rows = db.prepare(`${SELECT_BATCH} ORDER BY created_at DESC, rowid DESC LIMIT ?`).all(limit) as StoredBatch[];
  return rows.map(toBatch);
}

/** A recorded batch's rejected rows, as the report kept them. */
export function batchRejected(
  db: Database.Database,
  id: string,
): { fileName: string; errors: ImportRowError[]; rejectedRows: RejectedRows } {
  const batch = findBatch(db, id);
  const report = JSON.parse(batch.report) as { errors?: ImportRowError[]; rejectedRows?: RejectedRows };
  return {
    fileName: batch.fileName,
    errors: report.errors ?? [],
    rejectedRows: report.rejectedRows ?? { headers: [], rows: [] },
  };
}

const REINDEX: Record<ImportEntity, (db: Database.Database, id: string) => void> = {
  city: indexCity,
  agreement: indexAgreement,
  action: indexAction,
  contact: indexContact,
};

/** How many later edits a refusal names. */
const LISTED_EDITS = 10;

/**
 * History lines after the batch, by anything but the batch, that undoing it would contradict:
 * about its records or records under them (`parent_id`), or about a record that now links to a
 * record the batch created (a contact given a created city, an agreement or an action given a
 * created contact, an agreement signed with a created city): removing the created record would
 * take that later link with it, unseen. Also the deletion since of a record an updated record
 * was linked to before the batch (a contact of an agreement): its link cannot be put back.
 */
function editsSince(db: Database.Database, batch: StoredBatch): { label: string; entityType: string; action: string; at: string }[] {
  return db
    .prepare(
      `WITH items AS (SELECT entity_id FROM import_batch_items WHERE batch_id = @id),
            created AS (SELECT entity_id FROM import_batch_items WHERE batch_id = @id AND op = 'create'),
            linked AS (
              SELECT contact_id AS id FROM contact_cities WHERE city_id IN created
              UNION SELECT id FROM agreements WHERE city_id IN created
              UNION SELECT agreement_id FROM agreement_contacts WHERE contact_id IN created
              UNION SELECT action_id FROM action_contacts WHERE contact_id IN created),
            gone AS (
              SELECT j.value AS id FROM import_batch_items i, json_tree(i.before, '$.links') j
              WHERE i.batch_id = @id AND i.op = 'update'
                AND ((j.key = 'contact_id' AND NOT EXISTS (SELECT 1 FROM contacts WHERE id = j.value))
                  OR (j.key = 'city_id' AND NOT EXISTS (SELECT 1 FROM cities WHERE id = j.value))
                  OR (j.key = 'theme_id' AND NOT EXISTS (SELECT 1 FROM themes WHERE id = j.value))))
       SELECT label, entity_type AS entityType, action, created_at AS at FROM audit_log
       WHERE rowid > @last AND batch_id IS NOT @id
         AND (entity_id IN items OR parent_id IN items OR entity_id IN linked OR entity_id IN gone)
       ORDER BY rowid LIMIT ${LISTED_EDITS + 1}`,
    )
    .all({ last: batch.lastAuditRowid, id: batch.id }) as { label: string; entityType: string; action: string; at: string }[];
}

/**
 * Undoes a batch as a unit, in one transaction: records it created are removed (they never
 * existed before it), records it updated get their exact previous rows back. Refused, with
 * what was edited, when anything it touched (or anything under it) was edited after it.
 */
export function undoBatch(db: Database.Database, batchId: string): ImportUndoResult {
  return db
    .transaction(() => {
      const batch = findBatch(db, batchId);
      if (batch.undoneAt !== null)
        throw new DomainError('conflict', 'import.undo.alreadyUndone', `Import ${batchId} was already undone`, [], {
          at: batch.undoneAt,
        });
      const edits = editsSince(db, batch);
      if (edits.length > 0) {
        const listed = edits.slice(0, LISTED_EDITS).map((e) => `${e.label || e.entityType} (${e.action}, ${e.at.slice(0, 16).replace('T', ' ')})`);
        throw new DomainError(
          'conflict',
          'import.undo.editedSince',
          `Records of this import were edited since: ${listed.join(', ')}`,
          [],
          { count: edits.length > LISTED_EDITS ? `${LISTED_EDITS}+` : edits.length, records: listed.join(', ') },
        );
      }
      const items = db
        .prepare(
          `SELECT i.entity_type AS entity, i.entity_id AS id, i.op, i.before,
                  (SELECT label FROM audit_log a WHERE a.batch_id = i.batch_id AND a.entity_id = i.entity_id LIMIT 1) AS label
           FROM import_batch_items i WHERE i.batch_id = ? ORDER BY i.seq DESC`,
        )
        .all(batchId) as { entity: ImportEntity; id: string; op: 'create' | 'update'; before: string | null; label: string | null }[];
      let removed = 0;
      let restored = 0;
      for (const item of items) {
        const label = item.label ?? '';
        if (item.op === 'create') {
          db.prepare(`DELETE FROM ${tableOf(item.entity)} WHERE id = ?`).run(item.id);
          recordAudit(db, { entityType: item.entity, entityId: item.id, action: 'delete', label });
          removed += 1;
        } else {
          restoreRecordSnapshot(db, item.entity, item.id, JSON.parse(item.before!) as RecordSnapshot);
          REINDEX[item.entity](db, item.id);
          recordAudit(db, { entityType: item.entity, entityId: item.id, action: 'update', label });
          restored += 1;
        }
      }
      db.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?').run(now(), batchId);
      return { batchId, removed, restored };
    })
    .immediate();
}
