import type Database from 'better-sqlite3';
import { generateData } from '../../electron/sample/generate';

/**
 * Fills a bench database with the same generated register every bench measures: 500 cities,
 * 2,000 agreements, 1,000 contacts and `actions` actions, from one seed; logs what it made.
 */
export function generateBenchData(
  db: Database.Database,
  options: { actions: number; today?: string; log: (line: string) => void },
): void {
  const generated = generateData(db, {
    cities: 500,
    agreements: 2_000,
    actions: options.actions,
    contacts: 1_000,
    seed: 20261128,
    ...(options.today === undefined ? {} : { today: options.today }),
    onProgress: () => {},
  });
  options.log(
    `generate: ${generated.actions} actions (${generated.cities} cities, ${generated.agreements} agreements) in ${generated.ms} ms`,
  );
}
