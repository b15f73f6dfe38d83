import { DomainError } from '../core/errors';

/**
 * A file the import refuses as a whole (too large, not a spreadsheet, a zip bomb): a `rule`
 * error whose key is under `import.errors`, so the screen and the command line say why in the
 * reader's language. Nothing has been read into the app when it is thrown.
 */
export function importError(
  key: string,
  message: string,
  params: Record<string, string | number> = {},
): DomainError {
  return new DomainError('rule', `import.errors.${key}`, message, [], params);
}

/** True when `error` is the import's refusal with this key. */
export function isImportError(error: unknown, key?: string): error is DomainError {
  return (
    error instanceof DomainError &&
    error.key.startsWith('import.errors.') &&
    (key === undefined || error.key === `import.errors.${key}`)
  );
}
