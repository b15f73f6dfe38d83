/**
 * The one channel main pushes on: native menu commands ('navigate:/agreements', 'language:fr').
 * Kept in a file of its own so the sandboxed preload bundle imports nothing else from main.
 */
export const MENU_CHANNEL = 'accords:menu';

/**
 * The native save dialog (`window.accords.chooseSaveFile`): outside the data contract since it
 * asks the user, not the database. Main answers it with the same sender check.
 */
export const SAVE_DIALOG_CHANNEL = 'accords:save-dialog';

/** The native open dialog (`window.accords.chooseOpen`): an archive to import, the backup folder. */
export const OPEN_DIALOG_CHANNEL = 'accords:open-dialog';
