import { DomainError } from '../core/errors';

/**
 * A refusal of the safety engine the user can act on (a backup that does not verify, a folder in
 * use, an archive that does not match its manifest). It is a DomainError, so the IPC dispatcher
 * and the command line report it like any other refusal; `key` is an i18n key under
 * `errors.safety.`, `params` fills it in.
 */
export class SafetyError extends DomainError {
  constructor(
    code: 'rule' | 'not_found' | 'conflict' | 'validation',
    key: `errors.safety.${string}`,
    message: string,
    params: Record<string, string | number> = {},
  ) {
    super(code, key, message, [], params);
    this.name = 'SafetyError';
  }
}
