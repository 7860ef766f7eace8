/**
 * Vite build of the web app. `peel start` builds it through Vite's JS API with this file; the
 * server serves apps/web/dist. In development `npx vite apps/web` proxies /api to `peel serve`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ command }) => ({
  root,
  plugins: [react()],
  // A build is always a production build, even when started from a process whose NODE_ENV says
  // otherwise (vitest sets "test", and the browser tests build in process): production React (the
  // development build is larger, slower and runs effects twice) and production JSX calls to match.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  ...(command === 'build' ? { oxc: { jsx: { development: false } } } : {}),
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // MapLibre alone is ~800 kB minified; it and uPlot are lazy chunks (see README), so only they may be this large.
    chunkSizeWarningLimit: 1100,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
}));
