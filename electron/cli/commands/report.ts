import { cancelExport, startExport } from '../../exports/jobs';
import { CliError, type CliCommand } from '../types';
import { databaseLookups, placeholderLookups } from './reportLookup';
import { exportRequestFromArgs, REPORT_OPTIONS, REPORT_USAGE } from './reportOptions';
import { followExport } from './reportProgress';

/**
 * Where a relative --out is resolved: the folder the user typed the command in. npm runs
 * scripts from the package folder and says where it was called from in INIT_CWD.
 */
function callerDir(): string {
  return process.env.INIT_CWD || process.cwd();
}

/**
 * `report <kind> --format F --out FILE …`: the same export job as the app's Export button,
 * written to a file, with progress on standard error for long exports.
 */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Write a report or a filtered list to a file: pdf, xlsx, csv, docx, ics or json',
  usage: REPORT_USAGE,
  options: REPORT_OPTIONS,
  check(values, positionals) {
    exportRequestFromArgs(values, positionals, placeholderLookups, callerDir());
  },
  async run(ctx, values, io, positionals) {
    const request = exportRequestFromArgs(
      values,
      positionals,
      databaseLookups(ctx.db),
      callerDir(),
    );
    // The user typed the path: --force replaces whatever is there (the app's doors replace only
    // files Accords wrote).
    const { jobId } = startExport(ctx, request, { replaceAnyFile: true });
    // Ctrl+C stops the job, which removes its temporary file, rather than leaving one behind.
    const onInterrupt = () => cancelExport(jobId);
    process.once('SIGINT', onInterrupt);
    let final;
    try {
      final = await followExport(jobId, (line) => io.err(`accords report: ${line}`));
    } finally {
      process.removeListener('SIGINT', onInterrupt);
    }
    if (final.state === 'done') {
      io.out(`Wrote ${final.file} (${final.bytes} bytes)`);
      return;
    }
    throw new CliError(final.error?.message ?? 'The export was cancelled: no file was written.');
  },
};
