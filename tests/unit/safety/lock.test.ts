import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/db/open';
import { databasePath } from '../../../electron/paths/dataDir';
import { createBackup } from '../../../electron/safety/backup';
import { SafetyError } from '../../../electron/safety/errors';
import { openReadOnly } from '../../../electron/safety/integrity';
import { restoreBackup } from '../../../electron/safety/restore';
import { listSessions } from '../../../electron/safety/sessions';
import { cleanup, killHard, sampleDataDir, spawnChild } from './helpers';

afterAll(cleanup);

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('a database another live process holds is never replaced', () => {
  it('restore --force under a live preview writer is refused, naming the process; every acknowledged write is in the file; a dead holder is taken over', async () => {
    const dataDir = sampleDataDir('lock');
    const db = openDatabase(databasePath(dataDir));
    const backup = createBackup(db, { dir: join(dataDir, 'backups'), reason: 'manual' }).file;
    closeDatabase(db);

    const holder = spawnChild(['hold', dataDir]);
    try {
      await holder.waitFor((line) => line === 'ready');
      await holder.waitFor((line) => line === '30');
      const pid = holder.process.pid!;
      expect(listSessions(dataDir).some((s) => s.pid === pid && s.kind === 'preview')).toBe(true);
      for (const force of [false, true]) {
        let refused: unknown = null;
        try {
          restoreBackup(dataDir, backup, { force });
        } catch (error) {
          refused = error;
        }
        expect(refused).toBeInstanceOf(SafetyError);
        expect((refused as SafetyError).key).toBe('errors.safety.folderInUsePreview');
        expect((refused as SafetyError).message).toContain(
          `open in the Accords browser preview (process ${pid})`,
        );
      }
      // The holder went on writing after the refusals.
      const seen = holder.lines.filter((l) => /^\d+$/.test(l)).length;
      await holder.waitFor((line) => line === String(seen + 20));
    } finally {
      await killHard(holder);
    }
    const acknowledged = holder.lines.filter((l) => /^\d+$/.test(l)).map(Number);
    expect(acknowledged.length).toBeGreaterThanOrEqual(50);
    const file = databasePath(dataDir);
    const reader = openReadOnly(file);
    const stored = new Set(
      (
        reader
          .prepare("SELECT value FROM settings WHERE key LIKE 'hold/%'")
          .pluck()
          .all() as string[]
      ).map(Number),
    );
    reader.close();
    // Every write the holder acknowledged is in the folder's database: nothing was swapped under it.
    expect(acknowledged.filter((n) => !stored.has(n))).toEqual([]);

    // The holder is dead: its marker is stale and the restore takes the folder over, no --force.
    const before = sha(file);
    const result = restoreBackup(dataDir, backup);
    expect(result.counts.agreements).toBe(40);
    expect(sha(file)).not.toBe(before);
  }, 60_000);
});
