import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DATABASE_FILE, databasePath } from '../paths/dataDir';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_MANIFEST,
  ATTACHMENTS_DIR,
  type ArchiveManifest,
} from './archive';
import { SafetyError } from './errors';
import {
  finishSwap,
  SWAP_JOURNAL,
  writeSwapJournal,
  type SwapJournal,
  type SwapStep,
} from './importSwap';
import { messageOf, removeQuietly, stamp } from './files';
import { checkDatabaseFile } from './integrity';
import { neededHashesOfFile } from './attachments';
import { blobPath } from '../services/documents/attachmentStore';
import { assertNotInUse, setAsideCurrent } from './recovery';
import { beginSession, type SessionKind } from './sessions';
import { APP_VERSION } from '../core/meta';
import { readTarGz, TarLimitError, type TarLimits, type TarSink } from './tar';
import type { BackupInfo, TableCounts } from './types';

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/**
 * What an archive may unpack to. A register compresses a few times (the database's text, the
 * full-text index) and attachments (PDF, JPEG) hardly at all: 50 times the archive's size, at
 * least 128 MB and at most 64 GB, is far above any real archive and far below a gzip bomb's
 * thousandfold. Entries: one per attachment, folder and pax record.
 */
export function defaultArchiveLimits(archiveBytes: number): TarLimits {
  return {
    maxBytes: Math.min(64 * 1024 ** 3, Math.max(128 * 1024 ** 2, 50 * archiveBytes)),
    maxEntries: 500_000,
  };
}

export interface ImportOptions {
  /** Replace the data already in the target folder (backed up / set aside first). */
  replace?: boolean;
  /** Import even though a session marker says the target folder is open. */
  force?: boolean;
  /** Called once everything is unpacked and checked, before the target changes (tests). */
  beforeSwap?: () => void;
  /** Called before each step of the final swap (tests kill the process there). */
  beforeSwapStep?: (step: SwapStep) => void;
  /** Who imports (the marker held meanwhile says so). */
  kind?: SessionKind;
  /** Caps on the unpacked size and entry count (default: `defaultArchiveLimits`). */
  limits?: TarLimits;
  now?: Date;
}

export interface ImportResult {
  dataDir: string;
  schemaVersion: number;
  counts: TableCounts;
  files: number;
  archiveCreatedAt: string;
  archiveAppVersion: string;
  /** Backup of the database the import replaced (reason `import`). */
  safetyBackup: BackupInfo | null;
  /** Where a damaged database of the target went instead. */
  movedAside: string | null;
  /** Where the target's previous attachments folder went. */
  replacedAttachments: string | null;
}

/** An archive path Accords accepts, or null (absolute, `..`, backslashes, anything unexpected). */
function safePath(path: string): string | null {
  const trimmed = path.replace(/\/+$/, '');
  // eslint-disable-next-line no-control-regex
  if (trimmed === '' || /[\\:\u0000-\u001f]/.test(trimmed)) return null;
  const parts = trimmed.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) return null;
  if (trimmed === DATABASE_FILE || trimmed === ARCHIVE_MANIFEST || parts[0] === ATTACHMENTS_DIR)
    return trimmed;
  return null;
}

function hasData(dataDir: string): boolean {
  if (existsSync(databasePath(dataDir))) return true;
  const attachments = join(dataDir, ATTACHMENTS_DIR);
  return existsSync(attachments) && readdirSync(attachments).length > 0;
}

/**
 * Opens an archive into a data folder. The whole archive is first unpacked into a temporary
 * folder inside the target and checked (every file against the manifest's size and SHA-256,
 * no file missing or extra, the database through a full integrity_check and a schema this
 * version can open); only then does anything in the target change. A target that already
 * holds data is refused unless `replace`: then its database is backed up first (or set aside
 * when damaged) and its attachments folder moved to `replaced/<stamp>/`.
 */
