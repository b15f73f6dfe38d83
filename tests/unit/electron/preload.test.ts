import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AccordsBridge } from '../../../shared/ipc/bridge';

const fake = await vi.hoisted(() => import('./fakeElectron').then((m) => m.createFakeElectron()));
vi.mock('electron', () => fake.module);

let bridge: AccordsBridge;

describe('preload', () => {
  beforeAll(async () => {
    await import('../../../electron/preload/preload');
    bridge = fake.contextBridge.exposed.get('accords') as AccordsBridge;
  });

  it('exposes exactly invoke, onMenuCommand, chooseSaveFile and chooseOpen on window.accords, never ipcRenderer', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['accords']);
    expect(Object.keys(bridge).sort()).toEqual([
      'chooseOpen',
      'chooseSaveFile',
      'invoke',
      'onMenuCommand',
    ]);
    for (const value of Object.values(bridge)) {
      expect(value).toBeTypeOf('function');
      expect(value).not.toBe(fake.ipcRenderer);
      expect(value).not.toBe(fake.ipcRenderer.invoke);
    }
  });

  it.each(['nope:nothing', 'accords:menu', '__proto__', 'constructor', 'toString', '', 42, null])(
    'refuses channel %s without calling main',
    async (channel) => {
      fake.ipcRenderer.invoke.mockClear();
      const result = await bridge.invoke(channel as string, {});
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel', key: 'errors.unknownChannel', details: {} },
      });
      expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('passes a contract channel to ipcRenderer.invoke and returns main’s envelope', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { empty: true } });
    const payload = { ownCity: 'Paris' };
    await expect(bridge.invoke('setup:start-empty', payload)).resolves.toEqual({
      ok: true,
      value: { empty: true },
    });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('setup:start-empty', payload);
  });

  it('turns a rejected invoke (no handler yet) into an internal error envelope', async () => {
    fake.ipcRenderer.invoke.mockRejectedValueOnce(
      new Error("No handler registered for 'app:state'"),
    );
    await expect(bridge.invoke('app:state', undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: "No handler registered for 'app:state'" },
    });
  });

  it('chooseSaveFile asks main on the save dialog channel and resolves with the handle or null', async () => {
    const options = {
      purpose: 'export' as const,
      defaultName: 'a.pdf',
      title: 'Export',
      filter: { name: 'PDF', extensions: ['pdf'] },
    };
    const chosen = { handle: 'h'.repeat(32), path: '/home/me/a.pdf' };
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: chosen });
    await expect(bridge.chooseSaveFile(options)).resolves.toEqual(chosen);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('accords:save-dialog', options);
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    await expect(bridge.chooseSaveFile(options)).resolves.toBeNull();
    // A bare path (no handle) is not a choice main made: read as nothing chosen.
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: '/etc/passwd' });
    await expect(bridge.chooseSaveFile(options)).resolves.toBeNull();
  });

  it('chooseOpen asks main on the open dialog channel', async () => {
    const options = { purpose: 'archive-import' as const, title: 'Open an archive' };
    const chosen = { handle: 'k'.repeat(32), path: '/home/me/accords.tar.gz' };
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: chosen });
    await expect(bridge.chooseOpen(options)).resolves.toEqual(chosen);
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('accords:open-dialog', options);
  });

  it('chooseSaveFile rejects with main’s message when main refuses (never reads as cancelled)', async () => {
    const options = {
      purpose: 'export' as const,
      defaultName: '../a.pdf',
      title: 'Export',
      filter: { name: 'PDF', extensions: ['pdf'] },
    };
    fake.ipcRenderer.invoke.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'validation',
        key: 'errors.validation',
        message: 'Invalid save dialog options: defaultName: invalid',
        details: {},
      },
    });
    await expect(bridge.chooseSaveFile(options)).rejects.toThrow('Invalid save dialog options');
  });

  it('forwards menu commands (the string only) until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    expect(fake.ipcRenderer.listenerCount('accords:menu')).toBe(1);
    fake.ipcRenderer.emit('accords:menu', { sender: fake.ipcRenderer }, 'navigate:/cities');
    fake.ipcRenderer.emit('accords:menu', { sender: fake.ipcRenderer }, { not: 'a string' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual(['navigate:/cities']);
    unsubscribe();
    expect(fake.ipcRenderer.listenerCount('accords:menu')).toBe(0);
    fake.ipcRenderer.emit('accords:menu', {}, 'language:fr');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
