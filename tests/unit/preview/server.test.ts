import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_PREFIX, META_NONCE, META_TOKEN, TOKEN_HEADER } from '../../../shared/ipc/bridge';
import { handlers } from '../../../electron/ipc/handlers';
import { createPreviewServer, resolveStatic } from '../../../electron/preview/server';
import { dispatch } from '../../../electron/ipc/dispatch';
import {
  countRows,
  dumpTables,
  tempDatabase,
  tempDir,
  type TempDatabase,
} from '../helpers/tempData';

const TOKEN = 'test-token-0123456789abcdef';
/** A small body limit, so the test need not send the real one (over 100 MB). */
const BODY_LIMIT = 64 * 1024;
const INDEX_HTML = `<!doctype html>
<html>
  <head>
    <title>Accords</title>
    <style>body { margin: 0 }</style>
  </head>
  <body><div id="root"></div><script type="module" src="/assets/app.js"></script></body>
</html>`;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server | null = null;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = null;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

/** A preview server on a free loopback port, over a temp static folder and a temp database. */
async function startPreview(
  options: { sample?: boolean } = {},
): Promise<{ port: number; data: TempDatabase; root: string }> {
  const data = tempDatabase(options);
  const root = tempDir();
  const staticDir = join(root, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  // Files next to the static folder that traversal must never reach.
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
  writeFileSync(join(root, 'package.json'), '{"secret":true}');
  server = createPreviewServer({
    answer: (channel, payload) => dispatch(data.ctx, handlers, channel, payload),
    staticDir,
    token: TOKEN,
    maxBodyBytes: BODY_LIMIT,
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return { port: (server.address() as AddressInfo).port, data, root };
}

/** One raw HTTP request: the path is sent as is, headers exactly as given. */
function send(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string | number>;
    body?: string | Buffer;
  },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(
  port: number,
  channel: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const body = payload === undefined ? '' : JSON.stringify(payload);
  return send(port, {
    method: 'POST',
    path: `${API_PREFIX}${channel}`,
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body,
  });
}

describe('preview server: the page', () => {
  it('serves index.html with the nonce and token meta tags, a nonce on its styles and a matching CSP', async () => {
    const { port } = await startPreview();
    const answer = await send(port, { path: '/' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(answer.headers['content-security-policy']);
    const nonce = /style-src 'self' 'nonce-([A-Za-z0-9_-]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(answer.body).toContain(`<meta name="${META_NONCE}" content="${nonce}">`);
    expect(answer.body).toContain(`<meta name="${META_TOKEN}" content="${TOKEN}">`);
    expect(answer.body).toContain(`<style nonce="${nonce}">body { margin: 0 }</style>`);
    expect(answer.body.indexOf(META_NONCE)).toBeGreaterThan(answer.body.indexOf('<head>'));
    expect(answer.body.indexOf(META_NONCE)).toBeLessThan(answer.body.indexOf('</head>'));

    const again = await send(port, { path: '/index.html' });
    const nonce2 = /'nonce-([A-Za-z0-9_-]+)'/.exec(
      String(again.headers['content-security-policy']),
    )?.[1];
    expect(nonce2).toBeTruthy();
    expect(nonce2).not.toBe(nonce);
    expect(again.body).toContain(`content="${nonce2}"`);
  });

  it('serves other files as they are, with their type', async () => {
    const { port } = await startPreview();
    const answer = await send(port, { path: '/assets/app.js' });
    expect(answer).toMatchObject({ status: 200, body: 'console.log("app");' });
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(port, { path: '/assets/missing.js' })).status).toBe(404);
    expect((await send(port, { path: '/assets' })).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/../package.json',
    '/%2e%2e/secret.txt',
    '/%2E%2E/package.json',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
  ])('does not leave the static folder: GET %s → 404', async (path) => {
    const { port } = await startPreview();
    const answer = await send(port, { path });
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('SECRET');
    expect(answer.body).not.toContain('secret');
  });

  it('refuses other methods on pages', async () => {
    const { port } = await startPreview();
    expect((await send(port, { method: 'POST', path: '/', body: 'x' })).status).toBe(405);
    expect((await send(port, { method: 'DELETE', path: '/index.html' })).status).toBe(405);
  });
});

describe('preview server: who may call', () => {
  it('answers a call with the right token', async () => {
    const { port, data } = await startPreview();
    const answer = await api(port, 'app:state', undefined);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: true,
      value: { empty: true, dataDir: data.dir },
    });
  });

  it.each([
    ['no token', {}],
    ['a wrong token of the same length', { [TOKEN_HEADER]: TOKEN.replace(/.$/, 'X') }],
    ['a wrong token of another length', { [TOKEN_HEADER]: 'short' }],
    ['an empty token', { [TOKEN_HEADER]: '' }],
  ])('refuses %s with 403 and a forbidden envelope', async (_what, headers) => {
    const { port } = await startPreview();
    const answer = await send(port, {
      method: 'POST',
      path: '/api/setup:load-sample',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: '{}',
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        key: 'errors.forbidden',
        message: 'Missing or wrong token',
        details: {},
      },
    });
  });

  it('does not run a refused call', async () => {
    const { port, data } = await startPreview();
    await send(port, {
      method: 'POST',
      path: '/api/setup:load-sample',
      headers: { [TOKEN_HEADER]: 'nope' },
      body: '{}',
    });
    expect(countRows(data.db, 'agreements')).toBe(0);
    await api(port, 'setup:load-sample', {});
    expect(countRows(data.db, 'agreements')).toBe(40);
  });

  it.each(['evil.example', 'localhost.evil.example', '127.0.0.1.evil.example', '127.0.0.1:1'])(
    'answers 421 to a request addressed to host %s (DNS rebinding)',
    async (host) => {
      const { port, data } = await startPreview();
      const hostHeader = host.includes(':') ? host : `${host}:${port}`;
      const before = dumpTables(data.db);
      const page = await send(port, { path: '/', headers: { Host: hostHeader } });
      expect(page.status).toBe(421);
      expect(page.body).not.toContain(TOKEN);
      const call = await api(port, 'setup:load-sample', {}, { Host: hostHeader });
      expect(call.status).toBe(421);
      expect(dumpTables(data.db)).toEqual(before);
    },
  );

  it('accepts localhost as well as 127.0.0.1', async () => {
    const { port } = await startPreview();
    expect((await send(port, { path: '/', headers: { Host: `localhost:${port}` } })).status).toBe(
      200,
    );
    expect((await api(port, 'app:state', undefined, { Host: `LOCALHOST:${port}` })).status).toBe(
      200,
    );
  });

  it('refuses a foreign Origin with 403, even with the token', async () => {
    const { port, data } = await startPreview();
    for (const origin of [
      'http://evil.example',
      'null',
      `http://localhost:${port}`,
      `https://127.0.0.1:${port}`,
    ]) {
      const answer = await api(port, 'setup:load-sample', {}, { Origin: origin });
      expect(answer.status, origin).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: 'Foreign origin' },
      });
    }
    expect(countRows(data.db, 'agreements')).toBe(0);
    const own = await api(port, 'app:state', undefined, { Origin: `http://127.0.0.1:${port}` });
    expect(own.status).toBe(200);
  });

  it('answers 405 with a forbidden envelope to anything but POST on /api', async () => {
    const { port } = await startPreview();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await send(port, {
        method,
        path: '/api/app:state',
        headers: { [TOKEN_HEADER]: TOKEN },
      });
      expect(answer.status, method).toBe(405);
      expect(JSON.parse(answer.body)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: 'Use POST' },
      });
    }
  });
});

