import type Database from 'better-sqlite3';
import type { Figure, FigureInput } from './figures';

/** What a suite receives for one size. */
export interface BenchContext {
  /** Actions in the register. */
  size: number;
  /** The cached register's data folder (read it; never write: take `copyOfRegister` for that). */
  dataDir: string;
  /** The register, opened by the app's own `openDatabase` (closed by the runner after the suite). */
  db: Database.Database;
  /** The day the register was generated for (`BENCH_TODAY`). */
  today: string;
  /** Records one figure: prints its JSON line and keeps it for the summary. */
  record(figure: FigureInput): Figure;
  /** Progress notes (stderr, so stdout stays JSON lines and the table). */
  log(line: string): void;
}

/**
 * A group of figures. `sizes` narrows the sizes it runs at (e.g. the interface at 100k only);
 * by default it runs at every size of the run.
 */
export interface BenchSuite {
  name: string;
  sizes?: readonly number[];
  run(ctx: BenchContext): void | Promise<void>;
}
