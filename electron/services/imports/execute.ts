import type Database from 'better-sqlite3';
import { createAction, updateAction } from '../actions/crud';
import { createAgreement, updateAgreement } from '../agreements/agreements';
import { createCity, updateCity } from '../cities/cities';
import { contactsOfAgreement } from '../common/links';
import { createContact, updateContact } from '../contacts/contacts';
import { DomainError } from '../../core/errors';
import type { ImportEntity } from './current';
import type { RecordRef } from './matching';
import type { ImportPlan, PlannedOp, PlannedRow } from './plan';
import { takeRecordSnapshot, type RecordSnapshot } from './snapshot';
import { BulkWriteFailed, BulkWriter, bulkWritable, type NewRecord } from './bulkWriter';
import { withStatementCache } from '../../db/statementCache';

/**
 * Carries out a plan with the app's own rules, so every rule, history line, search entry and
 * change event is the same as for a record typed by hand. A row that only creates cities and
 * agreements (the bulk of a register) takes the bulk writer: the services' checks, then the
 * same rows written with statements prepared once. Any other row goes through the services, in
 * a savepoint when it writes several records. A refused row is undone alone and reported; the
 * caller, which holds the outer transaction, decides whether the others are kept (invalid rows
 * skipped) or everything is rolled back.
 */

/** A record written, with what it was before (an update) for undo. */
export interface WrittenItem {
  entity: ImportEntity;
  id: string;
  op: 'create' | 'update';
  before: RecordSnapshot | null;
}

/** A row a service refused while writing. */
export interface RowFailure {
  row: number;
  key: string;
  params: Record<string, string | number>;
  message: string;
}

export interface Execution {
  items: WrittenItem[];
  /** The id each op got (created) or had (updated, skipped), by row then op. */
  ids: Map<PlannedRow, (string | null)[]>;
  failures: RowFailure[];
}

function create(db: Database.Database, entity: ImportEntity, input: Record<string, unknown>): string {
  switch (entity) {
    case 'city':
      return createCity(db, input as Parameters<typeof createCity>[1]).id;
    case 'agreement':
      return createAgreement(db, input as Parameters<typeof createAgreement>[1]).id;
    case 'action':
      return createAction(db, input as Parameters<typeof createAction>[1]).id;
    case 'contact':
      return createContact(db, input as Parameters<typeof createContact>[1]).id;
  }
}

function update(db: Database.Database, entity: ImportEntity, id: string, changes: Record<string, unknown>): void {
  switch (entity) {
    case 'city':
      updateCity(db, id, changes);
      return;
    case 'agreement':
      updateAgreement(db, id, changes);
      return;
    case 'action':
      updateAction(db, id, changes);
      return;
    case 'contact':
      updateContact(db, id, changes);
      return;
  }
}

function failureOf(row: number, error: unknown): RowFailure {
  if (error instanceof DomainError) return { row, key: error.key, params: error.params, message: error.message };
  return { row, key: 'import.problems.invalid', params: {}, message: error instanceof Error ? error.message : String(error) };
}

export interface ExecuteOptions {
  /**
   * The dry run: every record is checked by the same rules and the records the rules look at
   * are inserted (for the caller to roll back), but nothing else is written — no history,
   * search entries or links. The failures are those the commit meets.
   */
  dryRun?: boolean;
  /**
   * Called after each row of the plan, outside the row's own error handling: `done` rows of
   * `total`. A throw here (a cancel) stops the write; the caller's transaction rolls it back.
   */
  onRow?: (done: number, total: number) => void;
}

/**
 * Writes the rows of a plan that create or update something. A row that only creates cities
 * and agreements takes the bulk writer (`bulkWriter.ts`: the services' checks, prepared
 * statements, no read-back); a row that updates something goes through the services.
 */
export function executePlan(db: Database.Database, plan: ImportPlan, options: ExecuteOptions = {}): Execution {
  // Statements compiled once for the whole plan (the services prepare theirs where they run them).
  return withStatementCache(db, () => execute(db, plan, options));
}

