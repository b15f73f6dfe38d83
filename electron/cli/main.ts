import { runCli } from './run';

/**
 * A reader that stops early (`accords agreements | head`) closes the pipe: further output is
 * dropped and the command ends quietly, without an EPIPE stack trace. The command itself is not
 * cut short (a restore or an import finishes its work whoever reads its report).
 */
const closed = { out: false, err: false };
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  closed.out = true;
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  closed.err = true;
});

/**
 * `npm run accords -- <command>`: the same services as the app, for IT staff and scripts.
 * No top-level await: the command line ships as one CommonJS bundle (build/door.mjs).
 */
void runCli(process.argv.slice(2), {
  out: (text) => void (closed.out || process.stdout.write(`${text}\n`)),
  err: (text) => void (closed.err || process.stderr.write(`${text}\n`)),
}).then((code) => {
  process.exitCode = code;
});
