import { DomainError } from '../../core/errors';
import { loadSample } from '../../sample/load';
import { CliError, type CliCommand } from '../types';

/** `sample`: loads the Paris example into an empty database. */
export const sampleCommand: CliCommand = {
  name: 'sample',
  summary: 'Load the Paris example (40 agreements) into an empty database',
  usage: 'sample [--data-dir DIR]',
  options: {},
  run(ctx, _values, io) {
    try {
      const loaded = loadSample(ctx.db);
      io.out(`Loaded the Paris example: ${loaded.agreements} agreements, ${loaded.cities} partner cities, ${loaded.actions} actions.`);
    } catch (error) {
      if (error instanceof DomainError && error.key === 'errors.notEmpty') {
        throw new CliError(`Nothing loaded: ${error.message}. Use an empty --data-dir to try the example.`);
      }
      throw error;
    }
  },
};
