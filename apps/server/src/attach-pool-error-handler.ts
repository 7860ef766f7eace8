/**
 * node-postgres emits 'error' on the pool when an idle connection dies (the server restarted, a
 * network blip, an administrator's pg_terminate_backend). With no listener Node turns that into an
 * uncaught exception and the process exits; with this one it is logged and the pool replaces the
 * connection on the next query.
 */
import type { FastifyBaseLogger } from 'fastify';

/** Something that emits 'error' (a pg.Pool). */
interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
}

/** Logs pool errors and keeps serving; returns the function that detaches the handler. */
export function attachPoolErrorHandler(pool: ErrorEmitter, logger: FastifyBaseLogger): () => void {
  const onError = (error: Error) => logger.error({ err: error }, 'database: an idle pool connection failed; it will be replaced');
  pool.on('error', onError);
  return () => pool.off('error', onError);
}
