import { randomBytes } from 'node:crypto';

/**
 * The content security policy of the renderer, in Electron (app://) and in the preview alike:
 * scripts only from the app itself, styles from the app plus the runtime style tags that carry
 * this page load's nonce, no remote connections but the app's own origin.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh random value for one page load's nonce or one preview run's token. */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}
