import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import { ApiError } from '../api/ApiError';

/** The sentence a user reads for a failed call, in the current language. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return i18next.t(error.key, { ...error.params, defaultValue: i18next.t('errors.internal') });
  }
  return i18next.t('errors.internal');
}

/** Shows a failed call as a red notification, left long enough to be read. */
export function notifyError(error: unknown): void {
  notifications.show({ color: 'red', message: errorMessage(error), autoClose: 10_000 });
}

/** Confirms that something was saved. */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}
