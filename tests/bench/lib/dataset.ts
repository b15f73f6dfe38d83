import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { SCHEMA_VERSION } from '../../../electron/db/migrations';
import { DATABASE_FILE } from '../../../electron/paths/dataDir';
import { generateData } from '../../../electron/sample/generate';

/** "Today" for every bench register, so statuses, follow-ups and reports do not drift. */
export const BENCH_TODAY = '2026-12-01';
/** The register every figure reads: the shape (500 cities, 1,000 agreements). */
export const BENCH_SHAPE = { cities: 500, agreements: 1_000, contacts: 1_000, seed: 20261128 };

/** The folder holding one cached register per size and schema version (`BENCH_CACHE` overrides). */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.BENCH_CACHE || join(tmpdir(), 'accords-bench-cache');
}

/** Fills `db` with the bench register of `size` actions, the app's own generator. */
export function generateBenchRegister(
  db: Parameters<typeof generateData>[0],
  size: number,
): ReturnType<typeof generateData> {
  return generateData(db, { ...BENCH_SHAPE, actions: size, today: BENCH_TODAY });
}

/**
 * The data folder of the bench register of `size` actions, generated once by the app's
 * generator and cached per schema version, so a second run (or another suite) starts at once.
 * Generated in a scratch folder and renamed into place: an interrupted run leaves no half file.
 * `BENCH_FRESH=1` regenerates. Suites only read it; a suite that writes takes `copyOfRegister`.
 */
export function benchRegister(size: number, log: (line: string) => void): string {
  const dir = join(cacheRoot(), `schema${SCHEMA_VERSION}-${size}`);
  if (process.env.BENCH_FRESH === '1') rmSync(dir, { recursive: true, force: true });
  if (existsSync(join(dir, DATABASE_FILE))) return dir;
  mkdirSync(cacheRoot(), { recursive: true });
  const scratch = mkdtempSync(join(cacheRoot(), 'generating-'));
  const db = openDatabase(join(scratch, DATABASE_FILE));
  try {
    const made = generateBenchRegister(db, size);
    log(`register of ${size} actions generated in ${made.ms} ms (cached in ${dir})`);
  } finally {
    closeDatabase(db);
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
  return dir;
}

/** A throwaway copy of the cached register's folder, for a suite that writes; remove it after. */
export function copyOfRegister(size: number, log: (line: string) => void): string {
  const source = benchRegister(size, log);
  const copy = mkdtempSync(join(tmpdir(), 'accords-bench-copy-'));
  copyFileSync(join(source, DATABASE_FILE), join(copy, DATABASE_FILE));
  return copy;
}
