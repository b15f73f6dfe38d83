import type Database from 'better-sqlite3';
import type { CountrySeed } from './generatorData';

/** Shared tools of the synthetic-data generator (see generate.ts). */

/** Rows per transaction: large batches, since every commit rewrites the index pages touched. */
export const BATCH = 20_000;

/** What every part of the generator works with. */
export interface GenContext {
  db: Database.Database;
  r: Random;
  newId: () => string;
  stamp: string;
  today: string;
  themeIds: { id: string; label: string }[];
  progress: (message: string) => void;
}

export interface GenCity {
  id: string;
  name: string;
  country: CountrySeed;
}

export interface GenAgreement {
  id: string;
  city: GenCity;
  signedDay: string;
}

/**
 * Time-ordered UUIDs (version 7) for generated rows: consecutive ids land side by side in
 * every index keyed by id, so a bulk load appends instead of touching pages all over the file.
 */
export function uuidV7Source(r: { next(): number }, start = Date.now()): () => string {
  let counter = 0;
  const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0');
  return () => {
    const ms = start + Math.floor(counter / 4096);
    const seq = counter % 4096;
    counter += 1;
    const time = hex(ms, 12);
    const variant = (0x8 | Math.floor(r.next() * 4)).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(seq, 3)}-${variant}${hex(r.next() * 0xfff, 3)}-${hex(r.next() * 0xffffff, 6)}${hex(r.next() * 0xffffff, 6)}`;
  };
}

/** A small seeded generator (mulberry32): the same seed gives the same data. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const weighted = <T>(items: readonly [T, number][]): T => {
    let r = next() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  return { next, int, pick, chance, weighted };
}
export type Random = ReturnType<typeof randomSource>;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function randomDay(r: Random, fromYear: number, toDay: string): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.parse(`${toDay}T00:00:00Z`);
  return new Date(start + Math.floor(r.next() * Math.max(1, end - start)))
    .toISOString()
    .slice(0, 10);
}

/** A partial date at a random precision: a year, a month or a day. */
export function blur(r: Random, day: string, weights: [number, number, number]): string {
  const precision = r.weighted<'year' | 'month' | 'day'>([
    ['year', weights[0]],
    ['month', weights[1]],
    ['day', weights[2]],
  ]);
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day;
}

/** City names for a country: the real ones first, then invented ones that sound local. */
export function* namesFor(
  country: CountrySeed,
): Generator<{ name: string; lat: number | null; lng: number | null }> {
  const [lat0, lng0] = country.cities[0]!.split('|').slice(1).map(Number) as [number, number];
  for (const city of country.cities) {
    const [name, lat, lng] = city.split('|');
    yield { name: name!, lat: Number(lat), lng: Number(lng) };
  }
  for (let round = 0; ; round += 1) {
    for (const start of country.starts) {
      for (const end of country.ends) {
        const name = `${start}${end}`.replace(/\s+/g, ' ').trim();
        const jitter = (i: number) => (Math.sin(name.length * 7 + i * 13 + round) + 1) * 2 - 2;
        yield {
          name: round
            ? `${name} ${['Nord', 'Sud', 'Est', 'Ouest'][round % 4]}${round > 3 ? ` ${round}` : ''}`
            : name,
          lat: Math.max(-89, Math.min(89, lat0 + jitter(1))),
          lng: lng0 + jitter(2),
        };
      }
    }
  }
}

/** Fills the database with synthetic records; returns how many of each were written. */
/** Runs `each` n times in transactions of BATCH rows, reporting progress after each batch. */
export function batched(
  db: Database.Database,
  n: number,
  each: (i: number) => void,
  report: (done: number) => void,
): void {
  for (let start = 0; start < n; start += BATCH) {
    const end = Math.min(n, start + BATCH);
    db.transaction(() => {
      for (let i = start; i < end; i += 1) each(i);
    }).immediate();
    report(end);
  }
}

/** Where the generator notes the indexes it dropped, until it has built them again. */
const DEFERRED_INDEXES = 'generate.deferredIndexes';

/** Builds the indexes a previous, interrupted bulk load left out (a no-op normally). */
export function rebuildDeferredIndexes(db: Database.Database): void {
  const row = db
    .prepare('SELECT value FROM settings WHERE key = ?')
    .pluck()
    .get(DEFERRED_INDEXES) as string | undefined;
  if (row === undefined) return;
  db.transaction(() => {
    for (const sql of JSON.parse(row) as string[])
      db.exec(sql.replace(/^CREATE INDEX /i, 'CREATE INDEX IF NOT EXISTS '));
    db.prepare('DELETE FROM settings WHERE key = ?').run(DEFERRED_INDEXES);
  }).immediate();
}

/**
 * Runs a bulk load with the plain (non-unique) indexes of `tables` dropped, then builds them
 * again from their own stored definitions: sorting 100,000 keys once is several times cheaper
 * than inserting them one by one into a dozen B-trees. Unique indexes stay, so no rule is
 * loosened; the definitions are noted in the settings until rebuilt, so an interrupted load is
 * repaired by the next one.
 */
export function withIndexesDeferred<T>(
  db: Database.Database,
  tables: readonly string[],
  load: () => T,
): T {
  rebuildDeferredIndexes(db);
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema
       WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
         AND tbl_name IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[];
  db.transaction(() => {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(
      DEFERRED_INDEXES,
      JSON.stringify(indexes.map((i) => i.sql)),
    );
    // Names come from sqlite_schema, never from input.
    for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  }).immediate();
  try {
    return load();
  } finally {
    rebuildDeferredIndexes(db);
  }
}
