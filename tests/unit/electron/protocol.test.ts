import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(() => import('./fakeElectron').then((m) => m.createFakeElectron()));
vi.mock('electron', () => fake.module);

const { mimeTypeFor, registerAppProtocol, registerAppScheme, resolveAppRequest, serveAppRequest } =
  await import('../../../electron/main/protocol');

const base = mkdtempSync(join(tmpdir(), 'accords-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
mkdirSync(join(base, 'renderer-secret'));
const INDEX =
  '<!doctype html><html><head><title>Accords</title><style>body{margin:0}</style></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>';
writeFileSync(join(root, 'index.html'), INDEX);
writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")');
writeFileSync(join(root, 'assets', 'app.css'), 'body{color:red}');
writeFileSync(join(root, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(root, 'assets', 'inter.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
writeFileSync(join(root, 'assets', 'data.bin'), Buffer.from([1, 2, 3]));
writeFileSync(join(base, 'secret.txt'), 'TOP SECRET');
writeFileSync(join(base, 'renderer-secret', 'secret.txt'), 'TOP SECRET');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const serve = (url: string, method = 'GET') => serveAppRequest({ url, method }, root);
const nonceOfHeader = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
const nonceOfMeta = (html: string) =>
  /<meta name="accords-nonce" content="([^"]+)">/.exec(html)?.[1];

describe('app:// protocol', () => {
  beforeEach(() => fake.reset());

  it('registers app: as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme(fake.protocol as never);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('maps app://accords paths into the renderer folder', () => {
    expect(resolveAppRequest('app://accords/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://accords/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://accords/assets/app.js?v=1#x', root)).toBe(
      join(root, 'assets', 'app.js'),
    );
    expect(resolveAppRequest('app://accords/assets/my%20file.js', root)).toBe(
      join(root, 'assets', 'my file.js'),
    );
  });

  it.each([
    'app://accords/..%2F..%2Fsecret.txt',
    'app://accords/..%2fsecret.txt',
    'app://accords/assets/..%2F..%2Fsecret.txt',
    'app://accords/..%2Frenderer-secret%2Fsecret.txt',
    'app://accords/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://accords/..%5C..%5Csecret.txt',
    'app://accords/index.html%00.png',
    'app://accords/%E0%A4%A',
    'app://evil/index.html',
    'app://accords.evil/index.html',
    'https://accords/index.html',
    'not a url',
  ])('refuses %s', async (url) => {
    const resolved = resolveAppRequest(url, root);
    if (resolved !== null) {
      // Only acceptable when the address stayed inside the folder (e.g. a literal backslash on POSIX).
      expect(resolved.startsWith(root + sep)).toBe(true);
    }
    const response = await serve(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('TOP SECRET');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers 404 for a missing asset and 405 for a write', async () => {
    expect((await serve('app://accords/assets/missing.js')).status).toBe(404);
    expect((await serve('app://accords/index.html', 'POST')).status).toBe(405);
  });

  it('gives index.html a fresh nonce per load, in the page and in the CSP header', async () => {
    const first = await serve('app://accords/index.html');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('no-store');
    const csp = first.headers.get('content-security-policy');
    const html = await first.text();
    const nonce = nonceOfHeader(csp);
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(nonceOfMeta(html)).toBe(nonce);
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");

    const second = await serve('app://accords/');
    const secondNonce = nonceOfHeader(second.headers.get('content-security-policy'));
    expect(nonceOfMeta(await second.text())).toBe(secondNonce);
    expect(secondNonce).not.toBe(nonce);
  });

  it('serves an extension-less route with index.html (deep links survive a reload)', async () => {
    const response = await serve('app://accords/agreements');
    expect(response.status).toBe(200);
    expect(nonceOfMeta(await response.text())).toBeDefined();
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8', 'console.log("app")'],
    ['assets/app.css', 'text/css; charset=utf-8', 'body{color:red}'],
    ['assets/logo.svg', 'image/svg+xml', '<svg'],
    ['assets/inter.woff2', 'font/woff2', 'wOF2'],
    ['assets/data.bin', 'application/octet-stream', '\u0001'],
  ])('serves %s as %s with a CSP header', async (path, type, start) => {
    const response = await serve(`app://accords/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await response.text()).startsWith(start)).toBe(true);
  });

  it('knows the MIME types of what vite emits', () => {
    expect(mimeTypeFor('a/b/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('x.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('x.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('x.png')).toBe('image/png');
    expect(mimeTypeFor('x.woff')).toBe('font/woff');
    expect(mimeTypeFor('x')).toBe('application/octet-stream');
  });

  it('answers HEAD without a body', async () => {
    const response = await serve('app://accords/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('handles the scheme through protocol.handle', async () => {
    registerAppProtocol(fake.protocol as never, root);
    const handler = fake.protocol.handlers.get('app');
    expect(handler).toBeTypeOf('function');
    const response = await handler!(new Request('app://accords/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<meta name="accords-nonce"');
    expect((await handler!(new Request('app://accords/..%2Fsecret.txt'))).status).toBe(404);
  });
});
