import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  downloadHost,
  electronEnv,
  exitCodeOf,
  findElectronRuntime,
  isHostReachable,
  launchCommand,
  planLaunch,
  previewMessage,
  type LaunchDeps,
} from '../../../electron/launcher/runtime';

function deps(
  overrides: Partial<LaunchDeps>,
): LaunchDeps & { [K in keyof LaunchDeps]-?: ReturnType<typeof vi.fn> } {
  return {
    findRuntime: vi.fn(() => null),
    isDownloadHostReachable: vi.fn(async () => false),
    installRuntime: vi.fn(async () => {}),
    log: vi.fn(),
    ...overrides,
  } as never;
}

describe('launch plan', () => {
  it('starts Electron when the runtime is installed, without touching the network', async () => {
    const d = deps({ findRuntime: vi.fn(() => '/repo/node_modules/electron/dist/electron') });
    await expect(planLaunch(d)).resolves.toEqual({
      kind: 'electron',
      binary: '/repo/node_modules/electron/dist/electron',
    });
    expect(d.isDownloadHostReachable).not.toHaveBeenCalled();
    expect(d.installRuntime).not.toHaveBeenCalled();
  });

  it('falls back to the preview, in one clear sentence, when the download host is unreachable', async () => {
    const d = deps({});
    const plan = await planLaunch(d);
    expect(plan).toEqual({
      kind: 'preview',
      reason: 'unreachable',
      message:
        'Accords: the Electron runtime is not installed on this machine (its download host cannot be reached), so Accords opens in the browser preview instead.',
    });
    expect(d.installRuntime).not.toHaveBeenCalled();
  });

  it('runs Electron’s installer when the host answers, then starts Electron', async () => {
    const findRuntime = vi
      .fn<() => string | null>()
      .mockReturnValueOnce(null)
      .mockReturnValue('/bin/electron');
    const d = deps({ findRuntime, isDownloadHostReachable: vi.fn(async () => true) });
    await expect(planLaunch(d)).resolves.toEqual({ kind: 'electron', binary: '/bin/electron' });
    expect(d.installRuntime).toHaveBeenCalledTimes(1);
    expect(findRuntime).toHaveBeenCalledTimes(2);
  });

  it('still opens the preview when the installer fails', async () => {
    const d = deps({
      isDownloadHostReachable: vi.fn(async () => true),
      installRuntime: vi.fn(async () => {
        throw new Error('exit code 1');
      }),
    });
    const plan = await planLaunch(d);
    expect(plan).toMatchObject({ kind: 'preview', reason: 'install_failed' });
    expect(plan.kind === 'preview' && plan.message).toBe(previewMessage('install_failed'));
    expect(d.log).toHaveBeenCalledWith(expect.stringContaining('exit code 1'));
  });

  it('spawns the preview through its compiled door with the same arguments, or Electron on the repo folder', () => {
    const context = {
      repoDir: '/repo',
      args: ['--data-dir', '/tmp/d'],
      nodePath: '/usr/bin/node',
    };
    expect(launchCommand({ kind: 'preview', reason: 'unreachable', message: '' }, context)).toEqual(
      {
        command: '/usr/bin/node',
        args: [join('/repo', 'build', 'door.mjs'), 'preview', '--data-dir', '/tmp/d'],
      },
    );
    expect(launchCommand({ kind: 'electron', binary: '/bin/electron' }, context)).toEqual({
      command: '/bin/electron',
      args: ['/repo', '--data-dir', '/tmp/d'],
    });
  });

  it('never starts Electron as plain Node, and reports the child’s exit', () => {
    expect(electronEnv({ ELECTRON_RUN_AS_NODE: '1', PATH: '/bin' })).toEqual({ PATH: '/bin' });
    expect(exitCodeOf(0, null)).toBe(0);
    expect(exitCodeOf(3, null)).toBe(3);
    expect(exitCodeOf(null, 'SIGINT')).toBe(130);
    expect(exitCodeOf(null, 'SIGTERM')).toBe(143);
  });
});

describe('finding the Electron runtime', () => {
  const repo = mkdtempSync(join(tmpdir(), 'accords-launcher-'));
  const pkg = join(repo, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('is missing without path.txt (what a denied install script leaves)', () => {
    expect(findElectronRuntime(repo, {})).toBeNull();
  });

  it('is missing when path.txt names a binary that is not there', () => {
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    expect(findElectronRuntime(repo, {})).toBeNull();
  });

  it('is found at dist/<path.txt>, or under ELECTRON_OVERRIDE_DIST_PATH', () => {
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    expect(findElectronRuntime(repo, {})).toBe(join(pkg, 'dist', 'electron'));
    const override = join(repo, 'custom');
    mkdirSync(override);
    expect(findElectronRuntime(repo, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBeNull();
    writeFileSync(join(override, 'electron'), '');
    expect(findElectronRuntime(repo, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(
      join(override, 'electron'),
    );
  });
});

describe('checking the download host', () => {
  it('asks GitHub unless a mirror is set', () => {
    expect(downloadHost({})).toBe('github.com');
    expect(downloadHost({ ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' })).toBe(
      'npmmirror.com',
    );
    expect(downloadHost({ ELECTRON_MIRROR: 'not a url' })).toBe('github.com');
  });

  it('counts any HTTP answer as reachable and a failure as unreachable', async () => {
    const answers = vi.fn(async () => new Response(null, { status: 301 }));
    await expect(isHostReachable('github.com', 3000, answers as never)).resolves.toBe(true);
    expect(answers).toHaveBeenCalledWith(
      'https://github.com/',
      expect.objectContaining({ method: 'HEAD' }),
    );
    const fails = vi.fn(async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND github.com') });
    });
    await expect(isHostReachable('github.com', 3000, fails as never)).resolves.toBe(false);
  });

  it('gives up on a silent host within the time limit', async () => {
    const silent = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const started = Date.now();
    await expect(isHostReachable('github.com', 100, silent as never)).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