describe('preview server: what is sent', () => {
  it('passes the payload to the contract and answers its envelope', async () => {
    const { port } = await startPreview({ sample: true });
    const list = JSON.parse(
      (await api(port, 'agreements:list', { country: 'US', sort: 'city', direction: 'asc' })).body,
    );
    expect(list.ok).toBe(true);
    expect(list.value.total).toBe(3);
    expect(list.value.rows.map((r: { cityName: string }) => r.cityName)).toEqual([
      'Chicago',
      'San Francisco',
      'Washington',
    ]);
    const encoded = await send(port, {
      method: 'POST',
      path: '/api/agreements%3Afacets',
      headers: { [TOKEN_HEADER]: TOKEN },
    });
    expect(JSON.parse(encoded.body)).toMatchObject({ ok: true, value: { total: 40 } });
  });

  it('answers a write with the records it changed, and a read with none', async () => {
    const { port } = await startPreview({ sample: true });
    const created = JSON.parse(
      (await api(port, 'cities:create', { name: 'Trois-Rivières', country: 'CA' })).body,
    );
    expect(created).toEqual({
      ok: true,
      value: expect.objectContaining({ name: 'Trois-Rivières' }),
      changes: [{ entity: 'city', id: created.value.id, op: 'create' }],
    });
    const read = JSON.parse((await api(port, 'cities:get', { id: created.value.id })).body);
    expect(read.ok).toBe(true);
    expect(read).not.toHaveProperty('changes');
  });

  it('answers validation and unknown channels as envelopes', async () => {
    const { port } = await startPreview();
    const bad = JSON.parse(
      (await api(port, 'cities:create', { name: 'Lyon', country: 'XX' })).body,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        details: { issues: [{ path: 'country', key: 'errors.country' }] },
      },
    });
    const unknown = JSON.parse((await api(port, 'cities:drop', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    const malformedName = await send(port, {
      method: 'POST',
      path: '/api/%E0%A4%A',
      headers: { [TOKEN_HEADER]: TOKEN },
    });
    expect(malformedName.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(malformedName.body)).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
  });

  it('answers 400 with a validation envelope to malformed JSON, and runs nothing', async () => {
    const { port, data } = await startPreview();
    for (const body of ['{', '{"name": "Lyon",}', 'undefined', "{'a': 1}"]) {
      const answer = await send(port, {
        method: 'POST',
        path: '/api/cities:create',
        headers: { [TOKEN_HEADER]: TOKEN },
        body,
      });
      expect(answer.status, body).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({
        ok: false,
        error: { code: 'validation', key: 'errors.invalidFormat' },
      });
    }
    expect(countRows(data.db, 'cities')).toBe(0);
  });

  it('refuses a body over the limit with 413, and runs nothing', async () => {
    const { port, data } = await startPreview();
    const body = JSON.stringify({ name: 'Lyon', country: 'FR', notes: 'n'.repeat(BODY_LIMIT) });
    const answer = await send(port, {
      method: 'POST',
      path: '/api/cities:create',
      headers: { [TOKEN_HEADER]: TOKEN },
      body,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        key: 'errors.tooBig',
        details: { params: { max: BODY_LIMIT } },
      },
    });
    expect(countRows(data.db, 'cities')).toBe(0);
    // The server is still there for the next call.
    expect((await api(port, 'app:state', undefined)).status).toBe(200);
  });

  it('refuses a chunked body over the limit with 413', async () => {
    const { port, data } = await startPreview();
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/cities:create',
          headers: { [TOKEN_HEADER]: TOKEN, 'Transfer-Encoding': 'chunked' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      // The server may close the connection before all chunks are written.
      req.on('error', reject);
      const chunk = 'n'.repeat(8 * 1024);
      for (let sent = 0; sent <= BODY_LIMIT; sent += chunk.length) req.write(chunk);
      req.end();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'validation', key: 'errors.tooBig' },
    });
    expect(countRows(data.db, 'cities')).toBe(0);
  });
});

