import { spawnSync } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/paths/repo';

// build/door.mjs: `npm run accords` and `npm run preview` run compiled bundles, rebuilt when stale.

const door = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'build', 'door.mjs'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
const bundle = join(REPO_ROOT, 'dist', 'doors', 'cli.cjs');
const COMPILED = /compiled the command line and the preview/;

describe('the command line door', () => {
  it('runs the compiled command line, building it first when it is missing or older than a source', () => {
    // Made stale on purpose: older than every source.
    if (existsSync(bundle)) utimesSync(bundle, new Date(0), new Date(0));
    const first = door('cli', 'help');
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(COMPILED);
    expect(first.stdout).toContain('Usage: npm run accords -- <command>');
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(0);

    // Up to date now: the next command runs the bundle as it is.
    const second = door('cli', 'help');
    expect(second.status).toBe(0);
    expect(second.stderr).not.toMatch(COMPILED);
    expect(second.stdout).toBe(first.stdout);
  });

  it('passes the arguments and the exit code through', () => {
    const unknown = door('cli', 'no-such-command');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "no-such-command"');
    const usage = door('cli', 'generate', '--bogus');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('accords generate:');
  });

  it('runs the compiled preview too', () => {
    const help = door('preview', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run preview --');
  });

  it('refuses a door it does not have', () => {
    const result = door('nothing');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown door "nothing"');
  });
});
