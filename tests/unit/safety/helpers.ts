import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { loadSample } from '../../../electron/sample/load';
import { databasePath } from '../../../electron/paths/dataDir';

export const REPO = resolve(import.meta.dirname, '../../..');

/** A fresh temporary folder; `cleanup()` removes every folder made so far. */
const made: string[] = [];
export function tempDir(label = 'safety'): string {
  const dir = mkdtempSync(join(tmpdir(), `accords-${label}-`));
  made.push(dir);
  return dir;
}
export function cleanup(): void {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
}

/** A data folder holding the Paris example, closed cleanly. */
export function sampleDataDir(label = 'data'): string {
  const dataDir = tempDir(label);
  const db = openDatabase(databasePath(dataDir));
  loadSample(db);
  closeDatabase(db);
  return dataDir;
}

/** Every ordinary table's rows, sorted, as JSON: two equal dumps mean identical content. */
export function dumpDatabase(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = (db.pragma('table_list') as { schema: string; name: string; type: string }[])
      .filter(
        (t) =>
          t.schema === 'main' &&
          (t.type === 'table' || t.type === 'shadow') &&
          t.name !== 'sqlite_schema' &&
          t.name !== 'sqlite_temp_schema',
      )
      .map((t) => t.name)
      .sort();
    const dump: Record<string, string[]> = {};
    for (const table of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
        .raw()
        .all() as unknown[][];
      dump[table] = rows
        .map((row) =>
          JSON.stringify(row, (_k, v: unknown) =>
            Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v,
          ),
        )
        .sort();
    }
    dump.__schema = (
      db
        .prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name')
        .raw()
        .all() as unknown[][]
    ).map((r) => JSON.stringify(r));
    dump.__user_version = [String(db.pragma('user_version', { simple: true }))];
    return dump;
  } finally {
    db.close();
  }
}

let bundled: string | null = null;

/**
 * The child fixture bundled once with esbuild (a few ms to start instead of ~1 s under tsx, so a
 * 20-round crash loop fits the time budget). It is the same code: openDatabase, createBackup.
 */
export function childScript(): string {
  if (bundled) return bundled;
  const outfile = join(tempDir('fixture'), 'child.cjs');
  buildSync({
    entryPoints: [join(REPO, 'tests/unit/safety/fixtures/child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
  bundled = outfile;
  return outfile;
}

/** A running child with its stdout lines. */
export interface Child {
  process: ChildProcess;
  lines: string[];
  /** Resolves when a line matching `test` arrives (rejects if the child exits first). */
  waitFor(test: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnChild(args: string[]): Child {
  const child = spawn(process.execPath, [childScript(), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: join(REPO, 'node_modules') },
  });
  const lines: string[] = [];
  const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let partial = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (text: string) => {
    const parts = (partial + text).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (text: string) => (stderr += text));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    // 'close' waits for stdout to be drained, so `lines` is complete afterwards.
    child.on('close', (code, signal) => done({ code, signal }));
  });
  return {
    process: child,
    lines,
    exited,
    waitFor(test, timeoutMs = 10_000) {
      const already = lines.find(test);
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`child: timed out; stderr: ${stderr}`)),
          timeoutMs,
        );
        waiters.push({
          test,
          resolve: (line) => {
            clearTimeout(timer);
            resolvePromise(line);
          },
        });
        void exited.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(
            new Error(
              `child exited (${code ?? signal}) before the expected line; stderr: ${stderr}`,
            ),
          );
        });
      });
    },
  };
}

/** SIGKILL, then wait until the child is gone and its output read. */
export async function killHard(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * The crash writer's rows (see fixtures/child.ts), as a table expression: `grp`, `idx`, `size`.
 * Use as `WITH crash_rows AS (${CRASH_ROWS_SQL}) SELECT …`.
 */
export const CRASH_ROWS_SQL = `SELECT json_extract(value, '$.grp') AS grp, json_extract(value, '$.idx') AS idx,
  json_extract(value, '$.size') AS size FROM settings WHERE key GLOB 'crash/[0-9]*'`;

/** The last group the crash writer committed (0 before the first). */
export const CRASH_LAST_SQL = `SELECT coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'crash/last'), 0)`;
