import type Database from 'better-sqlite3';
import type { ImportMapping } from '../../../shared/import/mapping';
import type { ImportTarget } from '../../../shared/import/types';
import { importMappingSchema } from '../../../shared/schemas/imports';

/**
 * Mappings remembered per header fingerprint and target (table `import_mappings`, migration
 * 0100): the next file with the same headers is offered the columns as the user last set them.
 */

/** The mapping last used for these headers and this target, or null. A stored value that no longer parses is ignored. */
export function savedMapping(
  db: Database.Database,
  fingerprint: string,
  target: ImportTarget,
): ImportMapping | null {
  const row = db
    .prepare('SELECT mapping FROM import_mappings WHERE fingerprint = ? AND target = ?')
    .get(fingerprint, target) as { mapping: string } | undefined;
  if (!row) return null;
  const parsed = importMappingSchema.safeParse(JSON.parse(row.mapping));
  return parsed.success ? parsed.data : null;
}

/** Remembers a mapping for its fingerprint and target (replacing the one before). */
export function saveMapping(db: Database.Database, mapping: ImportMapping, at: string): void {
  db.prepare(
    `INSERT INTO import_mappings (fingerprint, target, mapping, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (fingerprint, target) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(mapping.fingerprint, mapping.target, JSON.stringify(mapping), at);
}
