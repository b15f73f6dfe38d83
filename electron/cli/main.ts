import { runCli } from './run';

/** `npm run accords -- <command>`: the same services as the app, for IT staff and scripts. */
const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
