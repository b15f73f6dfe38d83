import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { removeQuietly, writeFileAtomic } from './files';

/**
 * The clean-close mark: lets a start skip `quick_check` (about a second on a 100,000-action
 * register, paid by every command) when the database is exactly as Accords left it.
 *
 * Written by the last session of a folder after it closed the database cleanly (WAL folded back
 * and removed): the file's identity (inode, size, modification time) at that moment, and when
 * the file was last checked page by page. Removed by the next session as soon as it opens the
 * folder, so a session that crashes, is killed or loses power leaves no mark behind (and its
 * stale session marker asks for the full check anyway). A start trusts the file without reading
 * its pages only when the mark is there, no session is running or ended unclean, no `-wal` was
 * left, the file has the same inode, size and modification time to the nanosecond (anything
 * that wrote to it, a restore or an import that replaced it, another program, changes them),
 * and the last page-by-page check is less than `RECHECK_AFTER_MS` old: damage that touches
 * neither (a failing disk) is still found within a week. The schema and identity checks
 * (`user_version`, application id, schema against the migrations) run at every start.
 */
export const CLEAN_CLOSE_FILE = '.clean-close.json';

/** At least this often the database is read page by page at start, clean close or not. */
export const RECHECK_AFTER_MS = 7 * 24 * 3_600_000;

interface CleanCloseMark {
  /** The database file's inode, size and modification time (ns, as a string) after the close. */
  ino: string;
  size: number;
  mtimeNs: string;
  /** When the file was last read page by page (ISO time). */
  checkedAt: string;
}

function identity(file: string): Omit<CleanCloseMark, 'checkedAt'> | null {
  const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  if (!stat?.isFile()) return null;
  return { ino: stat.ino.toString(), size: Number(stat.size), mtimeNs: stat.mtimeNs.toString() };
}

/**
 * When the database was last checked page by page, if it is unchanged since a clean close;
 * null when it must be checked now (no mark, another file, a write since, a `-wal` left).
 */
export function cleanCloseCheckedAt(dataDir: string, file: string, now: Date): Date | null {
  let mark: CleanCloseMark;
  try {
    mark = JSON.parse(readFileSync(join(dataDir, CLEAN_CLOSE_FILE), 'utf8')) as CleanCloseMark;
  } catch {
    return null;
  }
  const current = identity(file);
  const wal = statSync(`${file}-wal`, { throwIfNoEntry: false });
  if (!current || (wal && wal.size > 0)) return null;
  if (current.ino !== mark.ino || current.size !== mark.size || current.mtimeNs !== mark.mtimeNs)
    return null;
  const checkedAt = new Date(mark.checkedAt);
  const age = now.getTime() - checkedAt.getTime();
  return Number.isFinite(age) && age >= 0 && age < RECHECK_AFTER_MS ? checkedAt : null;
}

/** Forgets the mark: the folder is open now, its file may change at any moment. */
export function forgetCleanClose(dataDir: string): void {
  removeQuietly(join(dataDir, CLEAN_CLOSE_FILE));
}

/** Leaves the mark after a clean close of `file` (nothing when the file is gone). */
export function markCleanClose(dataDir: string, file: string, checkedAt: Date): void {
  const current = identity(file);
  if (!current) return;
  const mark: CleanCloseMark = { ...current, checkedAt: checkedAt.toISOString() };
  writeFileAtomic(join(dataDir, CLEAN_CLOSE_FILE), `${JSON.stringify(mark, null, 2)}\n`);
}
