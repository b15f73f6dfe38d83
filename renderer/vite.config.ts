import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No node: imports here: the renderer's lint walls keep Node out of renderer/ (Vite gives the
// config file its own import.meta.dirname).
const rendererDir = import.meta.dirname;

/**
 * The renderer is served from app://accords/ in Electron and from the preview's http origin,
 * both under a strict CSP: relative asset URLs, no inline scripts, no inlined assets.
 */
export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${rendererDir}/../dist/renderer`,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
});
