import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, databasePath } from '../paths/dataDir';
import { SafetyError } from './errors';
import { fsyncDir, removeQuietly, stamp, writeFileAtomic } from './files';
import { checkDatabaseFile, openReadOnly } from './integrity';
import { takeBackup } from './schedule';
import { listSessions } from './sessions';
import type { BackupInfo, BackupReason, DatabaseProblem, RecoveryState } from './types';

/** Where damaged databases are set aside: `<dataDir>/damaged/<stamp>-<problem>/`. */
export const DAMAGED_DIR = 'damaged';
const COMPANIONS = ['-wal', '-shm'] as const;

/**
 * Moves the database and its -wal/-shm, byte for byte, into `<dataDir>/damaged/<stamp>-<problem>/`
 * with a `problem.json` saying why. The database goes first: a crash midway leaves a missing
 * database (recovery again), never a database without the WAL it needs. Returns the folder.
 */
export function moveAside(
  dataDir: string,
  problem: DatabaseProblem,
  detail: string,
  now: Date = new Date(),
): string {
  const file = databasePath(dataDir);
  const base = join(dataDir, DAMAGED_DIR, `${stamp(now)}-${problem}`);
  let target = base;
  for (let n = 2; existsSync(target); n += 1) target = `${base}-${n}`;
  mkdirSync(target, { recursive: true });
  const moved: string[] = [];
  const notMoved: string[] = [];
  for (const suffix of ['', ...COMPANIONS]) {
    const from = `${file}${suffix}`;
    if (!existsSync(from)) continue;
    const name = `${DATABASE_FILE}${suffix}`;
    try {
      renameSync(from, join(target, name));
      moved.push(name);
    } catch (error) {
      // Nothing moved yet: say so to the caller. Once the database is out, a companion that
      // will not move stays behind (the next start sets it aside as a -wal without its database).
      if (moved.length === 0) {
        removeQuietly(target);
        throw error;
      }
      notMoved.push(name);
    }
  }
  fsyncDir(dataDir);
  try {
    const record = {
      problem,
      detail,
      movedAt: now.toISOString(),
      from: dataDir,
      files: moved,
      notMoved,
    };
    writeFileAtomic(join(target, 'problem.json'), `${JSON.stringify(record, null, 2)}\n`);
  } catch {
    // The files are aside; the note is only a courtesy.
  }
  return target;
}

const HOLDER_KEYS = {
  desktop: 'errors.safety.folderInUseDesktop',
  preview: 'errors.safety.folderInUsePreview',
  cli: 'errors.safety.folderInUseCli',
  other: 'errors.safety.folderInUse',
} as const;

const HOLDER_NAMES = {
  desktop: 'the Accords desktop app',
  preview: 'the Accords browser preview',
  cli: 'an accords command',
  other: 'Accords',
} as const;

/**
 * Refuses to replace a data folder's files while another live process holds it open: its
 * connection would go on acknowledging writes into a file that is no longer the folder's
 * database. A marker whose process is gone is taken over; `force` only takes over markers left
 * by another machine (a folder on a share), whose liveness cannot be judged from here — never
 * a live process of this machine. The message says which process holds the folder.
 */
export function assertNotInUse(dataDir: string, force = false): void {
  const open = listSessions(dataDir).filter((s) => !s.stale && (s.sameHost || !force));
  const holder = open[0];
  if (!holder) return;
  const kind = holder.kind ?? 'other';
  const where = holder.sameHost ? '' : ` on ${holder.host}`;
  throw new SafetyError(
    'conflict',
    HOLDER_KEYS[kind] ?? HOLDER_KEYS.other,
    `The data folder is open in ${HOLDER_NAMES[kind] ?? HOLDER_NAMES.other} (process ${holder.pid}${where}): close it first${holder.sameHost ? '' : ', or use --force if that machine no longer has it open'}`,
    { pid: holder.pid, host: holder.host },
  );
}

/**
 * Makes way for a database about to replace the current one (a restore, an import): backs the
 * current one up (`reason`), or moves it aside untouched when it is damaged; a lone non-empty
 * -wal is set aside too. Throws, changing nothing, when the current file cannot even be read.
 */
export function setAsideCurrent(
  dataDir: string,
  reason: BackupReason,
  now: Date,
): { safetyBackup: BackupInfo | null; movedAside: string | null } {
  const file = databasePath(dataDir);
  if (!existsSync(file)) {
    const orphanWal = existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0;
    const movedAside = orphanWal
      ? moveAside(dataDir, 'missing', 'A -wal file without its database', now)
      : null;
    return { safetyBackup: null, movedAside };
  }
  const current = checkDatabaseFile(file);
  if (current.ok && current.empty) return { safetyBackup: null, movedAside: null };
  if (current.ok) {
    const db = openReadOnly(file);
    try {
      return { safetyBackup: takeBackup({ db, dataDir }, reason, { now }), movedAside: null };
    } finally {
      db.close();
    }
  }
  if (current.problem === 'unavailable') {
    throw new SafetyError(
      'rule',
      'errors.safety.currentUnreadable',
      `The current database cannot be read to back it up first (${current.detail}); nothing was changed`,
    );
  }
  return {
    safetyBackup: null,
    movedAside: moveAside(dataDir, current.problem ?? 'corrupt', current.detail, now),
  };
}

/** Removes the -wal/-shm of a database about to be replaced: they must never be replayed onto the new file. */
export function removeCompanions(dataDir: string): void {
  for (const suffix of COMPANIONS) removeQuietly(`${databasePath(dataDir)}${suffix}`);
}

/** One-line English description of a recovery state (command line, logs, the preview). */
export function describeRecovery(state: RecoveryState): string {
  const what: Record<DatabaseProblem, string> = {
    missing: 'The database is missing',
    notadb: 'The database file is not an SQLite database',
    corrupt: 'The database is damaged',
    'check-failed': 'The database failed its integrity check',
    'not-accords': 'The database file is not an Accords database',
    'newer-schema': 'This version of Accords cannot open the database',
    unavailable: 'The database cannot be opened now',
  };
  // The newer-schema detail is already a full sentence; the others are technical causes.
  const parts =
    state.problem === 'newer-schema'
      ? [`${state.detail.replace(/\.$/, '')}.`]
      : [`${what[state.problem]} (${state.detail}).`];
  if (state.problem === 'newer-schema')
    parts.push('The file was left where it is: update Accords to open it.');
  if (state.movedTo) parts.push(`It was moved, untouched, to ${state.movedTo}.`);
  if (state.suggested)
    parts.push(
      `Newest verified backup: ${state.suggested.file} — restore it with \`restore FILE\`.`,
    );
  else if (state.problem !== 'unavailable' && state.problem !== 'newer-schema')
    parts.push('No verified backup was found.');
  return parts.join(' ');
}

/** Thrown by `openAppContext` when a data folder needs recovery; carries the state for a screen. */
export class DataFolderError extends Error {
  constructor(readonly state: RecoveryState) {
    super(describeRecovery(state));
    this.name = 'DataFolderError';
  }
}
