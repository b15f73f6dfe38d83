import { parseArgs } from 'node:util';
import { openAppContext } from '../app/context';
import { NewerSchemaError } from '../db/migrate';
import { resolveDataDir } from '../paths/dataDir';
import { DomainError } from '../services/errors';
import { agreementsCommand } from './commands/agreements';
import { sampleCommand } from './commands/sample';
import { CliError, type CliCommand, type CliIo } from './types';

/** Every command, in the order `help` lists them. */
export const COMMANDS: readonly CliCommand[] = [sampleCommand, agreementsCommand];

function help(): string {
  const lines = ['Usage: npm run accords -- <command> [options] [--data-dir DIR]', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(44)} ${c.summary}`);
  lines.push('', 'Data folder: --data-dir, else ACCORDS_DATA_DIR, else the desktop app’s own folder.');
  return lines.join('\n');
}

/**
 * Runs one command line and returns the exit code: 0 on success, 1 when the command was
 * refused, 2 on a usage error. Every failure is reported in one line on standard error.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(help());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`accords: unknown command "${name}". Run \`npm run accords -- help\` for the list.`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, 'data-dir': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err(`accords ${name}: ${(error as Error).message.split(/\.\s/)[0]}. Usage: ${command.usage}`);
    return 2;
  }
  let ctx;
  try {
    ctx = openAppContext(resolveDataDir(parsed.values['data-dir'] as string | undefined));
  } catch (error) {
    io.err(`accords ${name}: ${error instanceof NewerSchemaError ? error.message : `cannot open the database: ${(error as Error).message}`}`);
    return 1;
  }
  try {
    await command.run(ctx, parsed.values, io, parsed.positionals);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`accords ${name}: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof DomainError) {
      io.err(`accords ${name}: ${error.message}`);
      return 1;
    }
    io.err(`accords ${name}: unexpected error: ${(error as Error).message}`);
    return 1;
  } finally {
    ctx.close();
  }
}
