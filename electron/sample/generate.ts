import type Database from 'better-sqlite3';
import { now } from '../services/common/clock';
import { DomainError } from '../core/errors';
import { generateActions } from './generateActions';
import {
  existingAgreements,
  existingCities,
  generateAgreements,
  generateCities,
  generateContacts,
} from './generateDirectory';
import {
  randomSource,
  rebuildDeferredIndexes,
  uuidV7Source,
  withIndexesDeferred,
  type GenContext,
} from './generateKit';

/** From this many actions on, indexes are built after the load rather than during it. */
const BULK = 20_000;

/**
 * Synthetic data for scale testing: plausible partner cities, agreements (1950–2026) and
 * actions with themes, budgets, indicators and follow-ups, written in batched transactions
 * with prepared statements, and indexed for search as they go. History lines are not written:
 * this is test data, not a user's work.
 */

export interface GenerateOptions {
  cities: number;
  agreements: number;
  actions: number;
  contacts?: number;
  seed?: number;
  /** The day "today" is for statuses and follow-ups (YYYY-MM-DD). */
  today?: string;
  onProgress?: (message: string) => void;
}

export interface GenerateResult {
  cities: number;
  agreements: number;
  actions: number;
  contacts: number;
  ms: number;
}

/** Fills the database with synthetic records; returns how many of each were written. */
export function generateData(db: Database.Database, options: GenerateOptions): GenerateResult {
  const started = Date.now();
  const g: GenContext = {
    db,
    r: randomSource(options.seed ?? 1),
    newId: uuidV7Source(randomSource((options.seed ?? 1) + 1)),
    stamp: now(),
    today: options.today ?? new Date().toISOString().slice(0, 10),
    themeIds: db.prepare('SELECT id, label_en AS label FROM themes ORDER BY code').all() as {
      id: string;
      label: string;
    }[],
    progress: options.onProgress ?? (() => {}),
  };
  // A large page cache while writing: a dozen indexes over 100,000 rows no longer fit the
  // default 2 MB, and every insert would go back to the file.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  // Synthetic rows can be regenerated: while they are written, WAL commits need not wait for
  // the disk (NORMAL in WAL mode still never corrupts the file). Restored afterwards.
  db.pragma('synchronous = NORMAL');
  try {
    rebuildDeferredIndexes(db);
    let cities = generateCities(g, options.cities);
    if (cities.length === 0 && options.agreements + (options.contacts ?? 0) > 0)
      cities = existingCities(db);
    if (cities.length === 0 && options.agreements > 0) {
      throw new DomainError(
        'rule',
        'errors.generateNoCities',
        'No cities to attach agreements to: ask for --cities too',
      );
    }
    let agreements = generateAgreements(g, cities, options.agreements);
    if (agreements.length === 0 && options.actions > 0) agreements = existingAgreements(db);
    if (agreements.length === 0 && options.actions > 0) {
      throw new DomainError(
        'rule',
        'errors.generateNoAgreements',
        'No agreements to attach actions to: ask for --agreements too',
      );
    }
    // A large load builds the actions' indexes once at the end instead of row by row.
    if (options.actions >= BULK)
      withIndexesDeferred(db, ['actions', 'action_themes', 'action_indicators'], () =>
        generateActions(g, agreements, options.actions),
      );
    else generateActions(g, agreements, options.actions);
    generateContacts(g, cities, options.contacts ?? 0);
    db.pragma('optimize');
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`synchronous = ${synchronous}`);
  }
  return {
    cities: options.cities,
    agreements: options.agreements,
    actions: options.actions,
    contacts: options.contacts ?? 0,
    ms: Date.now() - started,
  };
}

export { randomSource, uuidV7Source };
