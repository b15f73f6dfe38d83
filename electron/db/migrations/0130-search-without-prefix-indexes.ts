import type { Migration } from './types';

/**
 * Migration 0130 (schema 130): the search index without its 2- and 3-letter prefix indexes.
 *
 * Measured on a generated register of 10,000 actions, the prefix indexes took 2.1 of the
 * index's 3.5 MB (60%; ~21 MB at 100,000 actions), for nothing a user could feel: FTS5 answers a
 * short prefix ("ho"*, "hou"*) from the main index by walking the terms that start with it,
 * 0.1–0.2 ms with or without them. The index is rebuilt from `search_entries` (external
 * content: the text itself is not copied again) and merged into one segment.
 */
export const migration0130: Migration = {
  version: 130,
  name: 'search index without prefix indexes',
  up(db) {
    db.exec(`
      DROP TABLE search_fts;
      CREATE VIRTUAL TABLE search_fts USING fts5 (
        title, body,
        content = 'search_entries', content_rowid = 'entry_id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO search_fts (search_fts) VALUES ('rebuild');
      INSERT INTO search_fts (search_fts) VALUES ('optimize');
    `);
  },
};
