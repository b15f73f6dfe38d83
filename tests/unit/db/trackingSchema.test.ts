import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/db/migrations/index';
import { SEED_THEMES } from '../../../electron/db/migrations/0060-seed-themes';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { listActions } from '../../../electron/services/actions/list';
import { getCity } from '../../../electron/services/cities/cities';
import { searchEverything } from '../../../electron/services/search/search';
import { tempDatabase, tempDir } from '../helpers/tempData';

const STAMP = '2024-01-01T00:00:00.000Z';

/** A database file built with the migrations up to `version` only. */
function databaseAt(version: number): { file: string; db: Database.Database } {
  const file = join(tempDir(), 'accords.sqlite3');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= version) });
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  return { file, db };
}

function reopen(file: string, raw: Database.Database): Database.Database {
  raw.close();
  const db = openDatabase(file);
  expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  return db;
}

const found = (db: Database.Database, text: string) =>
  Object.fromEntries(
    searchEverything(db, { text }).groups.map((g) => [g.kind, g.hits.map((h) => h.title)]),
  );

describe('migrating a schema-10 database (0010) to the tracking schema (0030)', () => {
  it('keeps every row, fills the new columns, indexes the records for search, and adds the seed themes', () => {
    const { file, db: raw } = databaseAt(10);
    raw.exec(`
      INSERT INTO settings (key, value) VALUES ('city.own', 'Paris');
      INSERT INTO cities (id, name, name_key, country, latitude, longitude, notes, created_at, updated_at) VALUES
        ('c1', 'São Paulo', 'sao paulo', 'BR', -23.55, -46.63, 'Largest partner', '${STAMP}', '${STAMP}'),
        ('c2', 'Québec', 'quebec', 'CA', 46.81, -71.21, '', '${STAMP}', '${STAMP}');
      INSERT INTO agreements (id, city_id, kind, exclusive, signed_on, signed_precision, signed_year, status, ended_on, end_reason, title, notes, created_at, updated_at) VALUES
        ('a1', 'c1', 'friendship_cooperation', 0, '2004', 'year', 2004, 'active', NULL, '', '', 'Signed at City Hall', '${STAMP}', '${STAMP}'),
        ('a2', 'c2', 'friendship_cooperation', 0, '2003', 'year', 2003, 'ended', '2010', 'Not renewed', '', '', '${STAMP}', '${STAMP}');
      INSERT INTO themes (id, code, label_en, label_fr, created_at, updated_at) VALUES
        ('t1', 'social_housing', 'Social housing (ours)', 'Logement social', '${STAMP}', '${STAMP}');
      INSERT INTO actions (id, agreement_id, title, kind, status, start_on, end_on, notes, created_at, updated_at) VALUES
        ('x1', 'a1', 'Échange sur le logement', 'staff_exchange', 'done', '2005-03', '2005-04-15', 'Favelas upgrading', '${STAMP}', '${STAMP}'),
        ('x2', 'a2', 'Winter workshop', 'workshop', 'planned', NULL, NULL, '', '${STAMP}', '${STAMP}');
      INSERT INTO action_themes (action_id, theme_id) VALUES ('x1', 't1');
    `);
    const db = reopen(file, raw);
    try {
      expect(
        db
          .prepare(
            'SELECT id, name, country, notes, region, languages, website FROM cities ORDER BY id',
          )
          .all(),
      ).toEqual([
        {
          id: 'c1',
          name: 'São Paulo',
          country: 'BR',
          notes: 'Largest partner',
          region: '',
          languages: '[]',
          website: '',
        },
        {
          id: 'c2',
          name: 'Québec',
          country: 'CA',
          notes: '',
          region: '',
          languages: '[]',
          website: '',
        },
      ]);
      expect(getCity(db, 'c1')).toMatchObject({ languages: [], agreementCount: 1 });
      expect(
        db
          .prepare('SELECT id, city_id, status, end_reason, notes FROM agreements ORDER BY id')
          .all(),
      ).toEqual([
        { id: 'a1', city_id: 'c1', status: 'active', end_reason: '', notes: 'Signed at City Hall' },
        { id: 'a2', city_id: 'c2', status: 'ended', end_reason: 'Not renewed', notes: '' },
      ]);
      expect(
        db
          .prepare(
            'SELECT id, title, title_key, start_on, end_on, start_day, end_day, budget_planned_minor, follow_up_on FROM actions ORDER BY id',
          )
          .all(),
      ).toEqual([
        {
          id: 'x1',
          title: 'Échange sur le logement',
          title_key: 'echange sur le logement',
          start_on: '2005-03',
          end_on: '2005-04-15',
          start_day: '2005-03-01',
          end_day: '2005-04-15',
          budget_planned_minor: null,
          follow_up_on: null,
        },
        {
          id: 'x2',
          title: 'Winter workshop',
          title_key: 'winter workshop',
          start_on: null,
          end_on: null,
          start_day: null,
          end_day: null,
          budget_planned_minor: null,
          follow_up_on: null,
        },
      ]);
      expect(db.prepare('SELECT * FROM action_themes').all()).toEqual([
        { action_id: 'x1', theme_id: 't1' },
      ]);
      // The theme the user had keeps its id and labels; the seeds fill in the rest.
      expect(
        db.prepare("SELECT id, label_en FROM themes WHERE code = 'social_housing'").get(),
      ).toEqual({ id: 't1', label_en: 'Social housing (ours)' });
      expect(db.prepare('SELECT count(*) FROM themes').pluck().get()).toBe(SEED_THEMES.length);
      expect(db.prepare("SELECT value FROM settings WHERE key = 'city.own'").pluck().get()).toBe(
        'Paris',
      );
      // Search works on what was there before.
      expect(found(db, 'sao paulo')).toEqual({ city: ['São Paulo'], agreement: ['São Paulo'] });
      expect(found(db, 'quebec')).toEqual({ city: ['Québec'], agreement: ['Québec'] });
      expect(found(db, 'echange')).toEqual({ action: ['Échange sur le logement'] });
      expect(found(db, 'favelas')).toEqual({ action: ['Échange sur le logement'] });
      expect(listActions(db, { from: '2005-04', to: '2005-04' }).rows.map((r) => r.id)).toEqual([
        'x1',
      ]);
    } finally {
      closeDatabase(db);
    }
  });

  it('step 0030 → later: versions, contacts, indicators, participants and documents survive', () => {
    const { file, db: raw } = databaseAt(30);
    raw.exec(`
      INSERT INTO cities (id, name, name_key, country, region, languages, website, created_at, updated_at)
        VALUES ('c1', 'Montreal', 'montreal', 'CA', 'Québec', '["French"]', 'https://montreal.ca', '${STAMP}', '${STAMP}');
      INSERT INTO agreements (id, city_id, kind, signed_on, signed_precision, signed_year, status, created_at, updated_at)
        VALUES ('a1', 'c1', 'friendship_cooperation', '2006-04', 'month', 2006, 'active', '${STAMP}', '${STAMP}');
      INSERT INTO agreement_versions (id, agreement_id, kind, date, date_precision, summary, signatories, created_at, updated_at)
        VALUES ('v1', 'a1', 'new_pact', '2023-04', 'month', 'New pact', '[{"name":"Valérie Plante","role":"Mayor","side":"partner"}]', '${STAMP}', '${STAMP}');
      INSERT INTO contacts (id, name, name_key, side, email, created_at, updated_at) VALUES ('k1', 'Marie', 'marie', 'partner', 'm@x.ca', '${STAMP}', '${STAMP}');
      INSERT INTO contact_cities (contact_id, city_id) VALUES ('k1', 'c1');
      INSERT INTO agreement_contacts (agreement_id, contact_id) VALUES ('a1', 'k1');
      INSERT INTO actions (id, agreement_id, title, title_key, kind, status, start_on, start_day, end_day, budget_planned_minor, budget_planned_currency, follow_up_on, created_at, updated_at)
        VALUES ('x1', 'a1', 'Snow removal study', 'snow removal study', 'study_visit', 'ongoing', '2025-01', '2025-01-01', '2025-01-31', 250000, 'CAD', '2025-03-01', '${STAMP}', '${STAMP}');
      INSERT INTO action_indicators (id, action_id, position, name, unit, target, achieved, created_at, updated_at)
        VALUES ('i1', 'x1', 0, 'Streets studied', 'km', 40, 12.5, '${STAMP}', '${STAMP}');
      INSERT INTO action_contacts (action_id, contact_id, role) VALUES ('x1', 'k1', 'counterpart');
      INSERT INTO documents (id, owner_type, owner_id, name, mime, size, sha256, created_at, updated_at)
        VALUES ('d1', 'action', 'x1', 'report.pdf', 'application/pdf', 10, '${'a'.repeat(64)}', '${STAMP}', '${STAMP}');
    `);
    const db = reopen(file, raw);
    try {
      expect(db.prepare('SELECT signatories FROM agreement_versions').pluck().get()).toBe(
        '[{"name":"Valérie Plante","role":"Mayor","side":"partner"}]',
      );
      expect(db.prepare('SELECT * FROM action_indicators').get()).toMatchObject({
        id: 'i1',
        target: 40,
        achieved: 12.5,
      });
      expect(db.prepare('SELECT role FROM action_contacts').pluck().get()).toBe('counterpart');
      expect(db.prepare('SELECT name FROM documents').pluck().get()).toBe('report.pdf');
      expect(found(db, 'snow')).toEqual({ action: ['Snow removal study'] });
      expect(found(db, 'marie')).toEqual({ contact: ['Marie'] });
      expect(found(db, 'plante')).toEqual({ agreement: ['Montreal'] });
    } finally {
      closeDatabase(db);
    }
  });

  it('step 0040 → later: history lines and trash entries survive', () => {
    const { file, db: raw } = databaseAt(40);
    raw.exec(`
      INSERT INTO audit_log (id, created_at, updated_at, user_name, entity_type, entity_id, action, label, changes)
        VALUES ('h1', '${STAMP}', '${STAMP}', 'Claire', 'city', 'c9', 'delete', 'Lyon', '{"name":["Lyon",null]}');
      INSERT INTO trash (id, entity_type, entity_id, label, deleted_at, deleted_by, snapshot, created_at, updated_at)
        VALUES ('t1', 'city', 'c9', 'Lyon', '${STAMP}', 'Claire', '{"format":1,"root":{"entityType":"city","id":"c9"},"tables":[{"table":"cities","rows":[{"id":"c9","name":"Lyon","name_key":"lyon","country":"FR","created_at":"${STAMP}","updated_at":"${STAMP}"}]}]}', '${STAMP}', '${STAMP}');
      INSERT INTO trash_members (entity_id, trash_id, entity_type) VALUES ('c9', 't1', 'city');
    `);
    const db = reopen(file, raw);
    try {
      expect(db.prepare('SELECT user_name, changes FROM audit_log').get()).toEqual({
        user_name: 'Claire',
        changes: '{"name":["Lyon",null]}',
      });
      expect(db.prepare('SELECT entity_id FROM trash_members').pluck().all()).toEqual(['c9']);
    } finally {
      closeDatabase(db);
    }
  });

  it('step 0050 → 0060: search entries stay, a theme code already there is left alone', () => {
    const { file, db: raw } = databaseAt(50);
    raw.exec(
      `INSERT INTO themes (id, code, label_en, label_fr, created_at, updated_at) VALUES ('t1', 'culture', 'Arts', 'Arts', '${STAMP}', '${STAMP}')`,
    );
    raw.exec(
      `INSERT INTO contacts (id, name, name_key, side, created_at, updated_at) VALUES ('k1', 'Zoë', 'zoe', 'partner', '${STAMP}', '${STAMP}')`,
    );
    raw
      .prepare(
        "INSERT INTO search_entries (entry_id, kind, entity_id, title, body) VALUES (4 * 1099511627776 + 1, 'contact', 'k1', 'Zoë', '')",
      )
      .run();
    raw.prepare("INSERT INTO search_fts (rowid, title, body) VALUES (4 * 1099511627776 + 1, 'Zoë', '')").run();
    const db = reopen(file, raw);
    try {
      expect(db.prepare("SELECT id, label_en FROM themes WHERE code = 'culture'").get()).toEqual({
        id: 't1',
        label_en: 'Arts',
      });
      // Since 0150 the entry is keyed by the contact's number (its rowid) in the contacts' range.
      expect(
        db
          .prepare(
            "SELECT c.id FROM search_fts f JOIN contacts c ON c.n = f.rowid - 4 * 1099511627776 WHERE search_fts MATCH 'zoe'",
          )
          .pluck()
          .all(),
      ).toEqual(['k1']);
    } finally {
      closeDatabase(db);
    }
  });
});

