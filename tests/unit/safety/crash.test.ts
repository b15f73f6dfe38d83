import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatabaseFile } from '../../../electron/safety/integrity';
import { openDataFolderSafely } from '../../../electron/safety/startup';
import { databasePath } from '../../../electron/paths/dataDir';
import {
  CRASH_LAST_SQL,
  CRASH_ROWS_SQL,
  cleanup,
  killHard,
  sleep,
  spawnChild,
  tempDir,
} from './helpers';

afterAll(cleanup);

const ROUNDS = 22;

/** Reads the groups back and checks they are whole: every group has exactly its `size` rows. */
function readGroups(file: string): { groups: Map<number, number>; last: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasTable =
      db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'settings'").pluck().get() === 1;
    if (!hasTable) return { groups: new Map(), last: 0 };
    const rows = db
      .prepare(
        `WITH crash_rows AS (${CRASH_ROWS_SQL})
         SELECT grp, count(*) AS n, min(size) AS lo, max(size) AS hi FROM crash_rows GROUP BY grp`,
      )
      .all() as {
      grp: number;
      n: number;
      lo: number;
      hi: number;
    }[];
    const groups = new Map<number, number>();
    for (const row of rows) {
      // No half transaction: every row of a group says the same size and all of them are there.
      expect(row.lo, `group ${row.grp}`).toBe(row.hi);
      expect(row.n, `group ${row.grp} is whole`).toBe(row.hi);
      expect(row.hi).toBe(1 + (row.grp % 7));
      groups.set(row.grp, row.n);
    }
    const last = db.prepare(CRASH_LAST_SQL).pluck().get() as number;
    return { groups, last };
  } finally {
    db.close();
  }
}

describe('crash loop: a writer killed with SIGKILL at random moments', () => {
  it(`keeps every acknowledged write, whole transactions only, integrity ok (${ROUNDS} rounds)`, async () => {
    const dataDir = tempDir('crash');
    const file = databasePath(dataDir);
    const acknowledged = new Set<number>();
    let killsBeforeReady = 0;
    let totalGroups = 0;
    let previousLast = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const child = spawnChild(['write', file]);
      if (round % 6 === 1) {
        // Sometimes while it is still opening (first round: in the middle of the migrations).
        await sleep(Math.random() * 350);
        if (!child.lines.includes('ready')) killsBeforeReady += 1;
      } else {
        await child.waitFor((line) => line === 'ready');
        await sleep(5 + Math.random() * 150);
      }
      await killHard(child);
      for (const line of child.lines) if (/^\d+$/.test(line)) acknowledged.add(Number(line));

      if (!existsSync(file)) continue;
      const check = checkDatabaseFile(file, { full: true });
      expect(check.ok, `round ${round}: ${check.detail}`).toBe(true);
      const { groups, last } = readGroups(file);
      for (const id of acknowledged)
        expect(groups.has(id), `round ${round}: acknowledged group ${id} survived`).toBe(true);
      // Groups are numbered without gaps and the meta row moved in the same transactions.
      const ids = [...groups.keys()].sort((a, b) => a - b);
      expect(ids.length === 0 ? 0 : ids[ids.length - 1]).toBe(last);
      expect(ids).toEqual(ids.map((_, i) => i + 1));
      // Of this round's groups, at most the one in flight when the kill landed is unacknowledged.
      expect(
        ids.filter((id) => id > previousLast && !acknowledged.has(id)).length,
      ).toBeLessThanOrEqual(1);
      previousLast = last;
      totalGroups = ids.length;
    }
    expect(acknowledged.size).toBeGreaterThan(ROUNDS);
    expect(totalGroups).toBeGreaterThanOrEqual(acknowledged.size);

    // And the app opens it after all that: a stale session marker is not there (the child did not
    // use the safe opener), the check passes, nothing moved aside.
    const opened = openDataFolderSafely(dataDir, { startBackup: false });
    expect(opened.status).toBe('ready');
    if (opened.status === 'ready') opened.ctx.close();
    expect(existsSync(join(dataDir, 'damaged'))).toBe(false);
    console.info(
      `crash loop: ${ROUNDS} rounds, ${acknowledged.size} acknowledged groups, ${killsBeforeReady} kill(s) before ready`,
    );
  }, 90_000);
});
