import { migration0010 } from './0010-initial';
import type { Migration } from './types';

/** Every migration, in order. Append; never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [migration0010];

/** The schema version this build of Accords writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
