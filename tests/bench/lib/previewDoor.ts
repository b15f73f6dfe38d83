import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../../build/scripts/electronBundles';

/** A preview started as `npm run preview` starts it (build/door.mjs, the compiled bundle). */
export interface DoorPreview {
  url: string;
  /** Epoch milliseconds at which the process was spawned. */
  spawnedAt: number;
  /** SIGTERM, as Ctrl+C: the preview closes the database cleanly and exits. */
  stop(): Promise<void>;
}

/** Now, in epoch milliseconds with sub-millisecond precision (comparable with a page's clock). */
export const epochNow = (): number => performance.timeOrigin + performance.now();

/** Starts `node build/door.mjs preview --data-dir DIR --port 0` and waits for its URL. */
export function startDoorPreview(dataDir: string): Promise<DoorPreview> {
  const spawnedAt = epochNow();
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'build', 'door.mjs'), 'preview', '--data-dir', dataDir, '--port', '0'],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ACCORDS_DATA_DIR: '' },
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Accords preview: (http:\/\/\S+)/.exec(output);
      if (match) {
        child.stdout.off('data', onData);
        child.off('exit', onExit);
        resolve({ url: match[1]!, spawnedAt, stop: () => stop(child) });
      }
    };
    const onExit = (code: number | null) =>
      reject(new Error(`the preview exited (${code}) before serving:\n${output.slice(-2000)}`));
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', onExit);
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
