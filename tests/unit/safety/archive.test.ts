import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../../electron/paths/dataDir';
import { exportArchive } from '../../../electron/safety/archive';
import { importArchive } from '../../../electron/safety/archiveImport';
import { SafetyError } from '../../../electron/safety/errors';
import { openDataFolderSafely } from '../../../electron/safety/startup';
import { readTarGz, writeTarGz } from '../../../electron/safety/tar';
import { countRecords } from '../../../electron/services/settings/setup';
import { cleanup, dumpDatabase, sampleDataDir, tempDir } from './helpers';

afterAll(cleanup);

const LONG_NAME = `${'compte-rendu-de-la-délégation-à-Kyōto-'.repeat(4)}.pdf`;

function withAttachments(dataDir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {
    'attachments/agreements/a1/signed.pdf': randomBytes(200_000),
    [`attachments/agreements/a2/${LONG_NAME}`]: randomBytes(1234),
    'attachments/notes.txt': Buffer.from('bonjour\n'),
    'attachments/empty.bin': Buffer.alloc(0),
  };
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(dataDir, path, '..'), { recursive: true });
    writeFileSync(join(dataDir, path), data);
  }
  mkdirSync(join(dataDir, 'attachments', 'empty-folder'), { recursive: true });
  return files;
}

describe('archive: the whole data folder in one portable file', () => {
  it('round trip: database and attachments arrive identical, and the folder opens on the "other computer"', async () => {
    const source = sampleDataDir('archive-src');
    const files = withAttachments(source);
    const out = join(tempDir('archive-out'), 'accords-move.tar.gz');
    const info = await exportArchive(source, out);
    expect(info.counts.agreements).toBe(40);
    expect(info.files).toBe(1 + Object.keys(files).length);
    expect(readdirSync(join(out, '..'))).toEqual(['accords-move.tar.gz']);

    // A standard tar: the system's tar lists it (long non-ASCII names through pax headers).
    let listed: string[] | null = null;
    try {
      listed = execFileSync('tar', ['-tzf', out], { encoding: 'utf8' }).trim().split('\n');
    } catch {
      // no tar on this machine: the round trip below still proves the format
    }
    if (listed) {
      expect(listed).toContain('accords.sqlite3');
      expect(listed).toContain(`attachments/agreements/a2/${LONG_NAME}`);
      expect(listed.at(-1)).toBe('accords-archive.json');
    }

    const target = join(tempDir('archive-dst'), 'Accords');
    const result = await importArchive(out, target);
    expect(result.counts).toEqual(info.counts);
    expect(result.safetyBackup).toBeNull();
    expect(dumpDatabase(databasePath(target))).toEqual(dumpDatabase(databasePath(source)));
    for (const [path, data] of Object.entries(files))
      expect(readFileSync(join(target, path)).equals(data), path).toBe(true);
    expect(statSync(join(target, 'attachments', 'empty-folder')).isDirectory()).toBe(true);
    expect(readdirSync(target).filter((n) => n.startsWith('.import-'))).toEqual([]);

    const opened = openDataFolderSafely(target);
    expect(opened.status).toBe('ready');
    if (opened.status === 'ready') {
      expect(countRecords(opened.ctx.db).agreements).toBe(40);
      opened.ctx.close();
    }
  });

  it('refuses a folder that already holds data unless asked to replace it; replacing backs up first', async () => {
    const source = sampleDataDir('archive-src2');
    const out = join(tempDir('archive-out2'), 'a.tar.gz');
    await exportArchive(source, out);
    const target = sampleDataDir('archive-busy');
    mkdirSync(join(target, 'attachments'));
    writeFileSync(join(target, 'attachments', 'old.txt'), 'old');
    const before = dumpDatabase(databasePath(target));
    await expect(importArchive(out, target)).rejects.toThrow(/already holds Accords data/);
    expect(dumpDatabase(databasePath(target))).toEqual(before);

    const replaced = await importArchive(out, target, { replace: true });
    expect(replaced.safetyBackup?.reason).toBe('import');
    expect(dumpDatabase(replaced.safetyBackup!.file)).toEqual(before);
    expect(readFileSync(join(replaced.replacedAttachments!, 'old.txt'), 'utf8')).toBe('old');
    expect(dumpDatabase(databasePath(target))).toEqual(dumpDatabase(databasePath(source)));
  });

  it('refuses a truncated archive, a file that does not match its checksum, and paths outside the folder — the target untouched', async () => {
    const source = sampleDataDir('archive-src3');
    withAttachments(source);
    const dir = tempDir('archive-bad');
    const out = join(dir, 'good.tar.gz');
    await exportArchive(source, out);

    const truncated = join(dir, 'truncated.tar.gz');
    writeFileSync(truncated, readFileSync(out).subarray(0, Math.floor(statSync(out).size / 2)));
    const target1 = join(dir, 't1');
    await expect(importArchive(truncated, target1)).rejects.toBeInstanceOf(SafetyError);
    expect(existsSync(databasePath(target1))).toBe(false);
    expect(readdirSync(target1)).toEqual([]);

    // Same entries, one attachment altered after the manifest was computed.
    const tampered = join(dir, 'tampered.tar.gz');
    const entries: { path: string; type: string; data: Buffer }[] = [];
    await readTarGz(out, (entry) => {
      const chunks: Buffer[] = [];
      entries.push({ path: entry.path, type: entry.type, data: Buffer.alloc(0) });
      const slot = entries[entries.length - 1]!;
      return {
        write: (c) => void chunks.push(Buffer.from(c)),
        end: () => void (slot.data = Buffer.concat(chunks)),
      };
    });
    await writeTarGz(tampered, async (tar) => {
      for (const e of entries) {
        if (e.type === 'dir') await tar.addDir(e.path);
        else
          await tar.addBuffer(
            e.path,
            e.path === 'attachments/notes.txt' ? Buffer.from('bonsoir\n') : e.data,
          );
      }
    });
    const target2 = join(dir, 't2');
    await expect(importArchive(tampered, target2)).rejects.toThrow(/does not match its checksum/);
    expect(readdirSync(target2)).toEqual([]);

    const evil = join(dir, 'evil.tar.gz');
    await writeTarGz(evil, async (tar) => {
      await tar.addBuffer('../escaped.txt', Buffer.from('x'));
    });
    const target3 = join(dir, 't3');
    await expect(importArchive(evil, target3)).rejects.toThrow(/unexpected entry/);
    expect(existsSync(join(dir, 'escaped.txt'))).toBe(false);

    const empty = join(dir, 'empty.tar.gz');
    await writeTarGz(empty, async () => undefined);
    await expect(importArchive(empty, join(dir, 't4'))).rejects.toThrow(/no manifest/);
    truncateSync(empty, 10);
    await expect(importArchive(empty, join(dir, 't5'))).rejects.toBeInstanceOf(SafetyError);
  });

  it('tar: large and odd-sized content survives byte for byte', async () => {
    const dir = tempDir('tar');
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const out = join(dir, 'x.tar.gz');
    const written = await writeTarGz(out, async (tar) => {
      await tar.addBuffer('attachments/big.bin', data);
    });
    expect(written).toBeUndefined();
    const hash = createHash('sha256');
    let size = 0;
    await readTarGz(out, () => ({
      write: (c) => void (hash.update(c), (size += c.length)),
      end: () => undefined,
    }));
    expect(size).toBe(data.length);
    expect(hash.digest('hex')).toBe(createHash('sha256').update(data).digest('hex'));
  });
});
