import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A running `npm run preview` on a data folder, as a user would start it. */
export interface PreviewProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts the preview on a data folder and resolves once it prints its URL. */
export function startPreview(dataDir: string, extraArgs: string[] = []): Promise<PreviewProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/preview/main.ts', '--data-dir', dataDir, '--port', '0', ...extraArgs],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ACCORDS_DATA_DIR: '' } },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The preview did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Accords preview: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, stop: () => stop(child) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The preview exited with code ${code} before starting:\n${output}`));
    });
  });
}

/** SIGTERM, as a user's Ctrl+C would: the preview closes the database and exits. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
