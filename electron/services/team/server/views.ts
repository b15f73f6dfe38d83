/**
 * The team's register as plain views, one per kind, over the per-field state
 * (`accords.record_fields`): IT can `SELECT name, country FROM accords.cities` and back the
 * schema up with its usual tools. Deleted records are left out. Values are text as stored in
 * JSON; numbers and dates read as text.
 */
export const SERVER_VIEWS: Record<string, { entity: string; columns: readonly string[] }> = {
  cities: {
    entity: 'city',
    columns: ['name', 'name_fr', 'name_en', 'country', 'region', 'latitude', 'longitude', 'languages', 'website', 'aliases', 'notes', 'created_at', 'updated_at'],
  },
  themes: { entity: 'theme', columns: ['code', 'label_en', 'label_fr', 'created_at', 'updated_at'] },
  contacts: {
    entity: 'contact',
    columns: ['name', 'side', 'role', 'organisation', 'email', 'phone', 'language', 'city', 'notes', 'created_at', 'updated_at'],
  },
  agreements: {
    entity: 'agreement',
    columns: ['city_id', 'kind', 'exclusive', 'signed_on', 'signed_precision', 'status', 'ended_on', 'end_reason', 'title', 'notes', 'themes', 'contacts', 'created_at', 'updated_at'],
  },
  agreement_versions: {
    entity: 'agreement_version',
    columns: ['agreement_id', 'kind', 'date', 'date_precision', 'summary', 'signatories', 'created_at', 'updated_at'],
  },
  actions: {
    entity: 'action',
    columns: ['agreement_id', 'title', 'kind', 'status', 'start_on', 'end_on', 'place', 'lead_department', 'partner_counterpart', 'budget_planned_minor', 'budget_planned_currency', 'budget_spent_minor', 'budget_spent_currency', 'funding_source', 'outcomes', 'resident_benefits', 'follow_up_on', 'notes', 'themes', 'contacts', 'indicators', 'created_at', 'updated_at'],
  },
  documents: {
    entity: 'document',
    columns: ['owner_type', 'owner_id', 'name', 'mime', 'size', 'sha256', 'created_at', 'updated_at'],
  },
};

/** The `CREATE VIEW` statements (identifiers from the constant above, never from input). */
export function viewStatements(schema: string): string[] {
  return Object.entries(SERVER_VIEWS).map(([view, { entity, columns }]) => {
    const picks = columns.map((c) => `max(value #>> '{}') FILTER (WHERE field = '${c}') AS ${c}`).join(',\n  ');
    return `CREATE OR REPLACE VIEW ${schema}.${view} AS
SELECT record_id AS id,
  ${picks}
FROM ${schema}.record_fields
WHERE entity = '${entity}'
GROUP BY record_id
HAVING NOT coalesce(bool_or(field = '_deleted' AND value = 'true'::jsonb), false)`;
  });
}
