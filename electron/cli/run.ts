import { parseArgs } from 'node:util';
import { openAppContext } from '../app/context';
import { DataFolderError } from '../safety/recovery';
import { resolveDataDir } from '../paths/dataDir';
import { DomainError } from '../core/errors';
import { agreementsCommand } from './commands/agreements';
import { archiveCommand } from './commands/archive';
import { backupCommand, backupsCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { generateCommand } from './commands/generate';
import { importCommand, importsCommand } from './commands/import';
import { attachCommand } from './commands/attach';
import { reportCommand } from './commands/report';
import { restoreCommand } from './commands/restore';
import { sampleCommand } from './commands/sample';
import { syncCommand, teamCommand } from './commands/team';
import { CliError, type CliCommand, type CliIo, type FolderCommand } from './types';

/** Every command, in the order `help` lists them. */
export const COMMANDS: readonly (CliCommand | FolderCommand)[] = [
  sampleCommand,
  agreementsCommand,
  generateCommand,
  attachCommand,
  backupCommand,
  backupsCommand,
  restoreCommand,
  checkCommand,
  archiveCommand,
  reportCommand,
  importCommand,
  importsCommand,
  teamCommand,
  syncCommand,
];

function help(): string {
  const lines = ['Usage: npm run accords -- <command> [options] [--data-dir DIR]', '', 'Commands:'];
  for (const c of COMMANDS) {
    // A long usage gets its own line, the summary below it, so the columns stay readable.
    if (c.usage.length <= 44) lines.push(`  ${c.usage.padEnd(44)} ${c.summary}`);
    else lines.push(`  ${c.usage}`, `  ${''.padEnd(44)} ${c.summary}`);
  }
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
  const dataDir = resolveDataDir(parsed.values['data-dir'] as string | undefined);
  if ('runInFolder' in command) {
    try {
      await command.runInFolder(dataDir, parsed.values, io, parsed.positionals);
      return 0;
    } catch (error) {
      return reportFailure(name, error, io);
    }
  }
  try {
    command.check?.(parsed.values, parsed.positionals);
  } catch (error) {
    return reportFailure(name, error, io);
  }
  let ctx;
  try {
    ctx = openAppContext(dataDir, { kind: 'cli' });
  } catch (error) {
    io.err(`accords ${name}: ${error instanceof DataFolderError ? error.message : `cannot open the database: ${(error as Error).message}`}`);
    return 1;
  }
  try {
    await command.run(ctx, parsed.values, io, parsed.positionals);
    return 0;
  } catch (error) {
    return reportFailure(name, error, io);
  } finally {
    ctx.close();
  }
}

/** Reports a failed command in one line and returns its exit code. */
function reportFailure(name: string, error: unknown, io: CliIo): number {
  if (error instanceof CliError) {
    io.err(`accords ${name}: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof DomainError) {
    io.err(`accords ${name}: ${error.message}`);
    return 1;
  }
  const code = (error as { code?: unknown } | null)?.code;
  const prefix = typeof code === 'string' && code.startsWith('SQLITE_') ? `${code}: ` : 'unexpected error: ';
  io.err(`accords ${name}: ${prefix}${(error as Error).message}`);
  return 1;
}
