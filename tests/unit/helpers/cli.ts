import { expect } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { tempDir } from './tempData';

/** What one command line printed and how it exited. */
export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `npm run accords -- …argv` in this process, collecting standard output and error. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out, err };
}

/** A data folder of this test holding the Paris example, loaded through `accords sample`. */
export async function parisDataDir(): Promise<string> {
  const dir = tempDir();
  expect((await cli('sample', '--data-dir', dir)).code).toBe(0);
  return dir;
}
