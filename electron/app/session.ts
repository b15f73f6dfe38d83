import { resolve } from 'node:path';
import { SESSION_CHANNELS, contract, type SessionChannel } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type {
  AppStatus,
  ArchiveImportInput,
  ArchiveImportResult,
  BackupRestoreResult,
  RecoveryState,
} from '../../shared/schemas/backups';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { EVERYTHING } from '../core/changes';
import { importWritingError } from '../core/errors';
import { isWrittenElsewhere } from '../core/writtenElsewhere';
import { failure, failureFrom, invalidPayload, success } from '../core/result';
import { handlers as appHandlers } from '../ipc/handlers';
import { backupDirs, listBackups, readBackupSettings, restoreBackup } from '../safety';
import { importArchive } from '../safety/archiveImport';
import { requestedPath } from '../files/door';
import { SafetyError } from '../safety/errors';
import { openDataFolderSafely, type AppContext, type SafeOpenOptions } from '../safety/startup';


function isSessionChannel(channel: string): channel is SessionChannel {
  return (SESSION_CHANNELS as readonly string[]).includes(channel);
}

type State =
  | { mode: 'ready'; ctx: AppContext }
  | { mode: 'recovery'; recovery: RecoveryState }
  /** An archive is being unpacked into the folder: the database is closed until it is done. */
  | { mode: 'busy'; before: AppStatus };

/**
 * One open data folder, as the desktop app, the preview and the command line hold it: either
 * ready (the database open, every channel answered) or in recovery (the database failed its
 * checks and was moved aside; only the recovery channels answer, so the user sees a clear
 * screen offering the newest verified backup — never a crash or a blank window).
 */
export class AppSession {
  private state: State;

  constructor(
    readonly dataDir: string,
    private readonly options: SafeOpenOptions & { handlers?: Handlers } = {},
  ) {
    this.state = this.open({});
  }

  /** The open context, or null while the folder awaits recovery. */
  get ctx(): AppContext | null {
    return this.state.mode === 'ready' ? this.state.ctx : null;
  }

  /** Whether the folder is open or awaiting recovery. */
  status(): AppStatus {
    if (this.state.mode === 'busy') return this.state.before;
    return this.state.mode === 'ready' ? { mode: 'ready' } : { mode: 'recovery', recovery: this.state.recovery };
  }

  /** Answers one call of the contract; never throws. */
  answer(channel: string, payload: unknown): Result<unknown> {
    if (isSessionChannel(channel)) return this.answerSession(channel, payload);
    if (this.state.mode === 'busy') return busy();
    if (this.state.mode === 'recovery') {
      return failure('conflict', 'errors.recoveryNeeded', `The database needs recovery first: ${this.state.recovery.detail}`);
    }
    return dispatch(this.state.ctx, this.options.handlers ?? appHandlers, channel, payload);
  }

  /** Closes the database cleanly (WAL folded back, session marker removed). */
  close(): void {
    if (this.state.mode === 'ready') this.state.ctx.close();
  }

  private open(extra: SafeOpenOptions): State {
    const result = openDataFolderSafely(this.dataDir, { ...this.options, ...extra });
    return result.status === 'ready' ? { mode: 'ready', ctx: result.ctx } : { mode: 'recovery', recovery: result };
  }

  private answerSession(channel: SessionChannel, payload: unknown): Result<unknown> {
    const parsed = contract[channel].request.safeParse(payload, { reportInput: true });
    if (!parsed.success) return invalidPayload(`payload for ${channel}`, parsed.error);
    if (this.state.mode === 'busy' && channel !== 'app:status') return busy();
    try {
      // Each of the others replaces the database file: never under an import's worker writing it.
      if (channel !== 'app:status' && this.state.mode === 'ready' && isWrittenElsewhere(this.state.ctx.db))
        throw importWritingError();
      switch (channel) {
        case 'app:status':
          return success(this.status());
        // These replace the data wholesale: every cache is stale (see core/changes.ts).
        case 'recovery:restore':
        case 'backups:restore':
          return success(this.restore((parsed.data as { file: string }).file), EVERYTHING);
        case 'recovery:start-empty':
          return success(this.startEmpty(), EVERYTHING);
        case 'archive:import':
          return success(this.importArchive(requestedPath(parsed.data as ArchiveImportInput)), EVERYTHING);
      }
    } catch (error) {
      return failureFrom(error);
    }
  }

  /**
   * Puts a listed backup in place: closes the database, restores (a safety backup of the
   * current state first), then opens the folder again.
   */
  private restore(file: string): BackupRestoreResult {
    const offered = listBackups(backupDirs(this.dataDir)).some((b) => resolve(b.file) === resolve(file));
    if (!offered) {
      throw new SafetyError('rule', 'errors.safety.backupUnknown', `Not one of the backups of this data folder: ${file}`);
    }
    this.close();
    try {
      return restoreBackup(this.dataDir, file, { kind: this.options.kind ?? 'other' });
    } finally {
      this.state = this.open({});
    }
  }

  /**
   * Replaces this folder's data with an archive's (from another computer): closes the
   * database, imports (the engine checks the whole archive before touching anything, then
   * backs up the current database, reason `import`, or moves it aside when damaged), then
   * opens the folder again. Works from the recovery screen too. The answer is a promise
   * (`settle` waits for it); meanwhile every other channel answers `errors.safety.busy`.
   */
  private async importArchive(file: string): Promise<ArchiveImportResult> {
    const before = this.status();
    this.close();
    this.state = { mode: 'busy', before };
    try {
      const { dataDir: _dir, ...result } = await importArchive(file, this.dataDir, { replace: true, kind: this.options.kind ?? 'other' });
      return result;
    } finally {
      this.state = this.open({});
    }
  }

  /** The user chose to start with an empty register rather than restore. */
  private startEmpty(): AppStatus {
    if (this.state.mode !== 'recovery' || !this.state.recovery.canStartEmpty) {
      throw new SafetyError('conflict', 'errors.safety.cannotStartEmpty', 'A database is in place: restore a backup or move it aside first');
    }
    this.state = this.open({ allowEmptyStart: true });
    return this.status();
  }
}

function busy(): Result<never> {
  return failure('conflict', 'errors.safety.busy', 'An archive is being imported into the data folder; try again in a moment');
}

/** The periodic backup interval from the folder's backup settings, in ms (0 = none). */
export function periodicBackupMs(dataDir: string): number {
  return readBackupSettings(dataDir).periodicMinutes * 60_000;
}
