import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime } from '../../electron/launcher/runtime';

export const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The Electron binary, or null where it could not be installed (no download host). */
export const electronBinary = findElectronRuntime(repoDir);
export const hasElectronRuntime = electronBinary !== null;
export const SKIP_REASON =
  'Electron runtime not installed here (download host unreachable): desktop specs skipped; the browser preview e2e covers the renderer';
