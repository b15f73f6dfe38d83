import { request as httpRequest, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_PREFIX, TOKEN_HEADER } from '../../../shared/ipc/bridge';
import { createPreviewServer, type PreviewLimits } from '../../../electron/preview/server';
import { tempDir } from '../helpers/tempData';

const TOKEN = 'test-token-0123456789abcdef';
let server: Server | null = null;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = null;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

/** A server whose answer is `{ ok: true, value: channel }`, with short limits. */
async function start(limits: Partial<PreviewLimits>): Promise<number> {
  const staticDir = join(tempDir(), 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Accords</title>');
  server = createPreviewServer({
    answer: (channel) => ({ ok: true, value: channel }),
    staticDir,
    token: TOKEN,
    limits,
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

/** A raw connection that has sent `text` and then goes quiet. */
function trickle(port: number, text: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(text);
      resolve(socket);
    });
    // Read what the server says (its 408), so its closing the connection is seen.
    socket.resume();
    socket.on('error', reject);
  });
}

const closed = (socket: Socket) =>
  new Promise<void>((resolve) => {
    if (socket.destroyed) resolve();
    socket.on('close', () => resolve());
  });

function post(port: number, channel: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `${API_PREFIX}${channel}`,
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: TOKEN },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('preview server limits', () => {
  it('60 slow-loris connections (headers never finished, a body never sent) are closed by the server; the app still answers', async () => {
    const port = await start({ headersMs: 400, requestMs: 800, idleMs: 1_500, checkEveryMs: 100 });
    const sockets: Socket[] = [];
    for (let i = 0; i < 30; i += 1)
      sockets.push(
        await trickle(port, `POST ${API_PREFIX}app:status HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`),
      );
    for (let i = 0; i < 30; i += 1)
      sockets.push(
        await trickle(
          port,
          `POST ${API_PREFIX}app:status HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${TOKEN_HEADER}: ${TOKEN}\r\nContent-Length: 1000\r\n\r\n{`,
        ),
      );
    // Every one of them is closed by the server (the test would time out otherwise).
    await Promise.all(sockets.map(closed));
    expect(sockets.every((s) => s.destroyed)).toBe(true);
    expect(await post(port, 'app:status', '')).toBe(200);
  }, 20_000);

  it('bodies held at once are capped: one more gets 503, and the next after them goes through', async () => {
    const port = await start({
      bodiesAtOnce: 2,
      headersMs: 5_000,
      requestMs: 10_000,
      idleMs: 10_000,
    });
    const open = [
      await trickle(
        port,
        `POST ${API_PREFIX}a HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${TOKEN_HEADER}: ${TOKEN}\r\nContent-Length: 100\r\n\r\n{`,
      ),
      await trickle(
        port,
        `POST ${API_PREFIX}b HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${TOKEN_HEADER}: ${TOKEN}\r\nContent-Length: 100\r\n\r\n{`,
      ),
    ];
    // Both bodies are being read (the server has seen their headers) before the third comes.
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 503; attempt += 1)
      status = await post(port, 'c', '{}');
    expect(status).toBe(503);
    for (const socket of open) socket.destroy();
    await Promise.all(open.map(closed));
    let after = 0;
    for (let attempt = 0; attempt < 50 && after !== 200; attempt += 1)
      after = await post(port, 'd', '{}');
    expect(after).toBe(200);
  }, 20_000);
});
