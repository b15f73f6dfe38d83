import i18next from 'i18next';
import type { ImportJobStatus } from '../../../../shared/schemas/imports';
import { ApiError } from '../../api/ApiError';
import { errorMessage } from '../../lib/notify';

/** Why a job did not finish, in the interface's language; null while it runs or once it is done. */
export function jobFailure(status: ImportJobStatus | null): string | null {
  if (status?.state === 'cancelled') return i18next.t('importScreen.commit.cancelled');
  if (status?.state === 'failed')
    return errorMessage(status.error ? new ApiError('imports:status', status.error) : null);
  return null;
}
