import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AppSession } from '../../../electron/app/session';
import { settle } from '../../../electron/ipc/dispatch';
import { databasePath } from '../../../electron/paths/dataDir';
import { loadSample } from '../../../electron/sample/load';
import type { Result } from '../../../shared/ipc/result';
import type { AgreementPage } from '../../../shared/schemas/agreements';
import type { AppStatus, ArchiveImportResult, ArchiveInfo } from '../../../shared/schemas/backups';
import { dumpTables, tempDir } from '../helpers/tempData';

/**
 * Moving to another computer through the same door as the app and the preview: `archive:export`
 * (a handler) and `archive:import` (answered by the data-folder session, which closes the
 * database, imports and reopens it), on real folders.
 */

function session(dataDir: string): AppSession {
  const opened = new AppSession(dataDir, { startBackup: false });
  onTestFinished(() => opened.close());
  return opened;
}

async function call(
  opened: AppSession,
  channel: string,
  payload: unknown,
): Promise<Result<unknown>> {
  return settle(opened.answer(channel, payload));
}

async function value<T>(opened: AppSession, channel: string, payload: unknown): Promise<T> {
  const result = await call(opened, channel, payload);
  if (!result.ok) throw new Error(`Refused: ${result.error.key} ${result.error.message}`);
  return result.value as T;
}

async function agreements(opened: AppSession): Promise<AgreementPage> {
  return value<AgreementPage>(opened, 'agreements:list', { limit: 500 });
}

/** Every file under a folder with its bytes, to see that a refusal changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path] = readFileSync(path).toString('base64');
  }
  return files;
}

/** A session on a folder holding the Paris example, and an archive of it. */
async function exported(): Promise<{ source: AppSession; archive: ArchiveInfo }> {
  const source = session(tempDir('accords-old-computer-'));
  loadSample(source.ctx!.db);
  const file = join(tempDir('accords-usb-stick-'), 'accords-export.tar.gz');
  const archive = await value<ArchiveInfo>(source, 'archive:export', { file });
  return { source, archive };
}

describe('moving to another computer through the session', () => {
  it('exports, then opens the archive in a fresh folder: same counts, same agreements', async () => {
    const { source, archive } = await exported();
    expect(existsSync(archive.file)).toBe(true);
    expect(archive.size).toBeGreaterThan(0);
    expect(archive.counts.agreements).toBe(40);

    // Exporting over an existing file is refused unless asked.
    const again = await call(source, 'archive:export', { file: archive.file });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.key).toBe('errors.safety.archiveExists');

    const target = session(tempDir('accords-new-computer-'));
    expect((await agreements(target)).total).toBe(0);
    const imported = await value<ArchiveImportResult>(target, 'archive:import', {
      file: archive.file,
    });
    expect(imported.counts).toEqual(archive.counts);
    expect(await value<AppStatus>(target, 'app:status', undefined)).toEqual({ mode: 'ready' });
    const before = await agreements(source);
    const after = await agreements(target);
    expect(after.total).toBe(40);
    expect(after.rows.map((a) => [a.id, a.title])).toEqual(before.rows.map((a) => [a.id, a.title]));
  });

  it('replacing data that is already there backs it up first (reason import)', async () => {
    const { archive } = await exported();
    const target = session(tempDir('accords-busy-computer-'));
    loadSample(target.ctx!.db);
    const imported = await value<ArchiveImportResult>(target, 'archive:import', {
      file: archive.file,
    });
    expect(imported.safetyBackup?.reason).toBe('import');
    expect(imported.safetyBackup?.counts.agreements).toBe(40);
    expect(existsSync(imported.safetyBackup!.file)).toBe(true);
    expect((await agreements(target)).total).toBe(40);
  });

  it('opens an archive from the recovery screen (a damaged database)', async () => {
    const { archive } = await exported();
    const dataDir = tempDir('accords-damaged-');
    const first = new AppSession(dataDir, { startBackup: false });
    loadSample(first.ctx!.db);
    first.close();
    const bytes = Buffer.from('This is not a database file at all.');
    const fd = openSync(databasePath(dataDir), 'r+');
    writeSync(fd, bytes, 0, bytes.length, 0);
    closeSync(fd);

    const target = session(dataDir);
    expect((await value<AppStatus>(target, 'app:status', undefined)).mode).toBe('recovery');
    await value<ArchiveImportResult>(target, 'archive:import', { file: archive.file });
    expect(await value<AppStatus>(target, 'app:status', undefined)).toEqual({ mode: 'ready' });
    expect((await agreements(target)).total).toBe(40);
  });

  it('refuses a relative path with a field error, writing nothing', async () => {
    const source = session(tempDir('accords-relative-'));
    loadSample(source.ctx!.db);
    const before = snapshot(source.dataDir);
    for (const channel of ['archive:export', 'archive:import']) {
      const result = await call(source, channel, { file: 'accords-export.tar.gz' });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('validation');
        expect(result.error.details.issues).toEqual([
          { path: 'file', key: 'errors.safety.archivePathNotAbsolute' },
        ]);
      }
    }
    expect(existsSync(join(process.cwd(), 'accords-export.tar.gz'))).toBe(false);
    expect(snapshot(source.dataDir)).toEqual(before);
    expect((await agreements(source)).total).toBe(40);
  });

  it('refuses a damaged archive: the current data unchanged and still open', async () => {
    const { archive } = await exported();
    const target = session(tempDir('accords-careful-'));
    loadSample(target.ctx!.db);
    const bytes = readFileSync(archive.file);
    const damaged = join(dirname(archive.file), 'damaged.tar.gz');
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = dumpTables(target.ctx!.db);
    const result = await call(target, 'archive:import', { file: damaged });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe('errors.safety.archiveInvalid');
    expect(await value<AppStatus>(target, 'app:status', undefined)).toEqual({ mode: 'ready' });
    expect(dumpTables(target.ctx!.db)).toEqual(before);
    // Nothing was backed up or set aside: the archive was refused before the folder changed.
    expect(
      readdirSync(target.dataDir).filter(
        (name) => name.startsWith('.import-') || name === 'replaced',
      ),
    ).toEqual([]);
  });
});
