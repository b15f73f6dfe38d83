import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { migration0010 } from '../../../electron/db/migrations/0010-initial';
import { SCHEMA_VERSION } from '../../../electron/db/migrations';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { tempDatabase, tempDir } from '../helpers/tempData';

/** The foundation's tables (0010); later steps add more, all held to the same rules. */
const FOUNDATION_TABLES = [
  'action_themes',
  'actions',
  'agreements',
  'cities',
  'settings',
  'themes',
];

describe('schema', () => {
  it('makes every table STRICT', () => {
    const { db } = tempDatabase();
    // type 'table' leaves out virtual tables (FTS) and their shadow tables, which cannot be STRICT.
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(FOUNDATION_TABLES));
    expect(tables.filter((t) => t.strict !== 1).map((t) => t.name)).toEqual([]);
  });

  it('makes every foreign key column NOT NULL', () => {
    const { db } = tempDatabase();
    const keys = db
      .prepare(
        `SELECT t.name AS tbl, fk."from" AS col, fk."table" AS target, ti."notnull" AS "notNull"
         FROM pragma_table_list t, pragma_foreign_key_list(t.name) fk, pragma_table_info(t.name) ti
         WHERE t.schema = 'main' AND ti.name = fk."from" ORDER BY 1, 2`,
      )
      .all() as { tbl: string; col: string; target: string; notNull: number }[];
    expect(keys).toEqual(
      expect.arrayContaining([
        { tbl: 'action_themes', col: 'action_id', target: 'actions', notNull: 1 },
        { tbl: 'action_themes', col: 'theme_id', target: 'themes', notNull: 1 },
        { tbl: 'actions', col: 'agreement_id', target: 'agreements', notNull: 1 },
        { tbl: 'agreements', col: 'city_id', target: 'cities', notNull: 1 },
      ]),
    );
    expect(keys.filter((k) => k.notNull !== 1)).toEqual([]);
  });

  it('enforces foreign keys: an agreement with an unknown city is refused by SQLite', () => {
    const { db } = tempDatabase();
    const insert = () =>
      db
        .prepare(
          `INSERT INTO agreements (id, city_id, kind, exclusive, signed_on, signed_precision, signed_year, status, created_at, updated_at)
           VALUES ('a1', 'no-such-city', 'twinning', 0, '1956', 'year', 1956, 'active', 'x', 'x')`,
        )
        .run();
    expect(insert).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }));
    expect(db.prepare('SELECT count(*) FROM agreements').pluck().get()).toBe(0);
  });

  it('refuses to delete a city an agreement points at, and cascades an agreement to its actions and their themes', () => {
    const { db } = tempDatabase({ sample: true });
    const prague = db
      .prepare("SELECT id FROM cities WHERE name = 'Prague'")
      .pluck()
      .get() as string;
    // ON DELETE RESTRICT reports through SQLite's trigger machinery.
    expect(() => db.prepare('DELETE FROM cities WHERE id = ?').run(prague)).toThrow(
      expect.objectContaining({
        code: 'SQLITE_CONSTRAINT_TRIGGER',
        message: 'FOREIGN KEY constraint failed',
      }),
    );
    expect(db.prepare('SELECT count(*) FROM cities').pluck().get()).toBe(40);
    expect(db.prepare('SELECT count(*) FROM action_themes').pluck().get()).toBe(6);
    const themes = db.prepare('SELECT count(*) FROM themes').pluck().get();
    db.prepare('DELETE FROM agreements WHERE city_id = ?').run(prague);
    expect(db.prepare('SELECT count(*) FROM actions').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM action_themes').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM themes').pluck().get()).toBe(themes);
  });

  it('checks values in SQL too (STRICT types, enums, coordinates as a pair)', () => {
    const { db } = tempDatabase();
    const city = (lat: unknown, lng: unknown, country = 'FR') =>
      db
        .prepare(
          `INSERT INTO cities (id, name, name_key, country, latitude, longitude, created_at, updated_at)
           VALUES (lower(hex(randomblob(8))), 'Lyon', 'lyon', ?, ?, ?, 'x', 'x')`,
        )
        .run(country, lat, lng);
    expect(() => city(45.76, null)).toThrow(/CHECK constraint/);
    expect(() => city('north', 4.83)).toThrow(/cannot store TEXT value in REAL column/);
    expect(() => city(null, null, 'fr')).toThrow(/CHECK constraint/);
    expect(() => city(91, 4.83)).toThrow(/CHECK constraint/);
    expect(db.prepare('SELECT count(*) FROM cities').pluck().get()).toBe(0);
  });
});

describe('migration 0010', () => {
  it('builds from version 0, and what was written survives a reopen', () => {
    const file = join(tempDir(), 'accords.sqlite3');
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    migrate(raw, { migrations: [migration0010] });
    expect(raw.pragma('user_version', { simple: true })).toBe(10);
    raw.exec(`
      INSERT INTO cities (id, name, name_key, country, latitude, longitude, notes, created_at, updated_at)
        VALUES ('c1', 'São Paulo', 'sao paulo', 'BR', -23.55, -46.63, 'n', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');
      INSERT INTO agreements (id, city_id, kind, exclusive, signed_on, signed_precision, signed_year, status, ended_on,
                              end_reason, title, notes, created_at, updated_at)
        VALUES ('a1', 'c1', 'friendship_cooperation', 0, '2004', 'year', 2004, 'active', NULL, '', 'T', '', 'x', 'y');
      INSERT INTO themes (id, code, label_en, label_fr, created_at, updated_at)
        VALUES ('t1', 'social_housing', 'Social housing', 'Logement social', 'x', 'x');
      INSERT INTO actions (id, agreement_id, title, kind, status, created_at, updated_at)
        VALUES ('x1', 'a1', 'Housing exchange', 'staff_exchange', 'ongoing', 'x', 'x');
      INSERT INTO action_themes (action_id, theme_id) VALUES ('x1', 't1');
    `);
    raw.close();

    // Reopening runs every later step on top of 0010's rows.
    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(
        db.prepare('SELECT name, country, latitude, longitude, notes FROM cities').all(),
      ).toEqual([
        { name: 'São Paulo', country: 'BR', latitude: -23.55, longitude: -46.63, notes: 'n' },
      ]);
      expect(
        db.prepare('SELECT id, city_id, kind, signed_on, signed_year, title FROM agreements').all(),
      ).toEqual([
        {
          id: 'a1',
          city_id: 'c1',
          kind: 'friendship_cooperation',
          signed_on: '2004',
          signed_year: 2004,
          title: 'T',
        },
      ]);
      expect(db.prepare('SELECT id, agreement_id, title FROM actions').all()).toEqual([
        { id: 'x1', agreement_id: 'a1', title: 'Housing exchange' },
      ]);
      expect(
        db.prepare("SELECT id, code, label_fr FROM themes WHERE code = 'social_housing'").all(),
      ).toEqual([{ id: 't1', code: 'social_housing', label_fr: 'Logement social' }]);
      expect(db.prepare('SELECT * FROM action_themes').all()).toEqual([
        { action_id: 'x1', theme_id: 't1' },
      ]);
    } finally {
      closeDatabase(db);
    }
  });
});
