/**
 * The one channel main pushes on: native menu commands ('navigate:/agreements', 'language:fr').
 * Kept in a file of its own so the sandboxed preload bundle imports nothing else from main.
 */
export const MENU_CHANNEL = 'accords:menu';
