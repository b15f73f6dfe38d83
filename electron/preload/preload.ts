/**
 * The preload of the Accords window: exposes `window.accords` (see shared/ipc/bridge.ts).
 * Bundled to dist/electron/preload.cjs — CommonJS, since a sandboxed preload cannot be an ES
 * module — and it exports nothing.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('accords', createBridge(ipcRenderer));
