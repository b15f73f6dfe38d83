import type { Migration } from './types';

/**
 * Migration 0030 (schema 30): the tracking records. Partner cities get a region, languages and a website;
 * agreements get versions (original, renewal, amendment, new pact), themes and contacts;
 * contacts arrive; actions get the full record (place, lead department, budgets in minor
 * units + ISO 4217 code, outcomes, follow-up day) with indicators and participants, and an
 * index for every filter of the actions list; documents are described here, their bytes live
 * in the content-addressed store of the data folder.
 *
 * Frozen once shipped: the helpers below are copies, not imports, so later changes to the
 * services cannot change what this step does.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'tracking records: versions, contacts, full actions, documents',
  up(db) {
    db.exec(`
      ALTER TABLE cities ADD COLUMN region TEXT NOT NULL DEFAULT '';
      ALTER TABLE cities ADD COLUMN languages TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(languages) AND json_type(languages) = 'array');
      ALTER TABLE cities ADD COLUMN website TEXT NOT NULL DEFAULT '';

      CREATE TABLE agreement_versions (
        id TEXT PRIMARY KEY,
        agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('original', 'renewal', 'amendment', 'new_pact')),
        date TEXT NOT NULL,
        date_precision TEXT NOT NULL CHECK (date_precision IN ('year', 'month', 'day')),
        summary TEXT NOT NULL DEFAULT '',
        signatories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(signatories) AND json_type(signatories) = 'array'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agreement_versions_agreement ON agreement_versions (agreement_id, date);

      CREATE TABLE agreement_themes (
        agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES themes (id) ON DELETE RESTRICT,
        PRIMARY KEY (agreement_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX agreement_themes_theme ON agreement_themes (theme_id, agreement_id);

      CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_key TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('partner', 'own')),
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contacts_name ON contacts (name_key);
      CREATE INDEX contacts_side ON contacts (side, name_key);

      -- A partner contact's city. A link table rather than a nullable column, so foreign keys
      -- stay NOT NULL; deleting the city unlinks its contacts (the trash keeps the link).
      CREATE TABLE contact_cities (
        contact_id TEXT PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
        city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX contact_cities_city ON contact_cities (city_id);

      CREATE TABLE agreement_contacts (
        agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        PRIMARY KEY (agreement_id, contact_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX agreement_contacts_contact ON agreement_contacts (contact_id, agreement_id);

      ALTER TABLE actions ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE actions ADD COLUMN start_day TEXT CHECK (start_day IS NULL OR date(start_day) = start_day);
      ALTER TABLE actions ADD COLUMN end_day TEXT CHECK (end_day IS NULL OR date(end_day) = end_day);
      ALTER TABLE actions ADD COLUMN place TEXT NOT NULL DEFAULT '';
      ALTER TABLE actions ADD COLUMN lead_department TEXT NOT NULL DEFAULT '';
      ALTER TABLE actions ADD COLUMN partner_counterpart TEXT NOT NULL DEFAULT '';
      ALTER TABLE actions ADD COLUMN budget_planned_minor INTEGER CHECK (budget_planned_minor >= 0);
      ALTER TABLE actions ADD COLUMN budget_planned_currency TEXT
        CHECK ((budget_planned_currency IS NULL) = (budget_planned_minor IS NULL)
               AND (budget_planned_currency IS NULL OR budget_planned_currency GLOB '[A-Z][A-Z][A-Z]'));
      ALTER TABLE actions ADD COLUMN budget_spent_minor INTEGER CHECK (budget_spent_minor >= 0);
      ALTER TABLE actions ADD COLUMN budget_spent_currency TEXT
        CHECK ((budget_spent_currency IS NULL) = (budget_spent_minor IS NULL)
               AND (budget_spent_currency IS NULL OR budget_spent_currency GLOB '[A-Z][A-Z][A-Z]'));
      ALTER TABLE actions ADD COLUMN funding_source TEXT NOT NULL DEFAULT '';
      ALTER TABLE actions ADD COLUMN outcomes TEXT NOT NULL DEFAULT '';
      ALTER TABLE actions ADD COLUMN resident_benefits TEXT NOT NULL DEFAULT '';
      ALTER TABLE actions ADD COLUMN follow_up_on TEXT
        CHECK (follow_up_on IS NULL OR (length(follow_up_on) = 10 AND date(follow_up_on) = follow_up_on));

      -- One index per filter of the actions list (agreement, status and kind have theirs since
      -- v1; a city goes through agreements_city, a theme through action_themes_theme).
      -- A date range keeps the actions that start before it ends and end after it starts:
      -- each index also holds the other bound, so counting a range never reads the table.
      CREATE INDEX actions_start_day ON actions (start_day, end_day);
      CREATE INDEX actions_end_day ON actions (end_day, start_day);
      CREATE INDEX actions_department ON actions (lead_department, start_on);
      CREATE INDEX actions_follow_up ON actions (follow_up_on);
      CREATE INDEX actions_title ON actions (title_key);
      CREATE INDEX actions_updated ON actions (updated_at);
      CREATE INDEX actions_start ON actions (start_on);

      CREATE TABLE action_indicators (
        id TEXT PRIMARY KEY,
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        unit TEXT NOT NULL DEFAULT '',
        target REAL CHECK (target >= 0),
        achieved REAL CHECK (achieved >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX action_indicators_action ON action_indicators (action_id, position);

      CREATE TABLE action_contacts (
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('lead', 'counterpart', 'participant')),
        PRIMARY KEY (action_id, contact_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX action_contacts_contact ON action_contacts (contact_id, action_id);

      -- Owned by an agreement or an action (no SQL foreign key can point at either; the
      -- services delete and trash documents with their owner).
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        owner_type TEXT NOT NULL CHECK (owner_type IN ('agreement', 'action')),
        owner_id TEXT NOT NULL,
        name TEXT NOT NULL CHECK (length(name) > 0),
        mime TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_owner ON documents (owner_type, owner_id, created_at);
      CREATE INDEX documents_sha256 ON documents (sha256);
    `);

    const rows = db.prepare('SELECT id, title, start_on, end_on FROM actions').all() as {
      id: string;
      title: string;
      start_on: string | null;
      end_on: string | null;
    }[];
    const update = db.prepare(
      'UPDATE actions SET title_key = ?, start_day = ?, end_day = ? WHERE id = ?',
    );
    for (const row of rows) {
      const span = daySpan(row.start_on, row.end_on);
      update.run(keyOf(row.title), span.startDay, span.endDay, row.id);
    }
  },
};

function keyOf(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();
}

function daySpan(
  startOn: string | null,
  endOn: string | null,
): { startDay: string | null; endDay: string | null } {
  const valid = (d: string | null) => (d && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d) ? d : null);
  const start = valid(startOn);
  const end = valid(endOn) ?? start;
  return { startDay: start ? firstDay(start) : null, endDay: end ? lastDay(end) : null };
}

function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
