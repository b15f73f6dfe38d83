import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../../electron/paths/dataDir';
import { CLEAN_CLOSE_FILE } from '../../../electron/safety/cleanClose';
import { openDataFolderSafely, type RecoveryState } from '../../../electron/safety/startup';
import { countRecords } from '../../../electron/services/settings/setup';
import { cleanup, sampleDataDir } from './helpers';

afterAll(cleanup);

const DAY = 24 * 3_600_000;
const T0 = new Date('2026-06-01T08:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

function ready(dataDir: string, now: Date) {
  const result = openDataFolderSafely(dataDir, { startBackup: false, now: () => now });
  if (result.status !== 'ready')
    throw new Error(`expected ready, got ${result.problem}: ${result.detail}`);
  return result;
}

/** Overwrites one leaf page of the cities table in place: same size, new modification time. */
function damageCities(file: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const page = db
    .prepare(
      "SELECT pageno FROM dbstat WHERE name = 'cities' AND pagetype = 'leaf' AND pageno > 1 LIMIT 1",
    )
    .pluck()
    .get() as number;
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);
}

describe('start after a clean close', () => {
  it('skips reading every page when the file is as the last session left it, and says so', () => {
    const dataDir = sampleDataDir();
    const first = ready(dataDir, at(0));
    expect(first.report.check?.level).toBe('quick');
    // While the folder is open the file may change: no mark vouches for it.
    expect(existsSync(join(dataDir, CLEAN_CLOSE_FILE))).toBe(false);
    first.ctx.close();
    expect(existsSync(join(dataDir, CLEAN_CLOSE_FILE))).toBe(true);

    const second = ready(dataDir, at(1));
    expect(second.report.check?.level).toBe('clean-close');
    expect(countRecords(second.ctx.db).agreements).toBe(40);
    second.ctx.close();
  });

  it('still reads every page at least once a week: the mark keeps when the file was last checked', () => {
    const dataDir = sampleDataDir();
    ready(dataDir, at(0)).ctx.close();
    const sixDays = ready(dataDir, at(6));
    expect(sixDays.report.check?.level).toBe('clean-close');
    sixDays.ctx.close();
    // Checked on day 0, vouched for on day 6: on day 8 the pages are read again.
    const eightDays = ready(dataDir, at(8));
    expect(eightDays.report.check?.level).toBe('quick');
    eightDays.ctx.close();
    expect(ready(dataDir, at(9)).report.check?.level).toBe('clean-close');
  });

  it('a file written after the clean close is checked, and its damage leads to recovery', () => {
    const dataDir = sampleDataDir();
    const opened = ready(dataDir, at(0));
    opened.ctx.close();
    damageCities(databasePath(dataDir));
    const result = openDataFolderSafely(dataDir, { startBackup: false, now: () => at(1) });
    expect(result.status).toBe('recovery');
    expect(['corrupt', 'check-failed']).toContain((result as RecoveryState).problem);
    expect((result as RecoveryState).movedTo).not.toBeNull();
  });

  it('a file replaced since (another inode, as a restore or an import leaves it) is checked', () => {
    const dataDir = sampleDataDir();
    ready(dataDir, at(0)).ctx.close();
    const file = databasePath(dataDir);
    const copy = new Database(file, { readonly: true });
    copy.exec(`VACUUM INTO '${file}.new'`);
    copy.close();
    renameSync(`${file}.new`, file);
    const reopened = ready(dataDir, at(1));
    expect(reopened.report.check?.level).toBe('quick');
    reopened.ctx.close();
  });

  it('only the last session out leaves the mark; a start beside a running session checks', () => {
    const dataDir = sampleDataDir();
    ready(dataDir, at(0)).ctx.close();
    const desktop = ready(dataDir, at(1));
    expect(desktop.report.check?.level).toBe('clean-close');
    const command = ready(dataDir, at(1));
    expect(command.report.check?.level).toBe('quick');
    command.ctx.close();
    expect(existsSync(join(dataDir, CLEAN_CLOSE_FILE))).toBe(false);
    desktop.ctx.db.prepare("UPDATE cities SET notes = 'written after the command closed'").run();
    desktop.ctx.close();
    expect(existsSync(join(dataDir, CLEAN_CLOSE_FILE))).toBe(true);
    const next = ready(dataDir, at(2));
    expect(next.report.check?.level).toBe('clean-close');
    expect(next.ctx.db.prepare('SELECT DISTINCT notes FROM cities').pluck().all()).toEqual([
      'written after the command closed',
    ]);
    next.ctx.close();
  });
});
