import { migration0010 } from './0010-initial';
import { migration0030 } from './0030-tracking';
import { migration0040 } from './0040-history-trash';
import { migration0050 } from './0050-search';
import { migration0060 } from './0060-seed-themes';
import { migration0070 } from './0070-facet-indexes';
import { migration0090 } from './0090-place-names';
import { migration0100 } from './0100-import-batches';
import { migration0130 } from './0130-search-without-prefix-indexes';
import { migration0140 } from './0140-team-sync';
import { migration0150 } from './0150-numbered-records-search';
import type { Migration } from './types';

/** Every migration, in order. Append; never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  migration0010,
  // 0020 is reserved for the foundation's index step.
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
  // 0080 is reserved for the data-safety step.
  migration0090,
  migration0100,
  // 0110–0120 are left to the other issues' steps.
  migration0130,
  migration0140,
  migration0150,
];

/** The schema version this build of Accords writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
