import type { Migration } from './types';

/**
 * Migration 0010 (schema 10): partner cities, agreements, themes and project actions. Every record has a UUID
 * and created/updated timestamps (ISO 8601, UTC) so it can travel between desktops.
 * `name_key` columns hold the lower-case, accent-free form used for search and sorting.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_key TEXT NOT NULL,
        country TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
        latitude REAL CHECK (latitude BETWEEN -90 AND 90),
        longitude REAL CHECK (longitude BETWEEN -180 AND 180),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((latitude IS NULL) = (longitude IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX cities_name_country ON cities (name_key, country);
      CREATE INDEX cities_country ON cities (country);

      CREATE TABLE agreements (
        id TEXT PRIMARY KEY,
        city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('twinning', 'friendship_cooperation', 'memorandum', 'other')),
        exclusive INTEGER NOT NULL DEFAULT 0 CHECK (exclusive IN (0, 1)),
        signed_on TEXT NOT NULL,
        signed_precision TEXT NOT NULL CHECK (signed_precision IN ('year', 'month', 'day')),
        signed_year INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'dormant', 'ended')),
        ended_on TEXT,
        end_reason TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agreements_city ON agreements (city_id);
      CREATE INDEX agreements_signed ON agreements (signed_on);
      CREATE INDEX agreements_year ON agreements (signed_year);
      CREATE INDEX agreements_kind ON agreements (kind, signed_on);
      CREATE INDEX agreements_status ON agreements (status, signed_on);

      CREATE TABLE themes (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        label_en TEXT NOT NULL,
        label_fr TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
        start_on TEXT,
        end_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX actions_agreement ON actions (agreement_id, start_on);
      CREATE INDEX actions_status ON actions (status, start_on);
      CREATE INDEX actions_kind ON actions (kind, start_on);

      CREATE TABLE action_themes (
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES themes (id) ON DELETE RESTRICT,
        PRIMARY KEY (action_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX action_themes_theme ON action_themes (theme_id, action_id);
    `);
  },
};
