import type Database from 'better-sqlite3';
import { resolvePlaceNames, spellingsKey } from '../../../shared/domain/placeNames';
import { searchKey } from '../../../shared/domain/text';
import type { Migration } from './types';

/**
 * Schema v9: a partner city's name in French and in English, and its other spellings.
 *
 * A Paris officer reading in French looked for "copenhague", "pekin" or "tbilissi" and found
 * nothing: cities had one name, the English one. `name_fr` and `name_en` are what screens,
 * reports and exports show in the reader's language (`city_name()` in SQL); `aliases` (a JSON
 * array) holds other spellings a user adds; `names_key` holds the search key of every spelling,
 * the built-in table's included, one per line, for the register's text filter; `name_fr_key` and
 * `name_en_key` sort in either language. `name` stays: the name as a user last typed it, which
 * keeps the unique index (name_key, country). The step fills the names from the built-in table of
 * well-known names (shared/domain/placeNamesData.ts), keeps the old name as a spelling when it is
 * neither, and re-indexes cities and agreements for search under every name.
 */
export const migration0090: Migration = {
  version: 90,
  name: 'city names in French and English, other spellings',
  up(db) {
    db.exec(`
      ALTER TABLE cities ADD COLUMN name_fr TEXT NOT NULL DEFAULT '';
      ALTER TABLE cities ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
      ALTER TABLE cities ADD COLUMN name_fr_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE cities ADD COLUMN name_en_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE cities ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array');
      ALTER TABLE cities ADD COLUMN names_key TEXT NOT NULL DEFAULT '';
    `);
    const update = db.prepare(
      `UPDATE cities SET name_fr = @fr, name_en = @en, name_fr_key = @frKey, name_en_key = @enKey,
              aliases = @aliases, names_key = @namesKey WHERE id = @id`,
    );
    const cities = db.prepare('SELECT id, name, country FROM cities').all() as {
      id: string;
      name: string;
      country: string;
    }[];
    for (const c of cities) {
      const names = resolvePlaceNames(c);
      update.run({
        id: c.id,
        fr: names.fr,
        en: names.en,
        frKey: searchKey(names.fr),
        enKey: searchKey(names.en),
        aliases: JSON.stringify(names.aliases),
        namesKey: spellingsKey({ ...names, country: c.country }),
      });
    }
    db.exec(`
      CREATE INDEX cities_name_fr ON cities (name_fr_key);
      CREATE INDEX cities_name_en ON cities (name_en_key);
    `);
    reindexNames(db);
  },
};

/**
 * A frozen copy of how the services compose a city's and an agreement's search titles (see
 * services/searchIndex.ts): every spelling of the city is in the title.
 */
function reindexNames(db: Database.Database): void {
  const entry = db.prepare(
    'SELECT entry_id AS entryId, title, body FROM search_entries WHERE entity_id = ?',
  );
  const setTitle = db.prepare('UPDATE search_entries SET title = ? WHERE entry_id = ?');
  const ftsDelete = db.prepare(
    "INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
  );
  const ftsInsert = db.prepare('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
  const retitle = (id: string, title: string) => {
    const old = entry.get(id) as { entryId: number; title: string; body: string } | undefined;
    if (!old || old.title === title) return;
    ftsDelete.run(old.entryId, old.title, old.body);
    setTitle.run(title, old.entryId);
    ftsInsert.run(old.entryId, title, old.body);
  };
  const spellings = (namesKey: string, fr: string, en: string, name: string) =>
    [...new Set([fr, en, name])].join(' ') +
    (namesKey ? `\n${namesKey.split('\n').join(' ')}` : '');
  type Row = { id: string; name: string; fr: string; en: string; namesKey: string; title: string };
  for (const c of db
    .prepare(
      "SELECT id, name, name_fr AS fr, name_en AS en, names_key AS namesKey, '' AS title FROM cities",
    )
    .all() as Row[]) {
    retitle(c.id, spellings(c.namesKey, c.fr, c.en, c.name));
  }
  for (const a of db
    .prepare(
      `SELECT a.id, c.name, c.name_fr AS fr, c.name_en AS en, c.names_key AS namesKey, a.title
       FROM agreements a JOIN cities c ON c.id = a.city_id`,
    )
    .all() as Row[]) {
    retitle(a.id, [spellings(a.namesKey, a.fr, a.en, a.name), a.title].filter(Boolean).join(' '));
  }
}
