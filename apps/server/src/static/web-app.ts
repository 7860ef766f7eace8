/**
 * Serves the built web app (apps/web/dist) from the API server, when it has been built:
 * `/assets/*` (content-hashed files, cached for a year) through @fastify/static, and `index.html`
 * (never cached) for any other GET that asks for HTML and is not under /api — the single-page
 * app's routes (`/control-room`, `/planning/…`) are the browser's. Everything else keeps the API's
 * JSON 404. The asset route is public, in {@link WEB_APP_POLICIES}; nothing of the API changes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC, type RoutePolicy } from '../authorization/route-policy';

/** Where `vite build` puts the web app in this repository. */
export const DEFAULT_WEB_DIST_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Which built web app to serve. */
export interface WebAppOptions {
  /** A Vite build output: index.html and assets/. */
  distDir: string;
}

/** The policy entries of the web app's routes (added to the table only when it is served). */
export const WEB_APP_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  'GET /assets/*': PUBLIC,
};

/**
 * The web app to serve: `requested` when given (false: none), else the repository's build when
 * it exists. Undefined when there is nothing to serve; a requested directory without index.html
 * is an error naming it.
 */
export function resolveWebApp(requested: WebAppOptions | false | undefined): WebAppOptions | undefined {
  if (requested === false) return undefined;
  if (requested) {
    if (!existsSync(path.join(requested.distDir, 'index.html'))) throw new Error(`web app: ${requested.distDir} has no index.html (build it with \`npx vite build apps/web\`)`);
    return requested;
  }
  return existsSync(path.join(DEFAULT_WEB_DIST_DIR, 'index.html')) ? { distDir: DEFAULT_WEB_DIST_DIR } : undefined;
}

/** Registers the asset route and the index.html fallback. Call after helmet (its headers must be set first). */
export async function registerWebApp(app: FastifyInstance, options: WebAppOptions): Promise<void> {
  const distDir = path.resolve(options.distDir);
  await app.register(fastifyStatic, {
    root: path.join(distDir, 'assets'),
    prefix: '/assets/',
    // Vite puts a content hash in every asset's name: a changed file is a new URL.
    immutable: true,
    maxAge: '365d',
    index: false,
    redirect: false,
    dotfiles: 'deny',
  });
  // The not-found handler is the API's (JSON 404); a browser navigating to one of the app's own
  // pages gets index.html instead. Runs after the authorization hook, which lets 404s through.
  app.addHook('onRequest', async (request, reply) => {
    if (request.is404 && isAppNavigation(request)) return sendIndex(reply, distDir);
  });
}

/** A GET/HEAD for HTML outside the API: a page of the single-page app. */
export function isAppNavigation(request: Pick<FastifyRequest, 'method' | 'url' | 'headers'>): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0] ?? '';
  if (pathname === '/api' || pathname.startsWith('/api/') || pathname === '/health' || pathname.startsWith('/assets/')) return false;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
}

function sendIndex(reply: FastifyReply, distDir: string): FastifyReply {
  reply.header('cache-control', 'no-cache');
  return reply.type('text/html; charset=utf-8').sendFile('index.html', distDir, { cacheControl: false });
}