describe('preview server: where files go', () => {
  it('delivers exports as downloads: a file outside the data folder is neither written nor replaced', async () => {
    const { port, data } = await startPreview({ sample: true });
    const outside = tempDir('accords-outside-');
    const victim = join(outside, 'important.txt');
    writeFileSync(victim, 'not an Accords file');
    const payload = (file: string) => ({
      request: { report: 'annual', year: 2026 },
      format: 'csv',
      target: { kind: 'file', file, overwrite: true },
      lang: 'en',
    });
    for (const file of [victim, join(outside, 'new.csv'), join(data.dir, 'inside.csv')]) {
      const answer = JSON.parse((await api(port, 'exports:start', payload(file))).body);
      expect(answer).toMatchObject({ ok: false, error: { key: 'errors.files.downloadsOnly' } });
    }
    expect(readFileSync(victim, 'utf8')).toBe('not an Accords file');
    expect(readdirSync(outside)).toEqual(['important.txt']);
    // A made-up handle is not a choice main made.
    const handle = JSON.parse(
      (
        await api(port, 'exports:start', {
          ...payload(victim),
          target: { kind: 'chosen', handle: 'Q'.repeat(32) },
        })
      ).body,
    );
    expect(handle).toMatchObject({ ok: false, error: { key: 'errors.files.handleUnknown' } });
    // The download still works.
    const download = JSON.parse(
      (await api(port, 'exports:start', { ...payload(victim), target: { kind: 'download' } })).body,
    );
    expect(download).toMatchObject({ ok: true, value: { state: 'running' } });
  });

  it('an archive goes into an existing folder and replaces only an archive Accords wrote', async () => {
    const { port } = await startPreview({ sample: true });
    const outside = tempDir('accords-outside-');
    const archive = (file: string, overwrite = false) =>
      api(port, 'archive:export', { file, overwrite }).then((a) => JSON.parse(a.body));
    expect(await archive(join(outside, 'missing', 'a.tar.gz'))).toMatchObject({
      ok: false,
      error: { key: 'errors.files.folderMissing' },
    });
    const foreign = join(outside, 'photos.tar.gz');
    writeFileSync(foreign, 'holiday photos');
    expect(await archive(foreign, true)).toMatchObject({
      ok: false,
      error: { key: 'errors.files.notWrittenByAccords' },
    });
    expect(readFileSync(foreign, 'utf8')).toBe('holiday photos');
    const ours = join(outside, 'accords.tar.gz');
    expect(await archive(ours)).toMatchObject({ ok: true });
    expect(await archive(ours, true)).toMatchObject({ ok: true, value: { file: ours } });
    expect(readdirSync(outside).sort()).toEqual(['accords.tar.gz', 'photos.tar.gz']);
  });

  it('the backup folder must be an existing folder; a handle means nothing here', async () => {
    const { port } = await startPreview();
    const missing = join(tempDir('accords-outside-'), 'not-yet');
    const answer = JSON.parse((await api(port, 'backups:settings', { dir: missing })).body);
    expect(answer).toMatchObject({ ok: false, error: { key: 'errors.files.folderMissing' } });
    expect(existsSync(missing)).toBe(false);
    const handle = JSON.parse(
      (await api(port, 'backups:settings', { dirHandle: 'Q'.repeat(32) })).body,
    );
    expect(handle).toMatchObject({ ok: false, error: { key: 'errors.files.handleUnknown' } });
  });
});

describe('resolveStatic', () => {
  it('keeps paths inside the root and refuses the rest', () => {
    const root = '/srv/app';
    expect(resolveStatic(root, '/index.html')).toBe('/srv/app/index.html');
    expect(resolveStatic(root, '/assets/../index.html')).toBe('/srv/app/index.html');
    expect(resolveStatic(root, '/../app-secrets/x')).toBeNull();
    expect(resolveStatic(root, '/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveStatic(root, '/a%00b')).toBeNull();
    expect(resolveStatic(root, '/%E0%A4%A')).toBeNull();
  });
});
