import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/ipc/bridge';
import type { Result } from '../../shared/ipc/result';
import { contentSecurityPolicy, randomToken } from '../web/csp';
import { injectPageMeta } from '../web/html';
import { dispatch, type HandlerContext, type Handlers } from '../ipc/dispatch';
import { timingSafeEqual } from 'node:crypto';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

/** The largest request body the API accepts. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface PreviewServerOptions {
  ctx: HandlerContext;
  handlers: Handlers;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** The per-run secret every API call must carry. */
  token: string;
}

/**
 * The browser preview: serves the built renderer and answers the IPC contract over loopback
 * HTTP from the same handlers as Electron. Only requests addressed to 127.0.0.1/localhost
 * (no DNS rebinding), from the page's own origin and carrying the run's token reach a handler.
 */
export function createPreviewServer(options: PreviewServerOptions): Server {
  const server = createServer((request, response) => {
    handle(options, server, request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', String(error));
      else response.destroy();
    });
  });
  return server;
}

async function handle(
  options: PreviewServerOptions,
  server: Server,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  if (!isLoopbackHost(request.headers.host, server)) {
    send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request');
    return;
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname.startsWith(API_PREFIX)) {
    await handleApi(options, request, response, decodeURIComponent(url.pathname.slice(API_PREFIX.length)));
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return;
  }
  serveStatic(options, url.pathname, response);
}

async function handleApi(
  options: PreviewServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
  channel: string,
): Promise<void> {
  const refuse = (status: number, message: string) =>
    sendJson(response, status, {
      ok: false,
      error: { code: 'forbidden', key: 'errors.forbidden', message, details: {} },
    });
  if (request.method !== 'POST') return refuse(405, 'Use POST');
  if (!sameOrigin(request)) return refuse(403, 'Foreign origin');
  if (!tokenMatches(request.headers[TOKEN_HEADER], options.token)) return refuse(403, 'Missing or wrong token');
  let payload: unknown;
  try {
    const body = await readBody(request, MAX_BODY_BYTES);
    payload = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
  } catch (error) {
    return sendJson(response, 400, {
      ok: false,
      error: { code: 'validation', key: 'errors.invalidFormat', message: `Unreadable request body: ${(error as Error).message}`, details: {} },
    });
  }
  sendJson(response, 200, dispatch(options.ctx, options.handlers, channel, payload));
}

function serveStatic(options: PreviewServerOptions, pathname: string, response: ServerResponse): void {
  const file = resolveStatic(options.staticDir, pathname === '/' ? '/index.html' : pathname);
  const stat = file ? safeStat(file) : null;
  if (!file || !stat?.isFile()) {
    send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    return;
  }
  const nonce = randomToken(16);
  response.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
  if (file.endsWith('index.html')) {
    response.setHeader('Cache-Control', 'no-store');
    const html = injectPageMeta(readFileSync(file, 'utf8'), { nonce, token: options.token });
    send(response, 200, MIME['.html']!, html);
    return;
  }
  response.writeHead(200, {
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Content-Length': stat.size,
  });
  createReadStream(file).pipe(response);
}

/** The file a URL path names inside the static folder, or null when it would leave it. */
export function resolveStatic(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

function isLoopbackHost(host: string | undefined, server: Server): boolean {
  const address = server.address();
  if (!host || !address || typeof address === 'string') return false;
  return [`127.0.0.1:${address.port}`, `localhost:${address.port}`].includes(host.toLowerCase());
}

function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  // Same-origin fetches may omit Origin; a cross-origin browser request always sends it.
  return origin === undefined || origin === `http://${request.headers.host}`;
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`body larger than ${limit} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function safeStat(file: string) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  response.setHeader('Cache-Control', 'no-store');
  send(response, status, MIME['.json']!, JSON.stringify(body));
}
