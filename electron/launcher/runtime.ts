import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm start` will run: the desktop app, or the browser preview and why. */
export type LaunchPlan =
  | { kind: 'electron'; binary: string }
  | { kind: 'preview'; reason: 'unreachable' | 'install_failed'; message: string };

export interface LaunchDeps {
  /** The Electron binary's path when the runtime is installed, else null. */
  findRuntime(): string | null;
  /** Whether Electron's download host answers (a quick check, at most a few seconds). */
  isDownloadHostReachable(): Promise<boolean>;
  /** Runs Electron's own installer (`node node_modules/electron/install.js`). */
  installRuntime(): Promise<void>;
  log?(line: string): void;
}

/**
 * Decides how to start: Electron when its runtime is here; else, when its download host can
 * be reached, install it and look again; else the browser preview, with the reason.
 */
export async function planLaunch(deps: LaunchDeps): Promise<LaunchPlan> {
  const installed = deps.findRuntime();
  if (installed) return { kind: 'electron', binary: installed };
  if (!(await deps.isDownloadHostReachable())) {
    return { kind: 'preview', reason: 'unreachable', message: previewMessage('unreachable') };
  }
  deps.log?.('Accords: the Electron runtime is missing; fetching it with Electron’s installer…');
  try {
    await deps.installRuntime();
  } catch (error) {
    deps.log?.(
      `Accords: Electron’s installer failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const fetched = deps.findRuntime();
  if (fetched) return { kind: 'electron', binary: fetched };
  return { kind: 'preview', reason: 'install_failed', message: previewMessage('install_failed') };
}

/** The one sentence `npm start` prints before falling back to the preview. */
export function previewMessage(reason: 'unreachable' | 'install_failed'): string {
  const why =
    reason === 'unreachable'
      ? 'its download host cannot be reached'
      : 'its installer could not fetch it';
  return `Accords: the Electron runtime is not installed on this machine (${why}), so Accords opens in the browser preview instead.`;
}

/**
 * The Electron binary as the `electron` package would name it (node_modules/electron/path.txt,
 * relative to its dist folder, or ELECTRON_OVERRIDE_DIST_PATH), or null when it is not on disk.
 * Read directly rather than through `require('electron')`, whose failure Node would not retry.
 */
export function findElectronRuntime(
  repoDir: string,
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
  readText: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): string | null {
  const packageDir = join(repoDir, 'node_modules', 'electron');
  let executable: string | null = null;
  try {
    executable = readText(join(packageDir, 'path.txt')).trim() || null;
  } catch {
    executable = null;
  }
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable ?? 'electron')
    : executable
      ? join(packageDir, 'dist', executable)
      : null;
  return binary && exists(binary) ? binary : null;
}

/** The host Electron's installer downloads from: ELECTRON_MIRROR's when set, else GitHub. */
export function downloadHost(env: NodeJS.ProcessEnv = process.env): string {
  const mirror = env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror;
  if (mirror) {
    try {
      return new URL(mirror).host;
    } catch {
      // An unparsable mirror: the installer will fail on it too; check GitHub as usual.
    }
  }
  return 'github.com';
}

/**
 * True when `https://<host>/` answers at all (any status) within `timeoutMs`. A name that
 * does not resolve, a refused connection or silence all count as unreachable.
 */
export async function isHostReachable(
  host: string,
  timeoutMs = 3000,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  try {
    const response = await fetchImpl(`https://${host}/`, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/** What to spawn for each plan (the repo is Electron's app folder; arguments pass through). */
export function launchCommand(
  plan: LaunchPlan,
  context: { repoDir: string; args: readonly string[]; nodePath: string },
): { command: string; args: string[] } {
  if (plan.kind === 'electron')
    return { command: plan.binary, args: [context.repoDir, ...context.args] };
  // The preview's door: its compiled bundle, rebuilt first only when a source changed.
  return {
    command: context.nodePath,
    args: [join(context.repoDir, 'build', 'door.mjs'), 'preview', ...context.args],
  };
}

/** The environment for Electron: never as plain Node, whatever the calling shell had set. */
export function electronEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.ELECTRON_RUN_AS_NODE;
  return copy;
}

/** The exit code a parent should report for a child that ended with `code` or `signal`. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  if (signal === 'SIGINT') return 130;
  if (signal === 'SIGTERM') return 143;
  return 1;
}
