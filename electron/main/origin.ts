/** The privileged scheme the renderer is served from (registered before `ready`). */
export const APP_SCHEME = 'app';
/** The one host of that scheme; any other host is refused. */
export const APP_HOST = 'accords';
/** Where the window starts. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when `url` belongs to the app's own origin, `app://accords`. Compared field by field:
 * WHATWG `URL.origin` is the string "null" for non-special schemes such as `app:`.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      !parsed.username &&
      !parsed.password
    );
  } catch {
    return false;
  }
}

/** True for an address the system browser may open: https only, never file:, javascript:, etc. */
export function isExternalHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
