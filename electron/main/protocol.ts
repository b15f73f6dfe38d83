import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy, randomToken } from '../web/csp';
import { injectPageMeta } from '../web/html';
import { APP_HOST, APP_SCHEME } from './origin';

/** `app:` behaves like https: a standard, secure origin that `fetch` may use. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const;

/** Must run before the app is ready: Chromium reads scheme privileges once, at start. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
  ]);
}

/** Serves `app://accords/…` from the built renderer folder (dist/renderer). */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest({ url: request.url, method: request.method }, rootDir),
  );
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type of a served file, from its extension; unknown kinds are opaque bytes. */
export function mimeTypeFor(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file an `app://accords/…` address names inside `rootDir`, or null when it must not be
 * served: another scheme or host, an undecodable or NUL-carrying path, the folder itself, or
 * anything that resolves outside the folder (`..`, encoded `%2e%2e%2f`, `%5c` on Windows).
 */
export function resolveAppRequest(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return null;
  return file;
}

type ReadFile = (file: string) => Promise<Uint8Array>;

/**
 * Answers one request of the `app:` scheme. index.html gets a fresh nonce on every load, as
 * a meta tag (read by the renderer for its runtime style tags) and in the CSP header; every
 * response carries a CSP header. An extension-less path that names no file is a client-side
 * route and gets index.html; anything else missing or refused is a 404.
 */
export async function serveAppRequest(
  request: { url: string; method?: string },
  rootDir: string,
  read: ReadFile = readFile,
): Promise<Response> {
  const method = (request.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveAppRequest(request.url, rootDir);
  if (!file) return plain(404, 'Not found');
  const indexFile = join(resolve(rootDir), 'index.html');

  let target = file;
  let bytes: Uint8Array | null;
  try {
    bytes = await readOrNull(read, target);
    if (!bytes && extname(file) === '') {
      target = indexFile;
      bytes = await readOrNull(read, target);
    }
  } catch (error) {
    console.error(`Accords: could not read ${target}:`, error);
    return plain(500, 'Could not read the file');
  }
  if (!bytes) return plain(404, 'Not found');

  const nonce = randomToken();
  const headers = new Headers({
    'Content-Type': mimeTypeFor(target),
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
  });
  let body: Uint8Array | string = bytes;
  if (target === indexFile) {
    body = injectPageMeta(new TextDecoder().decode(bytes), { nonce });
    headers.set('Cache-Control', 'no-store');
  }
  return new Response(method === 'HEAD' ? null : toBody(body), { status: 200, headers });
}

async function readOrNull(read: ReadFile, file: string): Promise<Uint8Array | null> {
  try {
    return await read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

function toBody(body: Uint8Array | string): string | Uint8Array<ArrayBuffer> {
  return typeof body === 'string' ? body : new Uint8Array(body);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy(randomToken()),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
