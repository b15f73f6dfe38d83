/**
 * `npm start`: the desktop app when the Electron runtime is here (fetched first when its
 * download host answers), else the browser preview, said in one sentence. The decisions are
 * in runtime.ts; this file only runs processes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  downloadHost,
  electronEnv,
  exitCodeOf,
  findElectronRuntime,
  isHostReachable,
  launchCommand,
  planLaunch,
} from './runtime';

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);

const plan = await planLaunch({
  findRuntime: () => findElectronRuntime(repoDir),
  isDownloadHostReachable: () => isHostReachable(downloadHost(), 3000),
  installRuntime: () =>
    runToEnd(process.execPath, [join(repoDir, 'node_modules', 'electron', 'install.js')]),
  log: (line) => console.log(line),
});

const { command, args: commandArgs } = launchCommand(plan, {
  repoDir,
  args,
  nodePath: process.execPath,
});

if (plan.kind === 'electron') {
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: repoDir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) {
    console.error('Accords: the build failed, so the app was not started.');
    process.exit(built.status ?? 1);
  }
  follow(
    spawn(command, commandArgs, { cwd: repoDir, stdio: 'inherit', env: electronEnv(process.env) }),
  );
} else {
  console.log(plan.message);
  follow(spawn(command, commandArgs, { cwd: repoDir, stdio: 'inherit' }));
}

/** Passes Ctrl+C and termination on to the child, and leaves with its exit code. */
function follow(child: ChildProcess): void {
  const forward = (signal: NodeJS.Signals) => () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(`Accords: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(exitCodeOf(code, signal)));
}

function runToEnd(file: string, fileArgs: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(file, fileArgs, { cwd: repoDir, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`exit code ${code}`))));
  });
}
