/**
 * Graceful shutdown: stop accepting connections, end event streams, let requests in flight finish
 * for up to `graceMs`, then cut whatever connections remain (a client holding a kept-alive or
 * never-used socket would otherwise hold the close for the length of its own timeout).
 */
import type { FastifyInstance } from 'fastify';

/** Closes `app` within about `graceMs`; resolves when it is closed (onClose hooks have run). */
export async function closeServer(app: FastifyInstance, graceMs: number): Promise<void> {
  const closing = app.close();
  const timer = setTimeout(() => app.server.closeAllConnections(), graceMs);
  try {
    await closing;
  } finally {
    clearTimeout(timer);
  }
}
