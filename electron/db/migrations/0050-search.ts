import type Database from 'better-sqlite3';
import type { Migration } from './types';

/**
 * Migration 0050 (schema 50): one search box over cities, agreements, actions and contacts.
 *
 * `search_entries` holds one document per record (a title and a body of its other texts);
 * `search_fts` is an FTS5 index over it (external content) whose tokenizer folds case and
 * removes diacritics, so "sao paulo" finds São Paulo and "quebec" finds Québec. Prefix indexes
 * on 2 and 3 characters keep type-ahead quick. The services write both in the same statement
 * sequence (no triggers: a trigger into FTS5 made bulk loads six times slower). The step
 * indexes what the database already holds.
 *
 * Each kind numbers its entries in its own range (city from 2^40, agreement from 2·2^40,
 * action from 3·2^40, contact from 4·2^40), so "the actions matching X" is a rowid range FTS5
 * answers itself, without reading every match's entry to learn its kind.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'full-text search (FTS5)',
  up(db) {
    db.exec(`
      CREATE TABLE search_entries (
        entry_id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('city', 'agreement', 'action', 'contact')),
        entity_id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        CHECK (entry_id / 1099511627776 = CASE kind WHEN 'city' THEN 1 WHEN 'agreement' THEN 2 WHEN 'action' THEN 3 ELSE 4 END)
      ) STRICT;

      CREATE VIRTUAL TABLE search_fts USING fts5 (
        title, body,
        content = 'search_entries', content_rowid = 'entry_id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
    `);
    indexExisting(db);
  },
};

const join = (...parts: (string | null | undefined)[]) =>
  parts.filter((p) => p && p.trim()).join('\n');

/** A frozen copy of how the services compose each record's search text (see services/search/searchIndex.ts). */
function indexExisting(db: Database.Database): void {
  const entry = db.prepare(
    `INSERT INTO search_entries (entry_id, kind, entity_id, title, body)
     VALUES ((SELECT coalesce(max(entry_id), @base) + 1 FROM search_entries WHERE entry_id > @base AND entry_id < @base + 1099511627776),
             @kind, @id, @title, @body)`,
  );
  const fts = db.prepare('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
  const BASE: Record<string, number> = { city: 1, agreement: 2, action: 3, contact: 4 };
  const insert = (kind: string, id: string, title: string, body: string) =>
    fts.run(
      entry.run({ base: BASE[kind]! * 2 ** 40, kind, id, title, body }).lastInsertRowid,
      title,
      body,
    );
  const names = (code: string) =>
    ['en', 'fr'].map((lang) => new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code);

  type CityRow = {
    id: string;
    name: string;
    country: string;
    region: string;
    languages: string;
    website: string;
    notes: string;
  };
  for (const c of db
    .prepare('SELECT id, name, country, region, languages, website, notes FROM cities')
    .all() as CityRow[]) {
    insert(
      'city',
      c.id,
      c.name,
      join(
        c.region,
        ...names(c.country),
        (JSON.parse(c.languages) as string[]).join(' '),
        c.website,
        c.notes,
      ),
    );
  }

  type AgreementRow = {
    id: string;
    city: string;
    country: string;
    title: string;
    notes: string;
    end_reason: string;
  };
  const versions = db.prepare(
    'SELECT summary, signatories FROM agreement_versions WHERE agreement_id = ?',
  );
  const agreements = db
    .prepare(
      'SELECT a.id, c.name AS city, c.country, a.title, a.notes, a.end_reason FROM agreements a JOIN cities c ON c.id = a.city_id',
    )
    .all() as AgreementRow[];
  for (const a of agreements) {
    const texts = (versions.all(a.id) as { summary: string; signatories: string }[]).map((v) =>
      join(
        v.summary,
        ...(JSON.parse(v.signatories) as { name: string; role?: string }[]).map((s) =>
          `${s.name} ${s.role ?? ''}`.trim(),
        ),
      ),
    );
    insert(
      'agreement',
      a.id,
      [a.city, a.title].filter(Boolean).join(' '),
      join(...names(a.country), a.notes, a.end_reason, ...texts),
    );
  }

  type ActionRow = Record<
    | 'id'
    | 'title'
    | 'place'
    | 'lead_department'
    | 'partner_counterpart'
    | 'funding_source'
    | 'outcomes'
    | 'resident_benefits'
    | 'notes',
    string
  >;
  const indicators = db
    .prepare('SELECT name FROM action_indicators WHERE action_id = ? ORDER BY position')
    .pluck();
  const actions = db
    .prepare(
      'SELECT id, title, place, lead_department, partner_counterpart, funding_source, outcomes, resident_benefits, notes FROM actions',
    )
    .all() as ActionRow[];
  for (const x of actions) {
    const body = join(
      x.place,
      x.lead_department,
      x.partner_counterpart,
      x.funding_source,
      x.outcomes,
      x.resident_benefits,
      x.notes,
      ...(indicators.all(x.id) as string[]),
    );
    insert('action', x.id, x.title, body);
  }

  type ContactRow = Record<
    'id' | 'name' | 'role' | 'organisation' | 'email' | 'phone' | 'language' | 'notes',
    string
  >;
  for (const k of db
    .prepare('SELECT id, name, role, organisation, email, phone, language, notes FROM contacts')
    .all() as ContactRow[]) {
    insert(
      'contact',
      k.id,
      k.name,
      join(k.role, k.organisation, k.email, k.phone, k.language, k.notes),
    );
  }
}
