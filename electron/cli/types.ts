import type { HandlerContext } from '../core/context';

/** Where a command writes: standard output for results, standard error for messages. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** A refusal the command line reports in one line, exiting non-zero. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** One `npm run accords -- <name>` command. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** The options it accepts besides --data-dir, as node:util parseArgs options. */
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  /**
   * Checks the command line before the database is opened (so a typo creates nothing); throws
   * a CliError with exit code 2 on a usage error.
   */
  check?(values: Record<string, string | boolean | string[] | undefined>, positionals: string[]): void;
  run(ctx: HandlerContext, values: Record<string, string | boolean | string[] | undefined>, io: CliIo, positionals: string[]): void | Promise<void>;
}

/**
 * A command that works on the data folder itself instead of an opened database (backups,
 * restore, checks, archives): it must run when the database is damaged, missing or in use.
 */
export interface FolderCommand extends Omit<CliCommand, 'run'> {
  runInFolder(dataDir: string, values: Parameters<CliCommand['run']>[1], io: CliIo, positionals: string[]): void | Promise<void>;
}
