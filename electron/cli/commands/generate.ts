import { generateData } from '../../sample/generate';
import { CliError, type CliCommand } from '../types';

const MAX = { cities: 100_000, agreements: 1_000_000, actions: 5_000_000, contacts: 1_000_000 };

function count(values: Record<string, unknown>, name: keyof typeof MAX): number {
  const raw = values[name];
  if (raw === undefined) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > MAX[name]) {
    throw new CliError(
      `--${name} must be a whole number from 0 to ${MAX[name]} (got "${String(raw)}")`,
      2,
    );
  }
  return n;
}

/** `generate --cities N --agreements N --actions N [--contacts N] [--seed S]`: synthetic scale data. */
export const generateCommand: CliCommand = {
  name: 'generate',
  summary: 'Fill the database with realistic synthetic data for scale testing',
  usage:
    'generate --cities N --agreements N --actions N [--contacts N] [--seed S] [--data-dir DIR]',
  options: {
    cities: { type: 'string' },
    agreements: { type: 'string' },
    actions: { type: 'string' },
    contacts: { type: 'string' },
    seed: { type: 'string' },
  },
  run(ctx, values, io) {
    const options = {
      cities: count(values, 'cities'),
      agreements: count(values, 'agreements'),
      actions: count(values, 'actions'),
      contacts: count(values, 'contacts'),
      seed: values.seed === undefined ? Date.now() % 2_147_483_647 : Number(values.seed),
    };
    if (!Number.isInteger(options.seed))
      throw new CliError(`--seed must be a whole number (got "${String(values.seed)}")`, 2);
    if (options.cities + options.agreements + options.actions + options.contacts === 0) {
      throw new CliError(
        'nothing to generate: give --cities, --agreements, --actions or --contacts',
        2,
      );
    }
    const result = generateData(ctx.db, {
      ...options,
      onProgress: (message) => io.err(`  ${message}`),
    });
    io.out(
      `Generated ${result.cities} cities, ${result.agreements} agreements, ${result.actions} actions and ${result.contacts} contacts in ${(result.ms / 1000).toFixed(1)} s (seed ${options.seed}).`,
    );
  },
};
