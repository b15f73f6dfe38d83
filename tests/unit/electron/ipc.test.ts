import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import type { Handlers } from '../../../electron/ipc/dispatch';
import type { HandlerContext } from '../../../electron/core/context';

const fake = await vi.hoisted(() => import('./fakeElectron').then((m) => m.createFakeElectron()));
vi.mock('electron', () => fake.module);

const { registerIpc, isTrustedSender } = await import('../../../electron/main/ipc');
const { createMainWindow, isOwnWebContents } = await import('../../../electron/main/window');

const ctx = { db: {}, dataDir: '/data', version: '0.1.0' } as unknown as HandlerContext;
const ID = '0195a3c2-7f00-7000-8000-000000000001';

/** A spy per channel, answering the channel's name. */
function spyHandlers() {
  const spies = Object.fromEntries(
    CHANNELS.map((channel) => [channel, vi.fn(() => ({ answered: channel }))]),
  );
  return { spies, handlers: spies as unknown as Handlers };
}

function ourWindow() {
  createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs' });
  return fake.BrowserWindow.windows.at(-1)!;
}

function eventFrom(sender: unknown, frame: { url: string; parent: unknown } | null) {
  return { sender, senderFrame: frame };
}

const topFrame = { url: 'app://accords/index.html#/agreements', parent: null };

describe('registerIpc', () => {
  beforeEach(() => fake.reset());

  it('answers every channel of the contract, and can remove them all', () => {
    const remove = registerIpc(fake.ipcMain as never, ctx, spyHandlers());
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(CHANNELS.length).toBeGreaterThan(10);
    remove();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('runs the handler for the top frame of our window on app://accords', async () => {
    const { spies, handlers } = spyHandlers();
    const afterDispatch = vi.fn();
    registerIpc(fake.ipcMain as never, ctx, { handlers, afterDispatch });
    const window = ourWindow();
    const result = await fake.ipcMain.handlers.get('cities:get')!(
      eventFrom(window.webContents, topFrame),
      { id: ID },
    );
    expect(result).toEqual({ ok: true, value: { answered: 'cities:get' } });
    expect(spies['cities:get']).toHaveBeenCalledExactlyOnceWith(ctx, { id: ID });
    expect(afterDispatch).toHaveBeenCalledWith('cities:get', result);
  });

  it.each([
    ['a sub-frame', () => ({ url: 'app://accords/index.html', parent: topFrame })],
    ['another origin', () => ({ url: 'https://evil.example/', parent: null })],
    ['another app host', () => ({ url: 'app://evil/index.html', parent: null })],
    ['a file page', () => ({ url: 'file:///tmp/x.html', parent: null })],
    ['a gone frame', () => null],
  ])('refuses %s as forbidden without running anything', async (_label, frame) => {
    const { spies, handlers } = spyHandlers();
    registerIpc(fake.ipcMain as never, ctx, { handlers });
    const window = ourWindow();
    for (const channel of ['app:state', 'setup:load-sample', 'agreements:delete'] as const) {
      const result = await fake.ipcMain.handlers.get(channel)!(
        eventFrom(window.webContents, frame()),
        { id: ID },
      );
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'forbidden', key: 'errors.forbidden', details: {} },
      });
      expect(spies[channel]).not.toHaveBeenCalled();
    }
  });

  it('refuses a web contents we did not create, even on the right origin', async () => {
    const { spies, handlers } = spyHandlers();
    registerIpc(fake.ipcMain as never, ctx, { handlers });
    ourWindow();
    const stranger = new fake.WebContents();
    const result = await fake.ipcMain.handlers.get('app:state')!(
      eventFrom(stranger, topFrame),
      undefined,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(spies['app:state']).not.toHaveBeenCalled();
  });

  it('answers a bad payload from a good sender with a validation error, handler untouched', async () => {
    const { spies, handlers } = spyHandlers();
    registerIpc(fake.ipcMain as never, ctx, { handlers });
    const window = ourWindow();
    const event = eventFrom(window.webContents, topFrame);
    const badId = await fake.ipcMain.handlers.get('cities:get')!(event, { id: 42 });
    expect(badId).toMatchObject({
      ok: false,
      error: { code: 'validation', key: 'errors.validation' },
    });
    expect(
      (badId as { error: { details: { issues: { path: string }[] } } }).error.details.issues[0]
        ?.path,
    ).toBe('id');
    const extraField = await fake.ipcMain.handlers.get('cities:delete')!(event, {
      id: ID,
      cascade: true,
    });
    expect(extraField).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(spies['cities:get']).not.toHaveBeenCalled();
    expect(spies['cities:delete']).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error envelope (never a rejected invoke)', async () => {
    const { handlers } = spyHandlers();
    (handlers as unknown as Record<string, () => never>)['app:state'] = () => {
      throw new Error('boom');
    };
    registerIpc(fake.ipcMain as never, ctx, { handlers });
    const window = ourWindow();
    const result = await fake.ipcMain.handlers.get('app:state')!(
      eventFrom(window.webContents, topFrame),
      undefined,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: 'boom' } });
  });

  it('judges senders with the given predicate', () => {
    const contents = new fake.WebContents();
    expect(isTrustedSender(eventFrom(contents, topFrame) as never, () => true)).toBe(true);
    expect(isTrustedSender(eventFrom(contents, topFrame) as never, isOwnWebContents)).toBe(false);
  });
});