function execute(db: Database.Database, plan: ImportPlan, options: ExecuteOptions): Execution {
  const bulk = new BulkWriter(db, options.dryRun ? 'check' : 'write');
  const created = new Map<number, string>();
  const items: WrittenItem[] = [];
  const ids = new Map<PlannedRow, (string | null)[]>();
  const failures: RowFailure[] = [];
  const resolve = (ref: RecordRef, row: number): string => {
    if ('id' in ref) return ref.id;
    const id = created.get(ref.planned);
    if (id === undefined)
      throw new DomainError('rule', 'import.match.dependsOnRejected', `Row ${row} needs a record of a rejected row`);
    return id;
  };
  const linksOf = (op: PlannedOp, row: number) => ({
    ...(op.links.cityId ? { cityId: resolve(op.links.cityId, row) } : {}),
    ...(op.links.agreementId ? { agreementId: resolve(op.links.agreementId, row) } : {}),
    ...(op.links.contactIds ? { contactIds: op.links.contactIds.map((ref) => resolve(ref, row)) } : {}),
  });
  /** An update's values, with the contacts it adds joined to the agreement's own. */
  const updateOf = (op: PlannedOp, id: string, row: number): Record<string, unknown> => {
    if (!op.links.contactIds) return op.values;
    const own = contactsOfAgreement(db, id).map((contact) => contact.id);
    const added = op.links.contactIds.map((ref) => resolve(ref, row));
    return { ...op.values, contactIds: [...new Set([...own, ...added])] };
  };

  const writeOps = (planned: PlannedRow) =>
    planned.ops.map((op): string | null => {
      if (op.op === 'skip') return 'id' in op.ref ? op.ref.id : (created.get(op.ref.planned) ?? null);
      if (op.op === 'create') {
        const id = create(db, op.entity, { ...op.values, ...linksOf(op, planned.row) });
        if ('planned' in op.ref) created.set(op.ref.planned, id);
        items.push({ entity: op.entity, id, op: 'create', before: null });
        return id;
      }
      const id = resolve(op.ref, planned.row);
      const snapshot = takeRecordSnapshot(db, op.entity, id);
      update(db, op.entity, id, updateOf(op, id, planned.row));
      items.push({ entity: op.entity, id, op: 'update', before: snapshot });
      return id;
    });
  /** A row that only creates records the bulk writer takes: checked, then written without a savepoint. */
  const bulkRow = (planned: PlannedRow): (string | null)[] | null => {
    const creates = planned.ops.filter((op) => op.op === 'create');
    if (creates.length === 0 || planned.ops.some((op) => op.op === 'update')) return null;
    // Contacts (and an agreement linked to contacts) go through the services, which link them.
    if (!creates.every((op) => bulkWritable(op.entity, op.values) && !op.links.contactIds?.length)) return null;
    const inRow = new Map<number, number>();
    creates.forEach((op, index) => {
      if ('planned' in op.ref) inRow.set(op.ref.planned, index);
    });
    const link = (ref: RecordRef, ids: readonly string[]): string => {
      const index = 'planned' in ref ? inRow.get(ref.planned) : undefined;
      return index !== undefined && index < ids.length ? ids[index]! : resolve(ref, planned.row);
    };
    const newIds = bulk.createRow(
      creates.map((op) => ({ entity: op.entity as NewRecord['entity'], input: op.values })),
      (index, ids) => {
        const { links } = creates[index]!;
        return {
          ...(links.cityId ? { cityId: link(links.cityId, ids) } : {}),
          ...(links.agreementId ? { agreementId: link(links.agreementId, ids) } : {}),
        };
      },
    );
    let next = 0;
    return planned.ops.map((op): string | null => {
      if (op.op === 'skip') return 'id' in op.ref ? op.ref.id : (created.get(op.ref.planned) ?? null);
      const id = newIds[next++]!;
      if ('planned' in op.ref) created.set(op.ref.planned, id);
      items.push({ entity: op.entity, id, op: 'create', before: null });
      return id;
    });
  };

  // Prepared once: better-sqlite3 builds a transaction function (and its savepoint statements) per call of `transaction`.
  const inSavepoint = db.transaction(writeOps);

  const total = plan.rows.length;
  let done = 0;
  for (const planned of plan.rows) {
    done += 1;
    if (planned.outcome !== 'create' && planned.outcome !== 'update') {
      options.onRow?.(done, total);
      continue;
    }
    const before = items.length;
    // A row that writes one record needs no savepoint of its own: each service writes in its own.
    const writes = planned.ops.filter((op) => op.op !== 'skip').length;
    const writeRow = () => bulkRow(planned) ?? (writes > 1 ? inSavepoint(planned) : writeOps(planned));
    try {
      ids.set(planned, writeRow());
    } catch (error) {
      if (error instanceof BulkWriteFailed) throw error;
      items.length = before;
      for (const op of planned.ops) if ('planned' in op.ref && op.op === 'create') created.delete(op.ref.planned);
      failures.push(failureOf(planned.row, error));
    }
    options.onRow?.(done, total);
  }
  return { items, ids, failures };
}
