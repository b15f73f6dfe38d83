import Database from 'better-sqlite3';
import { MATCH_END, MATCH_START } from '../../../shared/schemas/search';
import type { SearchDocument } from './searchIndex';

/**
 * Snippets for the search box's hits. The register's index keeps no text (migration 0150), so
 * FTS5's snippet() has nothing to cut there. The few hits shown are written, as their records
 * read now, into a scratch FTS5 table in memory with the same tokenizer, and the same query cuts
 * their snippets there: exactly what snippet() gave when the index held a copy of the text.
 */

interface Scratch {
  clear: Database.Statement;
  insert: Database.Statement;
  cut: Database.Statement;
}

let scratch: Scratch | undefined;

function scratchTable(): Scratch {
  if (!scratch) {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE hits USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2')");
    scratch = {
      clear: db.prepare('DELETE FROM hits'),
      insert: db.prepare('INSERT INTO hits (rowid, title, body) VALUES (?, ?, ?)'),
      cut: db
        .prepare(`SELECT rowid, snippet(hits, -1, '${MATCH_START}', '${MATCH_END}', '…', 12) FROM hits WHERE hits MATCH ?`)
        .raw(),
    };
  }
  return scratch;
}

/** The snippet of each document (by its key) for an FTS query (`ftsQuery`). */
export function cutSnippets(docs: ReadonlyMap<number, SearchDocument>, fts: string): Map<number, string> {
  const s = scratchTable();
  s.clear.run();
  for (const [key, doc] of docs) s.insert.run(key, doc.title, doc.body);
  const cut = new Map((s.cut.all(fts) as [number, string][]).map(([key, snippet]) => [key, snippet]));
  s.clear.run();
  return cut;
}
