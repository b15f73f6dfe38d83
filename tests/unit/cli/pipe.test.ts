import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, sampleDataDir } from '../safety/helpers';

afterAll(cleanup);

const REPO = resolve(import.meta.dirname, '../../..');

describe('command line on a closed pipe', () => {
  it('`accords agreements | true` (a reader gone before the first line) ends quietly: no EPIPE, no stack trace, exit 0', async () => {
    const dataDir = sampleDataDir('pipe');
    // The reader closes the pipe before the command writes (as `head` does once it has its
    // lines); pipefail gives the command's own exit code.
    const child = spawn(
      'bash',
      [
        '-c',
        `set -o pipefail; node --import tsx "${join(REPO, 'electron/cli/main.ts')}" agreements --data-dir "$1" | true`,
        'pipe-test',
        dataDir,
      ],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(out).toBe('');
    expect(err).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  }, 60_000);
});
