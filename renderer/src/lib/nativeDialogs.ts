import type { AccordsBridge } from '../../../shared/ipc/bridge';

/**
 * The desktop app's native file dialogs, or null in the browser preview. In the desktop app the
 * file or folder an operation uses is always one the user picked in main's dialog: the page
 * gets a single-use handle back and passes it with the operation, never a path of its own.
 */
export function nativeDialogs(): Pick<AccordsBridge, 'chooseSaveFile' | 'chooseOpen'> | null {
  const bridge = window.accords;
  return bridge && typeof bridge.chooseOpen === 'function' ? bridge : null;
}
