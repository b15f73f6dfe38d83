import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/ipc/bridge';
import type { Result } from '../../shared/ipc/result';
import { settle } from '../ipc/dispatch';
import { failure } from '../core/result';
import { admitFiles } from '../files/door';
import { MAX_ATTACHMENT_BASE64 } from '../../shared/schemas/documents';
import { contentSecurityPolicy, randomToken } from '../web/csp';
import { injectPageMeta } from '../web/html';
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

/**
 * The largest request body the API accepts: an attachment upload travels as base64 (4/3 of
 * its size), up to twice the attachment limit so that a file a little too large still gets
 * the clear "too large" answer from the service; plus room for the JSON around it.
 */
export const MAX_BODY_BYTES = MAX_ATTACHMENT_BASE64 + 1024 * 1024;

export interface PreviewServerOptions {
  /** Answers one call of the contract (the data-folder session, in the preview). */
  answer: (channel: string, payload: unknown) => Result<unknown>;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** The per-run secret every API call must carry. */
  token: string;
  /** The body limit, MAX_BODY_BYTES unless a test needs a small one. */
  maxBodyBytes?: number;
  /** Slow or silent clients are cut off (defaults: PREVIEW_LIMITS; tests pass short ones). */
  limits?: Partial<PreviewLimits>;
}

/**
 * What one client may hold: a loopback server still meets slow-loris pages (any site the user
 * visits can open connections to 127.0.0.1 and trickle bytes), and each body it buffers is up to
 * MAX_BODY_BYTES of memory.
 */
export interface PreviewLimits {
  /** To send the request's headers. */
  headersMs: number;
  /** To send the whole request, body included (an upload of the largest attachment over loopback). */
  requestMs: number;
  /** A connection with nothing happening on it. */
  idleMs: number;
  /** Request bodies being read at once; more get 503 at once. */
  bodiesAtOnce: number;
  /** How often Node looks for connections past the header and request times. */
  checkEveryMs: number;
}

export const PREVIEW_LIMITS: PreviewLimits = {
  headersMs: 10_000,
  requestMs: 120_000,
  idleMs: 30_000,
  bodiesAtOnce: 4,
  checkEveryMs: 2_000,
};

/**
 * The browser preview: serves the built renderer and answers the IPC contract over loopback
 * HTTP from the same handlers as Electron. Only requests addressed to 127.0.0.1/localhost
 * (no DNS rebinding), from the page's own origin and carrying the run's token reach a handler.
 */
export function createPreviewServer(options: PreviewServerOptions): Server {
  const limits = { ...PREVIEW_LIMITS, ...options.limits };
  const bodies = { reading: 0, max: limits.bodiesAtOnce };
  const server = createServer(
    {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      keepAliveTimeout: Math.min(5_000, limits.idleMs),
      connectionsCheckingInterval: limits.checkEveryMs,
    },
    (request, response) => {
      handle(options, server, request, response, bodies).catch((error: unknown) => {
        if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', String(error));
        else response.destroy();
      });
    },
  );
  // A socket silent for this long is closed, whatever state its request is in.
  server.setTimeout(limits.idleMs, (socket) => socket.destroy());
  return server;
}

/** How many request bodies are being read now, and how many may be. */
interface BodyBudget {
  reading: number;
  max: number;
}

async function handle(
  options: PreviewServerOptions,
  server: Server,
  request: IncomingMessage,
  response: ServerResponse,
  bodies: BodyBudget,
): Promise<void> {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  if (!isLoopbackHost(request.headers.host, server)) {
    send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request');
    return;
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname.startsWith(API_PREFIX)) {
    // A name that does not decode is passed on as is: the dispatcher answers unknown_channel.
    const raw = url.pathname.slice(API_PREFIX.length);
    await handleApi(options, request, response, safeDecode(raw) ?? raw, bodies);
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
  bodies: BodyBudget,
): Promise<void> {
  const refuse = (status: number, message: string) =>
    sendJson(response, status, failure('forbidden', 'errors.forbidden', message));
  if (request.method !== 'POST') return refuse(405, 'Use POST');
  if (!sameOrigin(request)) return refuse(403, 'Foreign origin');
  if (!tokenMatches(request.headers[TOKEN_HEADER], options.token)) return refuse(403, 'Missing or wrong token');
  if (bodies.reading >= bodies.max) {
    response.setHeader('Connection', 'close');
    response.setHeader('Retry-After', '1');
    sendJson(response, 503, failure('conflict', 'errors.safety.busy', 'Too many requests at once'));
    return;
  }
  let payload: unknown;
  bodies.reading += 1;
  try {
    const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const body = await readBody(request, limit).finally(() => (bodies.reading -= 1));
    if (body === null) {
      return sendJson(
        response,
        413,
        failure('validation', 'errors.tooBig', `Request body larger than ${limit} bytes`, { params: { max: limit } }),
      );
    }
    payload = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
  } catch (error) {
    return sendJson(
      response,
      400,
      failure('validation', 'errors.invalidFormat', `Unreadable request body: ${(error as Error).message}`),
    );
  }
  // No native dialog here: exports are downloads, and no path leaves the data folder unless the
  // user typed it for an archive or the backup folder (see files/door.ts).
  const admitted = admitFiles(channel, payload, { kind: 'preview' });
  sendJson(response, 200, admitted.ok ? await settle(options.answer(channel, admitted.value)) : admitted);
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

/**
 * The request body, or null when it is larger than `limit`. Past the limit the rest is read and
 * dropped rather than the connection cut, so the caller still gets its 413 envelope.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] | null = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) chunks = null;
      else chunks?.push(chunk);
    });
    request.on('end', () => resolve(chunks && Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
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
