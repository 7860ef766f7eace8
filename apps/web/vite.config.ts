/**
 * Vite build of the web app. `peel start` builds it through Vite's JS API with this file; the
 * server serves apps/web/dist. In development `npx vite apps/web` proxies /api to `peel serve`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // MapLibre alone is ~800 kB minified; it and uPlot are lazy chunks (see README), so only they may be this large.
    chunkSizeWarningLimit: 1100,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
});
