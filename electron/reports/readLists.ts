import type Database from 'better-sqlite3';
import type { AgreementListFilter, AgreementRow } from '../../shared/schemas/agreements';
import type { Progress } from '../core/progress';
import { agreementRowIdsInOrder, agreementRowsOf } from '../services/agreements/agreements';
import type { Language } from '../../shared/domain/enums';
import { withReaderLanguage } from '../db/functions';

/**
 * The register read for an export without freezing the main process (the actions list is
 * paged instead, see pagedActions.ts; `READ_CHUNK` is its page too): the ordered ids in one
 * query, then the rows chunk by chunk, with a tick (which yields and may throw
 * `ExportCancelled`) between chunks. No statement stays open across an await, so other
 * queries on the connection (status, preview) run meanwhile.
 */

/** Ids per chunk: a chunk's read takes a few milliseconds at most. */
export const READ_CHUNK = 1000;

async function readInChunks<Row>(ids: number[], rowsOf: (chunk: number[]) => Row[], progress: Progress): Promise<Row[]> {
  progress.phase('reading', ids.length);
  const rows: Row[] = [];
  for (let start = 0; start < ids.length; start += READ_CHUNK) {
    const chunk = ids.slice(start, start + READ_CHUNK);
    const read = rowsOf(chunk);
    for (const row of read) rows.push(row);
    await progress.tick(chunk.length);
  }
  return rows;
}

/** Every row of the register for `filter`, in its order (what `allAgreements` reads in one go). */
export function readAgreements(
  db: Database.Database,
  filter: Omit<AgreementListFilter, 'limit' | 'offset'>,
  progress: Progress,
  lang: Language,
): Promise<AgreementRow[]> {
  const ids = withReaderLanguage(db, lang, () => agreementRowIdsInOrder(db, filter));
  return readInChunks(ids, (chunk) => withReaderLanguage(db, lang, () => agreementRowsOf(db, chunk)), progress);
}