describe('the tracking schema (0030)', () => {
  const RECORD_TABLES = [
    'agreement_versions',
    'contacts',
    'action_indicators',
    'documents',
    'audit_log',
    'trash',
  ];
  const TRACKING_TABLES = [
    ...RECORD_TABLES,
    'agreement_themes',
    'agreement_contacts',
    'contact_cities',
    'action_contacts',
    'trash_members',
  ];
  /** The searched tables, numbered since 0150: `n` is their primary key, `id` is UNIQUE. */
  const NUMBERED = new Set(['cities', 'agreements', 'actions', 'contacts']);

  it('makes every new table STRICT', () => {
    const { db } = tempDatabase();
    const strict = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'",
      )
      .all() as { name: string; strict: number }[];
    for (const table of TRACKING_TABLES)
      expect(
        strict.find((t) => t.name === table),
        table,
      ).toEqual({ name: table, strict: 1 });
  });

  it('gives every record a UUID-sized id and its timestamps, and every foreign key NOT NULL', () => {
    const { db } = tempDatabase();
    for (const table of RECORD_TABLES) {
      const columns = db
        .prepare('SELECT name, type, pk, "notnull" FROM pragma_table_info(?)')
        .all(table) as { name: string; type: string; pk: number; notnull: number }[];
      expect(
        columns.filter((c) => c.pk > 0).map((c) => c.name),
        table,
      ).toEqual(NUMBERED.has(table) ? ['n'] : ['id']);
      expect(
        columns.find((c) => c.name === 'id'),
        table,
      ).toMatchObject({ type: 'TEXT' });
      if (NUMBERED.has(table))
        expect(
          db
            .prepare(
              `SELECT count(*) FROM pragma_index_list(?) il JOIN pragma_index_info(il.name) ii
               WHERE il."unique" = 1 AND ii.name = 'id'`,
            )
            .pluck()
            .get(table),
          table,
        ).toBe(1);
      expect(
        columns.filter((c) => ['created_at', 'updated_at'].includes(c.name) && c.notnull === 1),
        table,
      ).toHaveLength(2);
    }
    const keys = db
      .prepare(
        `SELECT t.name AS tbl, fk."from" AS col, ti."notnull" AS "notNull"
         FROM pragma_table_list t, pragma_foreign_key_list(t.name) fk, pragma_table_info(t.name) ti
         WHERE t.schema = 'main' AND ti.name = fk."from"`,
      )
      .all() as { tbl: string; col: string; notNull: number }[];
    expect(keys.length).toBeGreaterThan(12);
    expect(keys.filter((k) => k.notNull !== 1)).toEqual([]);
  });

  it('checks money, dates and JSON in SQL too', () => {
    const { db } = tempDatabase({ sample: true });
    const id = db.prepare('SELECT id FROM actions LIMIT 1').pluck().get() as string;
    const set = (sql: string) => () => db.prepare(`UPDATE actions SET ${sql} WHERE id = ?`).run(id);
    expect(set('budget_planned_minor = -1, budget_planned_currency = NULL')).toThrow(
      /CHECK constraint/,
    );
    expect(set('budget_planned_minor = 100, budget_planned_currency = NULL')).toThrow(
      /CHECK constraint/,
    );
    expect(set("budget_planned_minor = 100, budget_planned_currency = 'eur'")).toThrow(
      /CHECK constraint/,
    );
    expect(set("follow_up_on = '2026-02-30'")).toThrow(/CHECK constraint/);
    expect(
      set(
        "budget_planned_minor = 100, budget_planned_currency = 'EUR', follow_up_on = '2026-02-28'",
      ),
    ).not.toThrow();
    expect(() => db.prepare("UPDATE cities SET languages = 'French'").run()).toThrow(
      /CHECK constraint/,
    );
  });
});