export async function importArchive(
  archiveFile: string,
  targetDataDir: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const dataDir = resolve(targetDataDir);
  const now = options.now ?? new Date();
  const invalid = (why: string) =>
    new SafetyError(
      'rule',
      'errors.safety.archiveInvalid',
      `${archiveFile} cannot be imported: ${why}`,
      { why },
    );
  if (!existsSync(archiveFile))
    throw new SafetyError(
      'not_found',
      'errors.safety.archiveMissing',
      `${archiveFile} does not exist`,
    );
  if (hasData(dataDir) && !options.replace) {
    throw new SafetyError(
      'conflict',
      'errors.safety.targetNotEmpty',
      `${dataDir} already holds Accords data; choose an empty folder or replace it`,
      { dir: dataDir },
    );
  }
  assertNotInUse(dataDir, options.force);
  mkdirSync(dataDir, { recursive: true });
  // Held while the folder changes: a start meanwhile leaves the staging folder alone.
  const endSession = beginSession(dataDir, APP_VERSION, options.kind ?? 'other');
  const staging = join(dataDir, `.import-${randomBytes(4).toString('hex')}`);
  mkdirSync(staging);
  try {
    const found = new Map<string, { size: number; sha256: string }>();
    const manifestFile: { bytes: Buffer | null } = { bytes: null };
    const handles = new Set<FileHandle>();
    try {
      await readTarGz(
        archiveFile,
        async (entry) => {
          const path = safePath(entry.path);
          if (!path) throw invalid(`unexpected entry "${entry.path}"`);
          if (entry.type === 'dir') {
            mkdirSync(join(staging, path), { recursive: true });
            return null;
          }
          if (found.has(path) || (path === ARCHIVE_MANIFEST && manifestFile.bytes))
            throw invalid(`"${path}" appears twice`);
          if (path === ARCHIVE_MANIFEST) {
            if (entry.size > MAX_MANIFEST_BYTES) throw invalid('the manifest is too large');
            const chunks: Buffer[] = [];
            return {
              write: (chunk) => void chunks.push(Buffer.from(chunk)),
              end: () => void (manifestFile.bytes = Buffer.concat(chunks)),
            };
          }
          return fileSink(join(staging, path), handles, (size, sha256) =>
            found.set(path, { size, sha256 }),
          );
        },
        options.limits ?? defaultArchiveLimits(statSync(archiveFile).size),
      );
    } catch (error) {
      if (error instanceof SafetyError) throw error;
      if (error instanceof TarLimitError) throw invalid(error.message);
      throw invalid(messageOf(error));
    } finally {
      for (const handle of handles) await handle.close().catch(() => undefined);
    }
    if (!manifestFile.bytes) throw invalid('no manifest (incomplete archive?)');
    let manifest: ArchiveManifest;
    try {
      manifest = JSON.parse(manifestFile.bytes.toString('utf8')) as ArchiveManifest;
    } catch {
      throw invalid('the manifest is not valid JSON');
    }
    if (manifest.format !== ARCHIVE_FORMAT || !Array.isArray(manifest.files))
      throw invalid('not an Accords archive');
    if (manifest.formatVersion > ARCHIVE_FORMAT_VERSION)
      throw invalid(`made by a newer Accords (archive format ${manifest.formatVersion})`);
    for (const expected of manifest.files) {
      const got = found.get(expected.path);
      if (!got) throw invalid(`${expected.path} is missing`);
      if (got.size !== expected.size || got.sha256 !== expected.sha256)
        throw invalid(`${expected.path} does not match its checksum`);
    }
    const extra = [...found.keys()].filter((path) => !manifest.files.some((f) => f.path === path));
    if (extra.length > 0) throw invalid(`${extra[0]} is not in the manifest`);
    const stagedDb = join(staging, DATABASE_FILE);
    if (!found.has(DATABASE_FILE)) throw invalid('it holds no database');
    const check = checkDatabaseFile(stagedDb, { full: true });
    if (!check.ok) throw invalid(check.detail);
    // Every document's file must have come with it: a register listing files it cannot open is
    // not imported.
    const lacking = [...neededHashesOfFile(stagedDb)].filter(
      (hash) => !existsSync(blobPath(staging, hash)),
    );
    if (lacking.length > 0)
      throw invalid(`${lacking.length} attached file(s) its documents need are not in it`);

    // Everything checked: now the target changes.
    options.beforeSwap?.();
    const { safetyBackup, movedAside } = setAsideCurrent(dataDir, 'import', now);
    let aside = `replaced/${stamp(now)}`;
    for (let n = 2; existsSync(join(dataDir, aside)); n += 1) aside = `replaced/${stamp(now)}-${n}`;
    // From here a kill is completed by the next start (importSwap.ts): never half a swap.
    const journal: SwapJournal = {
      staging: basename(staging),
      aside,
      stagedAttachments: existsSync(join(staging, ATTACHMENTS_DIR)),
    };
    writeSwapJournal(dataDir, journal);
    const replacedAttachments = finishSwap(dataDir, journal, options.beforeSwapStep);
    return {
      dataDir,
      schemaVersion: check.schemaVersion!,
      counts: check.counts!,
      files: found.size,
      archiveCreatedAt: String(manifest.createdAt),
      archiveAppVersion: String(manifest.appVersion),
      safetyBackup,
      movedAside,
      replacedAttachments,
    };
  } finally {
    // A swap that failed half way keeps its staging folder: the journal completes it later.
    if (!existsSync(join(dataDir, SWAP_JOURNAL))) removeQuietly(staging);
    endSession();
  }
}

/** Writes one extracted file, hashing it on the way, and flushes it. */
function fileSink(
  path: string,
  handles: Set<FileHandle>,
  onDone: (size: number, sha256: string) => void,
): Promise<TarSink> {
  mkdirSync(dirname(path), { recursive: true });
  return open(path, 'wx').then((handle) => {
    handles.add(handle);
    const hash = createHash('sha256');
    let size = 0;
    return {
      async write(chunk: Buffer) {
        hash.update(chunk);
        size += chunk.length;
        await handle.write(chunk);
      },
      async end() {
        await handle.sync();
        handles.delete(handle);
        await handle.close();
        onDone(size, hash.digest('hex'));
      },
    };
  });
}
