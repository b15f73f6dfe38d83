import { closeSync, existsSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../../electron/paths/dataDir';
import { importArchive } from '../../../electron/safety/archiveImport';
import { openDataFolderSafely } from '../../../electron/safety/startup';
import { cleanup, killHard, sampleDataDir, spawnChild, tempDir } from './helpers';
import { exportArchive } from '../../../electron/safety/archive';

afterAll(cleanup);

/** A ustar header for a file entry of `size` bytes. */
function header(name: string, size: number): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100, 'ascii');
  block.write('0000000\0', 108, 'ascii');
  block.write('0000000\0', 116, 'ascii');
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  block.write('00000000000\0', 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write('0', 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

/** Writes a .tar.gz of `entries` (name, size) whose contents are zeros, streamed (never held whole). */
async function zeroArchive(file: string, entries: [string, number][]): Promise<void> {
  const zeros = Buffer.alloc(1024 * 1024);
  async function* blocks() {
    for (const [name, size] of entries) {
      yield header(name, size);
      for (let left = size; left > 0; left -= zeros.length)
        yield left >= zeros.length ? zeros : zeros.subarray(0, left);
      if (size % 512) yield Buffer.alloc(512 - (size % 512));
    }
    yield Buffer.alloc(1024);
  }
  await pipeline(Readable.from(blocks()), createGzip({ level: 9 }), createWriteStream(file));
}

/** Bytes under a folder (files only). */
function bytesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

describe('archive import limits', () => {
  it('a gzip bomb (well under 1 MB unpacking to 512 MB) is refused before a byte of it is written', async () => {
    const bomb = join(tempDir('bomb'), 'bomb.tar.gz');
    await zeroArchive(bomb, [['attachments/zero.bin', 512 * 1024 * 1024]]);
    expect(statSync(bomb).size).toBeLessThan(1024 * 1024);
    const target = tempDir('bomb-target');
    await expect(importArchive(bomb, target)).rejects.toThrow(/more than the allowed size/);
    expect(readdirSync(target)).toEqual([]);
  }, 60_000);

  it('honest sizes adding up past the cap: reading stops as soon as it is passed', async () => {
    const bomb = join(tempDir('bomb-many'), 'many.tar.gz');
    const entries: [string, number][] = Array.from({ length: 64 }, (_, i) => [
      `attachments/part-${i}.bin`,
      1024 * 1024,
    ]);
    await zeroArchive(bomb, entries);
    const target = tempDir('bomb-many-target');
    const error = await importArchive(bomb, target, {
      limits: { maxBytes: 8 * 1024 * 1024, maxEntries: 1000 },
    }).then(
      () => null,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toMatch(/more than the allowed size \(stopped after (\d+) bytes\)/);
    const stoppedAfter = Number(/stopped after (\d+) bytes/.exec(error!.message)![1]);
    // Far from the 64 MB of the whole archive: at most the cap and one read chunk.
    expect(stoppedAfter).toBeLessThanOrEqual(8 * 1024 * 1024 + 1024 * 1024);
    expect(readdirSync(target)).toEqual([]);
    expect(bytesUnder(target)).toBe(0);
  }, 60_000);

  it('too many entries are refused', async () => {
    const archive = join(tempDir('entries'), 'entries.tar.gz');
    await zeroArchive(
      archive,
      Array.from({ length: 300 }, (_, i): [string, number] => [`attachments/e${i}`, 0]),
    );
    const target = tempDir('entries-target');
    await expect(
      importArchive(archive, target, { limits: { maxBytes: 1024 ** 3, maxEntries: 100 } }),
    ).rejects.toThrow(/more entries than allowed/);
    expect(readdirSync(target)).toEqual([]);
  });
});

describe('leftovers of killed work are removed at the next start', () => {
  it('a killed import leaves its staging folder; a killed backup its .partial: the next start removes both', async () => {
    const source = sampleDataDir('leftover-src');
    const archive = join(tempDir('leftover-archive'), 'move.tar.gz');
    await exportArchive(source, archive);
    const target = sampleDataDir('leftover-target');
    // A backup killed midway, as found: a .partial (122 MB seen; any size will do).
    const backups = join(target, 'backups');
    const partial = join(backups, 'accords-20261204-101500-periodic.sqlite3.partial');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(backups, { recursive: true });
    const fd = openSync(partial, 'w');
    writeSync(fd, Buffer.alloc(4096, 1));
    closeSync(fd);

    const child = spawnChild(['import-hang', archive, target]);
    try {
      await child.waitFor((line) => line === 'staged');
    } finally {
      await killHard(child);
    }
    const staging = readdirSync(target).filter((n) => n.startsWith('.import-'));
    expect(staging).toHaveLength(1);
    expect(existsSync(partial)).toBe(true);

    const opened = openDataFolderSafely(target, { startBackup: false });
    expect(opened.status).toBe('ready');
    if (opened.status === 'ready') opened.ctx.close();
    expect(readdirSync(target).filter((n) => n.startsWith('.import-'))).toEqual([]);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(databasePath(target))).toBe(true);
  }, 60_000);
});
