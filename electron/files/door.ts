import type { FilePurpose } from '../../shared/schemas/fileHandles';
import type { Result } from '../../shared/ipc/result';
import { DomainError } from '../core/errors';
import { failureFrom, success } from '../core/result';
import type { FileGrants } from './grants';

/**
 * Who is calling, as far as files go: the desktop window `owner` (its web contents id), whose
 * dialogs' choices live in `grants`; or the browser preview, which has no native dialog.
 */
export type FileDoor = { kind: 'desktop'; grants: FileGrants; owner: string } | { kind: 'preview' };

type Payload = Record<string, unknown>;

function isObject(value: unknown): value is Payload {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Main decides where files go. Before a call that reads or writes a file outside the data
 * folder reaches its handler:
 * - desktop: a path typed or made up by the page is refused; a dialog's handle is redeemed for
 *   this window and this operation, and the payload carries the chosen path from here on (the
 *   native dialog already asked before replacing a file; the ledger still refuses to replace
 *   one Accords did not write);
 * - preview: exports are downloads only. (An archive export or backup folder is a path the
 *   user typed for that purpose: the services require an existing folder and replace only
 *   files Accords wrote.)
 * Anything else passes unchanged; the contract validates it next. Never throws.
 */
export function admitFiles(channel: string, payload: unknown, door: FileDoor): Result<unknown> {
  try {
    return success(admit(channel, payload, door));
  } catch (error) {
    return failureFrom(error);
  }
}

function admit(channel: string, payload: unknown, door: FileDoor): unknown {
  if (!isObject(payload)) return payload;
  switch (channel) {
    case 'exports:start': {
      const target = payload.target;
      if (!isObject(target)) return payload;
      if (target.kind === 'file') {
        if (door.kind === 'desktop') throw notChosen(channel);
        throw new DomainError(
          'rule',
          'errors.files.downloadsOnly',
          'The preview delivers exports as downloads only',
        );
      }
      if (target.kind !== 'chosen' || door.kind !== 'desktop') return payload;
      const file = redeem(door, target.handle, 'export');
      return { ...payload, target: { kind: 'file', file, overwrite: true } };
    }
    case 'archive:export':
    case 'archive:import': {
      if (door.kind !== 'desktop') return payload;
      if (payload.file !== undefined) throw notChosen(channel);
      if (payload.handle === undefined) return payload;
      const { handle, ...rest } = payload;
      const purpose = channel === 'archive:export' ? 'archive-export' : 'archive-import';
      const file = redeem(door, handle, purpose);
      return channel === 'archive:export' ? { ...rest, file, overwrite: true } : { ...rest, file };
    }
    case 'backups:settings': {
      if (door.kind !== 'desktop') return payload;
      if (typeof payload.dir === 'string') throw notChosen(channel);
      if (payload.dirHandle === undefined) return payload;
      const { dirHandle, ...rest } = payload;
      return { ...rest, dir: redeem(door, dirHandle, 'backup-folder') };
    }
    default:
      return payload;
  }
}

function redeem(
  door: Extract<FileDoor, { kind: 'desktop' }>,
  handle: unknown,
  purpose: FilePurpose,
): string {
  if (typeof handle !== 'string') {
    throw new DomainError(
      'rule',
      'errors.files.handleUnknown',
      'File handle refused: not a handle',
    );
  }
  return door.grants.redeem(handle, door.owner, purpose);
}

function notChosen(channel: string): DomainError {
  return new DomainError(
    'rule',
    'errors.files.pathNotChosen',
    `Refused ${channel}: the desktop app takes a file chosen in its dialog, not a path`,
  );
}

/**
 * The path of an archive request once through the door; a handle still there was never given
 * by main (the preview, a script) and is refused like a spent one.
 */
export function requestedPath(input: {
  file?: string | undefined;
  handle?: string | undefined;
}): string {
  if (input.file === undefined) {
    throw new DomainError(
      'rule',
      'errors.files.handleUnknown',
      'File handle refused: not known here',
    );
  }
  return input.file;
}
